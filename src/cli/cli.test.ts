/**
 * The `jixiao` command as a user runs it: a real process, real files, a real database (a data folder, or a
 * PostgreSQL server database when the test project says so).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db';
import { createScratchDatabase, testDatabaseKind } from '../db/testing';
import { exitCodes } from './exit-codes';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seed = join(root, 'fixtures/changli-2021.txt');
const onServer = testDatabaseKind() === 'postgres';

let folder: string;
let env: NodeJS.ProcessEnv;
let dropServerDatabase: (() => Promise<void>) | null = null;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'jixiao-cli-'));
  env = { ...process.env, JIXIAO_DATA_DIR: join(folder, 'data'), DATABASE_URL: '' };
  if (onServer) {
    const scratch = await createScratchDatabase();
    env.DATABASE_URL = scratch.url;
    dropServerDatabase = scratch.drop;
  }
});

afterEach(async () => {
  await dropServerDatabase?.();
  dropServerDatabase = null;
  await rm(folder, { recursive: true, force: true });
});

async function jixiao(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(root, 'bin/jixiao.js'), ...args], { env, cwd: folder });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('jixiao import, list, show', () => {
  it('imports the seed, refuses it again, replaces it with --replace, and shows it', async () => {
    const first = await jixiao('import', seed, '--json');
    expect(first.code).toBe(exitCodes.ok);
    const document = JSON.parse(first.stdout);
    expect(document).toMatchObject({ outcome: 'stored', encoding: 'utf-8', unit: { code: '203001' }, year: 2021 });
    expect(document.projects).toHaveLength(9);
    expect(document.projects[0].spendingPlan.map((c: { percent: number | null }) => c.percent)).toEqual([null, 50, 50, 100]);
    expect(document.projects[7].spendingPlan.map((c: { percent: number | null }) => c.percent)).toEqual([null, null, null, 100]);
    expect(document.projects[0].indicators[3].target).toMatchObject({ raw: '≤20.32万元', kind: 'quantitative', comparator: '≤', value: 20.32, unit: '万元' });

    const again = await jixiao('import', seed);
    expect(again.code).toBe(exitCodes.alreadyExists);
    expect(again.stdout).toContain('--replace');

    const replaced = await jixiao('import', seed, '--replace', '--json');
    expect(replaced.code).toBe(exitCodes.ok);
    expect(JSON.parse(replaced.stdout).outcome).toBe('replaced');

    const shown = await jixiao('show', '组织部', '--json');
    const { outcome: _o, file: _f, format: _fo, encoding: _e, findings: _fi, counts: _c, ...importedDocument } = document;
    expect(JSON.parse(shown.stdout)).toEqual(importedDocument);

    const listed = await jixiao('list');
    expect(listed.stdout).toContain('中国共产党昌黎县委员会组织部本级');
    expect(listed.stdout).toContain('354.72');
  });

  it('rejects a truncated document with located errors and stores nothing', async () => {
    const text = await readFile(seed, 'utf8');
    const truncated = join(folder, 'truncated.txt');
    await writeFile(truncated, text.slice(0, text.indexOf('\t参加培训的人数')));
    const result = await jixiao('import', truncated);
    expect(result.code).toBe(exitCodes.documentErrors);
    expect(result.stdout).toMatch(/\[错误\] 第\d+行 项目9/);
    expect(result.stdout).toContain('未导入任何数据');
    expect((await jixiao('list', '--json')).stdout.trim()).toBe('[]');
  });

  it('checks a folder of documents with a progress bar on stderr', async () => {
    const result = await jixiao('import', join(root, 'fixtures/text'), '--dry-run', '--json');
    expect(result.code).toBe(exitCodes.ok);
    const documents = JSON.parse(result.stdout);
    expect(documents).toHaveLength(6);
    expect(documents.every((d: { outcome: string }) => d.outcome === 'checked')).toBe(true);
    expect(result.stderr).toContain('导入 [');
  });

  it('answers in Chinese, without a stack trace, when something is not there', async () => {
    const result = await jixiao('show', '不存在的单位');
    expect(result.code).toBe(exitCodes.notFound);
    expect(result.stderr).toContain('没有找到单位“不存在的单位”');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('jixiao export and import of Word and Excel files', () => {
  it('exports the seed as .docx and .xlsx that import back to the same unit year', async () => {
    await jixiao('import', seed);
    const shown = JSON.parse((await jixiao('show', '203001', '--json')).stdout);
    for (const format of ['docx', 'xlsx']) {
      const file = join(folder, `seed.${format}`);
      expect((await jixiao('export', '203001', '--format', format, '-o', file)).code).toBe(exitCodes.ok);
      const reimported = await jixiao('import', file, '--replace', '--json');
      expect(reimported.code).toBe(exitCodes.ok);
      const { format: readFormat, outcome } = JSON.parse(reimported.stdout);
      expect({ readFormat, outcome }).toEqual({ readFormat: format, outcome: 'replaced' });
      expect(JSON.parse((await jixiao('show', '203001', '--json')).stdout)).toEqual(shown);
    }
  });

  it('writes open data as CSV with the national field names', async () => {
    await jixiao('import', seed);
    const file = join(folder, 'targets.csv');
    expect((await jixiao('export', '--format', 'csv', '-o', file)).code).toBe(exitCodes.ok);
    const csv = await readFile(file, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('pro_code');
    expect(csv).toContain('130322210TL1EUNN2FE59');
  });
});

describe('jixiao review, packs, rules', () => {
  it('reviews a stored unit year by its pack, and exits 3 because the seed has an error', async () => {
    await jixiao('import', seed);
    const result = await jixiao('review', '203001', '--json');
    expect(result.code).toBe(exitCodes.documentErrors);
    const report = JSON.parse(result.stdout);
    expect(report.pack.id).toBe('hebei-2021');
    const typo = report.findings.find((f: { code: string; message: string }) => f.code === 'values.unknown-unit' && f.message.includes('百分百'));
    expect(typo.location).toMatchObject({ project: 6 });
    const text = await jixiao('review', '203001', '--min-severity', 'error');
    expect(text.stdout).toContain('■ 项目2 基层组织建设经费');
    expect(text.stdout).toMatch(/共 \d+ 条：错误 1 个/);
  });

  it('reviews a file without storing it, and refuses a malformed pack with located messages', async () => {
    const other = join(root, 'fixtures/text/funing-agriculture-2022.txt');
    const result = await jixiao('review', other, '--pack', 'national-2020');
    expect(result.code).toBe(exitCodes.ok);
    expect(result.stdout).toContain('规则包：national-2020');
    const pack = join(folder, 'bad-pack.json');
    await writeFile(pack, JSON.stringify({ id: 'bad', name: '坏', region: '', years: { from: 2021, to: null }, extends: 'national-2020', rules: { 'values.unknown-unit': { severity: 'fatal' } } }));
    const refused = await jixiao('review', other, '--pack', pack);
    expect(refused.code).toBe(exitCodes.validationFailed);
    expect(refused.stderr).toContain('values.unknown-unit');
    expect((await jixiao('list', '--json')).stdout.trim()).toBe('[]');
  });

  it('lists the packs and the rules with their explanations', async () => {
    expect((await jixiao('packs')).stdout).toContain('central-2021');
    const rules = await jixiao('rules', '--json');
    const list = JSON.parse(rules.stdout);
    expect(list.length).toBeGreaterThan(30);
    expect(list.every((rule: { explanation: string }) => rule.explanation.length > 10)).toBe(true);
  });
});

describe.skipIf(onServer)('the data folder belongs to one process', () => {
  it('refuses a second process with a clear message', async () => {
    const db = await openDatabase({ dataDir: join(folder, 'data') });
    try {
      const result = await jixiao('list');
      expect(result.code).toBe(exitCodes.storageLocked);
      expect(result.stderr).toContain(String(process.pid));
    } finally {
      await db.close();
    }
  });
});
