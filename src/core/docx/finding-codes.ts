/**
 * The findings of the Word importer. Problems of the tables and the department plan are found by the
 * shared readers of target tables (src/core/target-table) and carry their kinds under `docx.`, with the
 * severity of the kind (docx.missing-row, as the text importer's import.missing-row); the codes below
 * are the Word file's own.
 */
import { makeFinding, type Finding, type Location, type Severity } from '../finding';
import { allTableFindingKinds, prefixedKinds, type TableFindingKind } from '../target-table/finding-kinds';

export const docxOwnFindingCodes = {
  'docx.empty-file': { severity: 'error', meaning: 'the file is empty' },
  'docx.too-large': { severity: 'error', meaning: 'the file, an entry of it or all entries together are larger than the limits (zip bombs included)' },
  'docx.encrypted': { severity: 'error', meaning: 'the document is protected by a password (an encrypted OLE package, or encrypted zip entries)' },
  'docx.old-format': { severity: 'error', meaning: 'an old Word 97–2003 (.doc) or other OLE file, not a .docx' },
  'docx.not-a-zip': { severity: 'error', meaning: 'the file is not a .docx (not a ZIP package): a PDF, an image, text …' },
  'docx.not-a-word-document': { severity: 'error', meaning: 'a ZIP package without word/document.xml (an .xlsx, .pptx or another archive)' },
  'docx.damaged': { severity: 'error', meaning: 'the package or its XML cannot be read (truncated or corrupted file)' },
  'docx.cover-text': { severity: 'info', meaning: 'text before the first heading or table (a cover page) was not imported' },
  'docx.national-layout': { severity: 'info', meaning: 'the tables were read in the national layout (one project per table, no department plan)' },
  'docx.missing-label': { severity: 'error', meaning: 'a row of the national layout is missing (项目名称, 项目资金 …)' },
} as const satisfies Record<string, { severity: Severity; meaning: string }>;

export type DocxOwnFindingCode = keyof typeof docxOwnFindingCodes;
export type DocxFindingCode = DocxOwnFindingCode | `docx.${TableFindingKind}`;

/** Every code the Word importer gives (own and of the table readers), with its severity and meaning; target.* codes pass through. */
export const docxFindingCodes: Readonly<Record<DocxFindingCode, { severity: Severity; meaning: string }>> = {
  ...prefixedKinds('docx', allTableFindingKinds),
  ...docxOwnFindingCodes,
};

/** Builds a finding of the Word importer with its code's fixed severity. */
export function docxFinding(code: DocxOwnFindingCode, location: Location, message: string, suggestion?: string): Finding {
  return makeFinding(code, docxOwnFindingCodes[code].severity, location, message, suggestion);
}
