import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTextExport } from '../import-text';
import { exportDocument, exportFormats } from './export-document';
import { detectDocumentFormat, readDocument } from './read-document';

const seedBytes = new Uint8Array(readFileSync(new URL('../../../fixtures/changli-2021.txt', import.meta.url)));
const seed = importTextExport(seedBytes).unitYear;
if (!seed) throw new Error('the seed must import');

describe('documents of every format', () => {
  it.each(['docx', 'xlsx', 'txt'] as const)('exports the seed as %s and reads it back, told by its bytes', async (format) => {
    const exported = await exportDocument([seed], format);
    expect(exported.extension).toBe(format);
    const read = await readDocument(exported.bytes);
    expect(read.format).toBe(format === 'txt' ? 'text' : format);
    expect(read.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(read.unitYear).toEqual(seed);
  });

  it('exports open data for several unit years at once, and Word only for one', async () => {
    const csv = new TextDecoder().decode((await exportDocument([seed, seed], 'csv')).bytes);
    expect(csv.split('\r\n').filter(Boolean).length).toBe(1 + 2 * 103);
    await expect(exportDocument([seed, seed], 'docx')).rejects.toThrow(RangeError);
    expect(exportFormats).toContain('open-data');
  });

  it('sends anything that is not a ZIP package to the text importer, which reports binaries', async () => {
    expect(detectDocumentFormat(new Uint8Array([0x25, 0x50, 0x44, 0x46]))).toBe('text');
    const pdf = await readDocument(new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3'));
    expect(pdf.unitYear).toBeNull();
    expect(pdf.findings[0]?.severity).toBe('error');
  });
});
