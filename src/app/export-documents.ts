/**
 * Stored unit years as the documents people exchange (Word, Excel, the text export, open data). Word, Excel and
 * text give one file per unit year; open data (JSON, CSV) gives one file for all.
 */
import { exportDocument, type ExportedDocument, type ExportFormat } from '../core/documents/export-document';
import type { Deps } from './deps';
import { exportUnitYears, type ExportUnitYearsInput } from './export-unit-years';

export interface ExportDocumentsInput extends ExportUnitYearsInput {
  format: ExportFormat;
}

export interface ExportedFile extends ExportedDocument {
  /** A file name suggestion: <unit code>-<year>.<ext>, or jixiao-<format>.<ext> for several unit years. */
  fileName: string;
}

const perUnitYear = new Set<ExportFormat>(['docx', 'xlsx', 'txt']);

export async function exportDocuments(deps: Deps, input: ExportDocumentsInput): Promise<ExportedFile[]> {
  const unitYears = await exportUnitYears(deps, input);
  if (!perUnitYear.has(input.format)) {
    const document = await exportDocument(unitYears, input.format);
    const single = unitYears.length === 1 ? unitYears[0] : undefined;
    const stem = single ? `${single.unit.code}-${single.year}` : 'jixiao';
    return [{ ...document, fileName: `${stem}-${input.format}.${document.extension}` }];
  }
  const files: ExportedFile[] = [];
  for (const unitYear of unitYears) {
    const document = await exportDocument([unitYear], input.format);
    files.push({ ...document, fileName: `${unitYear.unit.code}-${unitYear.year}.${document.extension}` });
  }
  return files;
}
