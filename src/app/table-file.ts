/** A unit's monitoring or self-evaluation tables as a file: Word, Excel, or open data (its targets with the tables). */
import type { ExportedFile } from './export-documents';

export type TableFormat = 'docx' | 'xlsx' | 'open-data';

export const docxMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const xlsxMimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How the tables are written in each format (only the asked one is called). */
export interface TableWriters {
  docx: () => Promise<Uint8Array>;
  xlsx: () => Promise<Uint8Array>;
  openData: () => string;
}

/** The tables in `format`, named `<stem>.docx`, `<stem>.xlsx` or `<stem>-open-data.json`. */
export async function tableFile(format: TableFormat, stem: string, writers: TableWriters): Promise<ExportedFile> {
  if (format === 'docx') return { bytes: await writers.docx(), extension: 'docx', mimeType: docxMimeType, fileName: `${stem}.docx` };
  if (format === 'xlsx') return { bytes: await writers.xlsx(), extension: 'xlsx', mimeType: xlsxMimeType, fileName: `${stem}.xlsx` };
  return { bytes: new TextEncoder().encode(writers.openData()), extension: 'json', mimeType: 'application/json', fileName: `${stem}-open-data.json` };
}
