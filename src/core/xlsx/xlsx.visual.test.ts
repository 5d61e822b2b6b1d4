/**
 * The seed's workbook as a person sees it: LibreOffice prints it to PDF (with a private profile, so
 * parallel runs do not collide), pdftoppm renders the pages to PNG under artifacts/documents/xlsx/
 * (kept by CI, git-ignored) for a person to look at. Asserted here: the page count, every project
 * name and the total 354.72 in the printed text, and no replacement characters.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exportTargetsXlsx } from './index';
import { seedUnitYear, seedUrl } from './test-workbooks';

const outputFolder = fileURLToPath(new URL('../../../artifacts/documents/xlsx/', import.meta.url));
const profile = mkdtempSync(join(tmpdir(), 'jixiao-xlsx-visual-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

function run(command: string, args: readonly string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', timeout: 50_000, stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('the seed workbook, printed by LibreOffice', () => {
  it('prints every sheet on A4 pages with the projects, the total and readable Chinese', async () => {
    const seed = seedUnitYear(readFileSync(seedUrl));
    mkdirSync(outputFolder, { recursive: true });
    for (const file of readdirSync(outputFolder)) rmSync(join(outputFolder, file));
    const workbook = join(outputFolder, 'changli-2021.xlsx');
    writeFileSync(workbook, await exportTargetsXlsx(seed));
    run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outputFolder, workbook]);
    const pdf = join(outputFolder, 'changli-2021.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
    // 汇总 1, 部门整体绩效目标 2, the nine projects 14 (three are two pages long) at the time of writing.
    expect(pages).toBeGreaterThanOrEqual(12);
    expect(pages).toBeLessThanOrEqual(22);
    const text = run('pdftotext', ['-layout', pdf, '-']);
    const squashed = text.replace(/\s+/g, '');
    for (const project of seed.projects) expect(squashed).toContain(project.name);
    expect(text).toContain('354.72');
    expect(text).toContain('部门整体绩效目标');
    expect(text).not.toContain('\uFFFD');
    run('pdftoppm', ['-r', '60', '-png', pdf, join(outputFolder, 'changli-2021')]);
    expect(readdirSync(outputFolder).filter((file) => file.endsWith('.png'))).toHaveLength(pages);
  });
});
