/**
 * A unit's year as a document people exchange: Word, Excel, or open data (JSON/CSV under the national exchange
 * field names). Pure: the model in, bytes out.
 */
import { emitTextExport } from '../import-text';
import type { UnitYear } from '../model';
import { exportOpenDataCsv, exportOpenDataJson } from '../open-data';

export const exportFormats = ['docx', 'xlsx', 'txt', 'csv', 'open-data'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportedDocument {
  bytes: Uint8Array;
  /** File name extension, without the dot. */
  extension: string;
  mimeType: string;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * Exports unit years; Word, Excel and text take exactly one unit year, open data any number. The Word and Excel
 * writers (large libraries) load only when asked for.
 */
export async function exportDocument(unitYears: UnitYear[], format: ExportFormat): Promise<ExportedDocument> {
  if (format === 'csv') return { bytes: utf8(exportOpenDataCsv(unitYears)), extension: 'csv', mimeType: 'text/csv; charset=utf-8' };
  if (format === 'open-data') return { bytes: utf8(exportOpenDataJson(unitYears)), extension: 'json', mimeType: 'application/json' };
  const [unitYear] = unitYears;
  if (!unitYear || unitYears.length > 1) throw new RangeError(`${format} export takes exactly one unit year`);
  if (format === 'docx') {
    return { bytes: await (await import('../docx')).exportTargetsDocx(unitYear), extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
  }
  if (format === 'xlsx') {
    return { bytes: await (await import('../xlsx')).exportTargetsXlsx(unitYear), extension: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  }
  return { bytes: utf8(emitTextExport(unitYear)), extension: 'txt', mimeType: 'text/plain; charset=utf-8' };
}
