/**
 * The department plan sheet (部门整体绩效目标): 一、总体绩效目标 (one cell), 二、分项绩效目标 (a row per
 * sub-goal: title | 绩效目标 | 绩效指标), 三、工作保障措施 (a row per measure: title | text). The
 * commitments are not written: they are the clauses the overall goal lists (commitmentsOf), read back
 * from it.
 */
import type { Workbook } from 'exceljs';
import type { UnitYear } from '../model';
import { planSheetName } from './layout';
import { fitColumns, fitRows, merge, put, putTitle, setUpPrinting, type SheetWriter } from './sheet-format';

export const planLabels = {
  overall: '一、总体绩效目标',
  subGoals: '二、分项绩效目标',
  measures: '三、工作保障措施',
  subGoal: '分项目标',
  goal: '绩效目标',
  indicatorText: '绩效指标',
  measure: '措施',
  measureText: '内容',
} as const;

function section(writer: SheetWriter, row: number, text: string): number {
  put(writer, row, 1, text, 'label');
  writer.sheet.getCell(row, 1).alignment = { horizontal: 'left', vertical: 'middle' };
  merge(writer, { top: row, left: 1, bottom: row, right: 3 });
  return row + 1;
}

function writeSubGoals(writer: SheetWriter, start: number, unitYear: UnitYear): number {
  let row = section(writer, start, planLabels.subGoals);
  [planLabels.subGoal, planLabels.goal, planLabels.indicatorText].forEach((text, index) => put(writer, row, index + 1, text, 'header'));
  for (const subGoal of unitYear.departmentPlan.subGoals) {
    row += 1;
    put(writer, row, 1, subGoal.title, 'text');
    put(writer, row, 2, subGoal.goal, 'text');
    put(writer, row, 3, subGoal.indicatorText, 'text');
  }
  return row + 1;
}

function writeMeasures(writer: SheetWriter, start: number, unitYear: UnitYear): number {
  let row = section(writer, start, planLabels.measures);
  put(writer, row, 1, planLabels.measure, 'header');
  put(writer, row, 2, planLabels.measureText, 'header');
  merge(writer, { top: row, left: 2, bottom: row, right: 3 });
  for (const measure of unitYear.departmentPlan.measures) {
    row += 1;
    put(writer, row, 1, measure.title, 'text');
    put(writer, row, 2, measure.text, 'text');
    merge(writer, { top: row, left: 2, bottom: row, right: 3 });
  }
  return row;
}

/** Adds the department plan sheet of `unitYear` to `workbook`. */
export function writePlanSheet(workbook: Workbook, unitYear: UnitYear): void {
  const writer: SheetWriter = { sheet: workbook.addWorksheet(planSheetName), merges: [] };
  putTitle(writer, 1, 3, `${unitYear.unit.name}${unitYear.year}年度部门整体绩效目标`);
  let row = section(writer, 2, planLabels.overall);
  put(writer, row, 1, unitYear.departmentPlan.overallGoal, 'text');
  merge(writer, { top: row, left: 1, bottom: row, right: 3 });
  row = writeSubGoals(writer, row + 1, unitYear);
  const lastRow = writeMeasures(writer, row, unitYear);
  fitColumns(writer, [
    { min: 24, max: 30 },
    { min: 40, max: 50 },
    { min: 40, max: 50 },
  ]);
  fitRows(writer, 2, lastRow);
  setUpPrinting(writer.sheet, undefined);
}
