import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DomainError } from '../core/errors';
import { formatAmount } from '../core/money';
import { listImports, listReviewFindings, listUnitYears, loadUnitYear, type Database } from '../db';
import { openTestDatabase } from '../db/testing';
import { canonicalRows } from '../db/testing-rows';
import type { Deps } from './deps';
import { importDocument } from './import-document';

const fixture = async (name: string) => new Uint8Array(await readFile(new URL(`../../fixtures/${name}`, import.meta.url)));
const fixedClock = () => new Date('2021-03-01T08:00:00Z');

let db: Database;
let deps: Deps;

beforeEach(async () => {
  db = await openTestDatabase();
  deps = { db, clock: fixedClock };
});
afterEach(() => db.close());

describe('importDocument', () => {
  it('stores the seed: 9 projects, 103 indicators, 354.72 万元, with its import record', async () => {
    const result = await importDocument(deps, { fileName: 'changli-2021.txt', bytes: await fixture('changli-2021.txt') });
    expect(result.outcome).toBe('stored');
    const [summary] = await listUnitYears(db);
    expect(summary).toMatchObject({ unitCode: '203001', year: 2021, projectCount: 9, indicatorCount: 103 });
    expect(formatAmount(summary?.budgetTotal ?? (0 as never), '万元')).toBe('354.72');
    const [record] = await listImports(db);
    expect(record).toMatchObject({ fileName: 'changli-2021.txt', encoding: 'utf-8', unitCode: '203001', year: 2021 });
    expect(await loadUnitYear(db, '203001', 2021)).toEqual(result.unitYear);
  });

  it('stores the automatic review with the data, each finding pointing at its project and indicator', async () => {
    const result = await importDocument(deps, { fileName: 'changli-2021.txt', bytes: await fixture('changli-2021.txt') });
    expect(result.review?.pack.id).toBe('hebei-2021');
    const [summary] = await listUnitYears(db);
    const stored = await listReviewFindings(db, { unitYearId: summary?.unitYearId ?? '' });
    expect(stored).toHaveLength(result.review?.summary.total ?? -1);
    const typo = stored.find((finding) => finding.code === 'values.unknown-unit');
    expect(typo?.projectId).toEqual(expect.any(String));
    expect(typo?.indicatorId).toEqual(expect.any(String));
    const planFinding = stored.find((finding) => finding.location.project === undefined);
    expect(planFinding?.projectId).toBeNull();
  });

  it.each([
    ['text/changli-2021.gb18030.txt', 'gb18030'],
    ['text/changli-2021.utf16le-bom.txt', 'utf-16le'],
    ['text/changli-2021.utf16be-bom.txt', 'utf-16be'],
    ['text/changli-2021.utf8-bom.txt', 'utf-8-bom'],
    ['text/changli-2021.crlf.txt', 'utf-8'],
  ])('stores %s with the same rows as the UTF-8 seed', async (file, encoding) => {
    await importDocument(deps, { fileName: 'seed.txt', bytes: await fixture('changli-2021.txt') });
    const reference = await canonicalRows(db);
    const other = await openTestDatabase();
    try {
      const result = await importDocument({ db: other, clock: fixedClock }, { fileName: 'seed.txt', bytes: await fixture(file) });
      expect(result.encoding).toBe(encoding);
      const rows = await canonicalRows(other);
      expect({ ...rows, imports: [] }).toEqual({ ...reference, imports: [] });
    } finally {
      await other.close();
    }
  });

  it('refuses a second import of the same unit and year, and replaces atomically with replace', async () => {
    const bytes = await fixture('changli-2021.txt');
    await importDocument(deps, { fileName: 'a.txt', bytes });
    const before = await canonicalRows(db);
    await expect(importDocument(deps, { fileName: 'a.txt', bytes })).rejects.toMatchObject({ code: 'already_exists' } satisfies Partial<DomainError>);
    expect(await canonicalRows(db)).toEqual(before);
    const replaced = await importDocument(deps, { fileName: 'a.txt', bytes, replace: true });
    expect(replaced.outcome).toBe('replaced');
    const after = await canonicalRows(db);
    expect({ ...after, imports: [] }).toEqual({ ...before, imports: [] });
    expect(after.imports).toHaveLength(2);
  });

  it('stores nothing on a dry run', async () => {
    const result = await importDocument(deps, { fileName: 'a.txt', bytes: await fixture('changli-2021.txt'), dryRun: true });
    expect(result.outcome).toBe('checked');
    expect(await listUnitYears(db)).toEqual([]);
    expect(await listImports(db)).toEqual([]);
  });

  describe('documents with errors store nothing, not even an import record', () => {
    /** The seed cut in the middle of the last project's indicator table. */
    const truncate = async () => {
      const text = new TextDecoder().decode(await fixture('changli-2021.txt'));
      return new TextEncoder().encode(text.slice(0, text.indexOf('\t参加培训的人数')));
    };
    it.each([
      ['empty', async () => new Uint8Array(0), 'import.empty-file'],
      ['binary (PNG)', async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'import.binary-file'],
      ['truncated inside a project table', truncate, 'import.truncated'],
    ])('%s', async (_name, bytes, code) => {
      const result = await importDocument(deps, { fileName: 'bad.txt', bytes: await bytes() });
      expect(result.outcome).toBe('rejected');
      expect(result.findings.some((finding) => finding.code === code && finding.severity === 'error')).toBe(true);
      expect(await listUnitYears(db)).toEqual([]);
      expect(await listImports(db)).toEqual([]);
    });

    it('a budget cell holding text, located at its line', async () => {
      const text = new TextDecoder().decode(await fixture('changli-2021.txt')).replace('\t预算数\n\t74.00', '\t预算数\n\t七十四万');
      const result = await importDocument(deps, { fileName: 'bad.txt', bytes: new TextEncoder().encode(text) });
      const finding = result.findings.find((f) => f.code === 'import.not-a-number');
      expect(finding?.location).toMatchObject({ project: 3, cell: expect.stringContaining('预算数') });
      expect(finding?.location.line).toBeGreaterThan(300);
      expect(result.outcome).toBe('rejected');
      expect(await listUnitYears(db)).toEqual([]);
    });
  });
});
