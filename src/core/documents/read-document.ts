/**
 * Any target document a unit sends — the Word text export (.txt), a Word file (.docx) or an Excel workbook
 * (.xlsx) — read into a UnitYear with located findings. The format is told by the bytes (a ZIP package holding
 * word/document.xml or xl/workbook.xml), not trusted from the file name. Pure: bytes in, values out.
 */
import type { Finding } from '../finding';
import { importTextExport, type TextEncodingName } from '../import-text';
import type { UnitYear } from '../model';

export type DocumentFormat = 'text' | 'docx' | 'xlsx';

export interface ReadDocumentResult {
  format: DocumentFormat;
  unitYear: UnitYear | null;
  findings: Finding[];
  /** The text encoding, for text exports; null for Word and Excel files. */
  encoding: TextEncodingName | null;
}

const zipMagic = [0x50, 0x4b, 0x03, 0x04];

function contains(bytes: Uint8Array, ascii: string): boolean {
  const needle = new TextEncoder().encode(ascii);
  outer: for (let start = 0; start <= bytes.length - needle.length; start += 1) {
    for (let offset = 0; offset < needle.length; offset += 1) {
      if (bytes[start + offset] !== needle[offset]) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * The format of a document: a ZIP package is a workbook when it holds xl/workbook.xml, else a Word file;
 * anything else goes to the text importer, which reports binaries it cannot read.
 */
export function detectDocumentFormat(bytes: Uint8Array): DocumentFormat {
  const isZip = zipMagic.every((byte, index) => bytes[index] === byte);
  if (!isZip) return 'text';
  return contains(bytes, 'xl/workbook.xml') ? 'xlsx' : 'docx';
}

/**
 * Reads a document of any supported format. Never throws on bad input: problems are findings.
 * The Word and Excel readers (large libraries) load only when such a file comes.
 */
export async function readDocument(bytes: Uint8Array, options: { year?: number } = {}): Promise<ReadDocumentResult> {
  const format = detectDocumentFormat(bytes);
  if (format === 'docx') return { format, encoding: null, ...(await (await import('../docx')).importTargetsDocx(bytes, options)) };
  if (format === 'xlsx') return { format, encoding: null, ...(await (await import('../xlsx')).importTargetsXlsx(bytes, options)) };
  const { unitYear, findings, encoding } = importTextExport(bytes, options);
  return { format, unitYear, findings, encoding };
}
