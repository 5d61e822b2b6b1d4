/**
 * Excel (.xlsx) export and import of a unit's targets in the national target-table layout
 * (docs/open-data.md, "Excel workbook"). Pure: bytes in, bytes out; no IO.
 */
import ExcelJS from 'exceljs';
import type { Finding } from '../finding';
import type { UnitYear } from '../model';
import { xlsxFinding } from './finding-codes';
import { readWorkbook } from './import-workbook';
import { checkWorkbookFile } from './zip-guard';

export { exportTargetsXlsx } from './export-workbook';
export { xlsxFindingCodes, type XlsxFindingCode } from './finding-codes';
export { xlsxLimits } from './zip-guard';

export interface XlsxImportOptions {
  /** Overrides the fiscal year the workbook states. */
  year?: number;
}

export interface XlsxImportResult {
  /** null only when nothing usable was read (not a workbook, refused, no project sheet). */
  unitYear: UnitYear | null;
  /** Every problem, located by `'Sheet'!A1` address; any error means "do not store". */
  findings: Finding[];
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs wants a Node Buffer (it reads through JSZip); a view on the same memory, not a copy.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
    return workbook;
  } catch {
    return null;
  }
}

/**
 * Bytes of an .xlsx file in, UnitYear + findings out. Never throws on any input and stores nothing.
 * The file is checked before it is opened (size, zip bombs, encryption, old .xls: see zip-guard.ts).
 * The model is returned even when there are errors (for display); a caller must not store it then.
 * The year is `options.year`, else the summary sheet's, else the one the projects name most often.
 */
export async function importTargetsXlsx(bytes: Uint8Array, options: XlsxImportOptions = {}): Promise<XlsxImportResult> {
  const refused = await checkWorkbookFile(bytes);
  if (refused.length > 0) return { unitYear: null, findings: refused };
  const workbook = await load(bytes);
  if (!workbook) {
    const message = '文件已损坏或不是有效的 Excel 工作簿，无法读取其中的表格。';
    return { unitYear: null, findings: [xlsxFinding('xlsx.damaged', {}, message, '请在 Excel 中打开后另存为 .xlsx 再导入')] };
  }
  return readWorkbook(workbook, options);
}
