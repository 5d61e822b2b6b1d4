/**
 * The exported Word files as a person sees them: LibreOffice converts them to PDF, pdftoppm renders
 * the pages to PNG under artifacts/documents/ (kept by CI, git-ignored) for a person to look at, and
 * what can be asserted is: the page count, the text (project names, the exact total 354.72, the page
 * footer, the table of contents) and no replacement characters, i.e. no glyph or encoding went missing.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { exportTargetsDocx } from './index';
import { nationalDocx } from './national-fixture';
import { seedUnitYear, seedUrl } from './test-files';

const run = promisify(execFile);
const outputDirectory = fileURLToPath(new URL('../../../artifacts/documents/', import.meta.url));
// A private LibreOffice profile: parallel conversions with the default profile block each other.
const profile = mkdtempSync(join(tmpdir(), 'jixiao-docx-lo-'));

afterAll(() => rmSync(profile, { recursive: true, force: true }));

interface Rendered {
  pages: number;
  text: string;
  pngs: string[];
}

/** Writes the .docx, converts it to PDF and PNG pages (60 dpi) in artifacts/documents/. */
async function render(name: string, bytes: Uint8Array): Promise<Rendered> {
  mkdirSync(outputDirectory, { recursive: true });
  for (const file of readdirSync(outputDirectory)) if (file.startsWith(`${name}-`) && file.endsWith('.png')) rmSync(join(outputDirectory, file));
  const docx = join(outputDirectory, `${name}.docx`);
  writeFileSync(docx, bytes);
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outputDirectory, docx], { timeout: 50_000 });
  const pdf = join(outputDirectory, `${name}.pdf`);
  const info = (await run('pdfinfo', [pdf])).stdout;
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const text = (await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 16 * 1024 * 1024 })).stdout;
  await run('pdftoppm', ['-r', '60', '-png', pdf, join(outputDirectory, name)]);
  const pngs = readdirSync(outputDirectory).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png'));
  return { pages, text, pngs };
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('the Word export as LibreOffice renders it', () => {
  it('renders the seed: about 33 A4 pages, every project, the exact total, page footers, a filled table of contents', async () => {
    const seed = seedUnitYear(readFileSync(seedUrl));
    const { pages, text, pngs } = await render('changli-2021', await exportTargetsDocx(seed));
    expect(pages).toBeGreaterThanOrEqual(28);
    expect(pages).toBeLessThanOrEqual(40);
    expect(pngs).toHaveLength(pages);
    expect(text).not.toContain('\ufffd');
    const flat = squash(text);
    for (const project of seed.projects) expect(flat).toContain(squash(project.name));
    expect(flat).toContain('预算合计354.72万元');
    expect(flat).toContain(`第${pages}页`);
    const contents = squash(text.split('\f')[0] ?? '');
    expect(contents).toContain('目录');
    expect(contents).toContain('第一部分部门整体绩效目标');
    expect(contents).toContain('3.干部队伍建设经费绩效目标表');
  });

  it('renders the national-layout fixture on one page', async () => {
    const { pages, text } = await render('national-yuan', await nationalDocx({ moneyUnit: '元', split: false }));
    expect(pages).toBe(1);
    expect(text).not.toContain('\ufffd');
    expect(squash(text)).toContain('年度资金总额1,250,000.00');
  });
});
