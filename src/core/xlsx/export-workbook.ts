/**
 * UnitYear → .xlsx bytes: 汇总, 部门整体绩效目标, then one sheet per project in document order.
 * The layout is described in docs/open-data.md ("Excel workbook").
 */
import ExcelJS from 'exceljs';
import type { UnitYear } from '../model';
import { writePlanSheet } from './export-plan-sheet';
import { writeProjectSheet } from './export-project-sheet';
import { writeSummarySheet } from './export-summary-sheet';
import { planSheetName, summarySheetName } from './layout';
import { uniqueSheetName } from './sheet-names';

/**
 * Writes the target workbook of one unit's year. Pure (no IO): returns the bytes of the file.
 * Importing them with importTargetsXlsx gives back a UnitYear deep-equal to `unitYear` when its
 * targets are what parseTarget reads from their raw text (as every imported document's are).
 */
export async function exportTargetsXlsx(unitYear: UnitYear): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jixiao';
  writeSummarySheet(workbook, unitYear);
  writePlanSheet(workbook, unitYear);
  const taken = new Set([summarySheetName.toLowerCase(), planSheetName.toLowerCase()]);
  for (const project of unitYear.projects) {
    writeProjectSheet(workbook, uniqueSheetName(project.name, taken), unitYear, project);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
