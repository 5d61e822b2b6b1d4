/**
 * Files that are not a readable workbook: each gets one clear Chinese error, no model, and costs
 * bounded memory (sizes are checked before anything is inflated; forged sizes are caught while
 * inflating). And whatever the bytes, the importer answers with findings instead of throwing.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportTargetsXlsx, importTargetsXlsx, xlsxLimits } from './index';
import { buildCompoundFile, seedUnitYear, seedUrl } from './test-workbooks';

const seedText = readFileSync(seedUrl);
const seedBytes = await exportTargetsXlsx(seedUnitYear(seedText));

async function refusal(bytes: Uint8Array): Promise<{ code: string; message: string }> {
  const result = await importTargetsXlsx(bytes);
  expect(result.unitYear).toBeNull();
  expect(result.findings).toHaveLength(1);
  const [finding] = result.findings;
  expect(finding?.severity).toBe('error');
  return { code: finding?.code ?? '', message: finding?.message ?? '' };
}

async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The offset of the central directory entry of `name` in `bytes`. */
function centralEntry(bytes: Uint8Array, name: string): number {
  const encoded = new TextEncoder().encode(name);
  for (let at = bytes.length - 46; at >= 0; at -= 1) {
    const view = new DataView(bytes.buffer, bytes.byteOffset + at);
    if (view.getUint32(0, true) === 0x02014b50 && view.getUint16(28, true) === encoded.length && encoded.every((byte, index) => bytes[at + 46 + index] === byte)) return at;
  }
  throw new Error(`no entry ${name}`);
}

/** A copy of `bytes` whose directory declares `size` as the uncompressed size of `name`. */
function declaring(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  new DataView(copy.buffer).setUint32(centralEntry(copy, name) + 24, size, true);
  return copy;
}

describe('files that are not a workbook', () => {
  it('an empty file', async () => {
    expect(await refusal(new Uint8Array())).toMatchObject({ code: 'xlsx.not-a-zip', message: '文件是空的。' });
  });

  it('a text file (the seed itself)', async () => {
    expect((await refusal(seedText)).code).toBe('xlsx.not-a-zip');
  });

  it('a zip without xl/workbook.xml, and a Word document', async () => {
    expect(await refusal(await zipOf({ 'readme.txt': 'hello' }))).toMatchObject({ code: 'xlsx.not-a-workbook', message: expect.stringContaining('xl/workbook.xml') });
    expect(await refusal(await zipOf({ 'word/document.xml': '<w:document/>' }))).toMatchObject({ code: 'xlsx.not-a-workbook', message: expect.stringContaining('Word') });
  });

  it('a password-protected workbook (an OLE compound file with EncryptionInfo)', async () => {
    const encrypted = buildCompoundFile([
      { name: 'EncryptionInfo', bytes: new Uint8Array(4096).fill(4) },
      { name: 'EncryptedPackage', bytes: new Uint8Array(8192).fill(7) },
    ]);
    expect(await refusal(encrypted)).toMatchObject({ code: 'xlsx.encrypted', message: expect.stringContaining('密码') });
  });

  it('an Excel 97-2003 workbook (an OLE compound file without encryption)', async () => {
    const xls = buildCompoundFile([{ name: 'Workbook', bytes: new Uint8Array(4096).fill(9) }]);
    expect(await refusal(xls)).toMatchObject({ code: 'xlsx.old-format', message: expect.stringContaining('.xls') });
  });

  it('a workbook cut short (a download that stopped)', async () => {
    expect((await refusal(seedBytes.subarray(0, Math.floor(seedBytes.length / 2)))).code).toBe('xlsx.damaged');
  });
});

describe('files too large to read', () => {
  it('a 200 MB file is refused before anything is read', async () => {
    const huge = new Uint8Array(200 * 1024 * 1024);
    huge.set(seedBytes);
    expect(await refusal(huge)).toMatchObject({ code: 'xlsx.too-large', message: expect.stringContaining('200 MB') });
  });

  it('an entry that declares more than the limit is refused without inflating it', async () => {
    const bytes = declaring(seedBytes, 'xl/worksheets/sheet3.xml', xlsxLimits.entryBytes + 1);
    expect((await refusal(bytes)).code).toBe('xlsx.too-large');
  });

  it('an entry that inflates past what it declares (a zip bomb with forged sizes) is stopped', async () => {
    const bomb = await zipOf({ 'xl/workbook.xml': '<workbook/>', 'xl/worksheets/sheet1.xml': new Uint8Array(8 * 1024 * 1024) });
    const forged = declaring(bomb, 'xl/worksheets/sheet1.xml', 1000);
    expect(await refusal(forged)).toMatchObject({ code: 'xlsx.too-large', message: expect.stringContaining('压缩炸弹') });
  });

  it('merged ranges covering millions of cells are refused', async () => {
    const zip = await JSZip.loadAsync(seedBytes);
    const sheet = (await zip.file('xl/worksheets/sheet3.xml')?.async('string')) ?? '';
    zip.file('xl/worksheets/sheet3.xml', sheet.replace('<mergeCell ref="A1:H1"/>', '<mergeCell ref="A1:H1"/><mergeCell ref="J1:XFD1048576"/>'));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(await refusal(bytes)).toMatchObject({ code: 'xlsx.too-large', message: expect.stringContaining('合并单元格') });
  });
});

describe('whatever the bytes', () => {
  it('the importer answers with findings and never throws', async () => {
    const damaged = fc.record({ at: fc.nat({ max: seedBytes.length - 1 }), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }).map(({ at, bytes }) => {
      const copy = new Uint8Array(seedBytes);
      copy.set(bytes.subarray(0, copy.length - at), at);
      return copy;
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(damaged, fc.uint8Array({ maxLength: 2048 })), async (bytes) => {
        const result = await importTargetsXlsx(bytes);
        expect(result.unitYear !== null || result.findings.some((finding) => finding.severity === 'error')).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
