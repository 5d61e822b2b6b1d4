/**
 * Word (.docx) target documents: `exportTargetsDocx(unitYear)` writes a unit's year in the layout of
 * the reference document; `importTargetsDocx(bytes)` reads that layout (a unit's original file) and
 * the national layout back into a UnitYear with located findings. Formats: docs/documents.md.
 */
export { exportTargetsDocx } from './export-docx';
export { importTargetsDocx, type DocxImportOptions, type DocxImportResult } from './import-docx';
export { docxFindingCodes, type DocxFindingCode } from './finding-codes';
