/**
 * Stored unit years as the documents people exchange (Word, Excel, the text export, open data). Word, Excel and
 * text give one file per unit year; open data (JSON, CSV) gives one file for all.
 */
import { exportDocument, type ExportedDocument, type ExportFormat } from '../core/documents/export-document';
import type { UnitYear } from '../core/model';
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
  if (!perUnitYear.has(input.format) && unitYears.length !== 1) {
    const document = await exportDocument(unitYears, input.format);
    return [{ ...document, fileName: `jixiao-${input.format}.${document.extension}` }];
  }
  const files: ExportedFile[] = [];
  for (const unitYear of unitYears) files.push(await exportUnitYearDocument(unitYear, input.format));
  return files;
}

/** One unit year as a document of `format`, named <unit code>-<year>.<ext> (open data: <unit code>-<year>-<format>.<ext>). */
export async function exportUnitYearDocument(unitYear: UnitYear, format: ExportFormat): Promise<ExportedFile> {
  const document = await exportDocument([unitYear], format);
  const stem = `${unitYear.unit.code}-${unitYear.year}`;
  return { ...document, fileName: perUnitYear.has(format) ? `${stem}.${document.extension}` : `${stem}-${format}.${document.extension}` };
}
