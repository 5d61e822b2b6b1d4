/**
 * The summary sheet (汇总): the unit, its division and the year, then one row per project (code, name,
 * budget, fiscal and other funds, indicator count, spending plan) and a totals row. The importer reads
 * the year and the division from it; the project rows are for people (the project sheets are the data).
 */
import type { Workbook } from 'exceljs';
import { addFen, type Fen, type MoneyUnit } from '../money';
import type { Project, UnitYear } from '../model';
import { moneyFormat, moneyValue, percentFormat, percentValue } from './cell-formats';
import { budgetLabel, labels, summarySheetName } from './layout';
import { columnLetters } from './sheet-names';
import { fitColumns, fitRows, freezeAbove, merge, put, putTitle, setUpPrinting, type SheetWriter } from './sheet-format';

export const summaryLabels = { division: '财政区划', year: '年度', index: '序号', count: '指标数', total: '合计' } as const;

const header = 3;
const firstCheckpointColumn = 8;

/** The checkpoint labels of all projects, by month (then as first met), each once. */
function checkpointLabels(projects: readonly Project[]): string[] {
  const months = new Map<string, number>();
  for (const project of projects) {
    for (const checkpoint of project.spendingPlan) if (!months.has(checkpoint.checkpoint)) months.set(checkpoint.checkpoint, checkpoint.month);
  }
  return [...months.entries()].sort((a, b) => a[1] - b[1]).map(([label]) => label);
}

function writeUnitRow(writer: SheetWriter, unitYear: UnitYear, columns: number): void {
  put(writer, 2, 1, labels.unit, 'label');
  put(writer, 2, 2, `${unitYear.unit.code}${unitYear.unit.name}`, 'text');
  merge(writer, { top: 2, left: 2, bottom: 2, right: 3 });
  put(writer, 2, 4, summaryLabels.division, 'label');
  put(writer, 2, 5, unitYear.unit.divisionCode ?? '', 'center');
  put(writer, 2, 6, summaryLabels.year, 'label');
  put(writer, 2, 7, unitYear.year, 'center');
  put(writer, 2, 8, `单位：${unitYear.moneyUnit}`, 'center');
  if (columns > 8) merge(writer, { top: 2, left: 8, bottom: 2, right: columns });
}

function writeProjectRow(writer: SheetWriter, row: number, project: Project, unit: MoneyUnit, checkpoints: readonly string[]): void {
  put(writer, row, 1, row - header, 'center');
  put(writer, row, 2, project.code, 'text');
  put(writer, row, 3, project.name, 'text');
  (['total', 'fiscal', 'other'] as const).forEach((field, index) => {
    put(writer, row, 4 + index, moneyValue(project.budget[field], unit), 'center', moneyFormat(project.budget[field], unit));
  });
  put(writer, row, 7, project.indicators.length, 'center');
  checkpoints.forEach((label, index) => {
    const percent = project.spendingPlan.find((checkpoint) => checkpoint.checkpoint === label)?.percent ?? null;
    put(writer, row, firstCheckpointColumn + index, percentValue(percent), 'center', percentFormat);
  });
}

function writeTotals(writer: SheetWriter, row: number, unitYear: UnitYear, columns: number): void {
  put(writer, row, 1, summaryLabels.total, 'label');
  merge(writer, { top: row, left: 1, bottom: row, right: 3 });
  const first = header + 1;
  (['total', 'fiscal', 'other'] as const).forEach((field, index) => {
    const sum: Fen = addFen(...unitYear.projects.map((project) => project.budget[field]));
    const letter = columnLetters(4 + index);
    const formula = `SUM(${letter}${first}:${letter}${row - 1})`;
    put(writer, row, 4 + index, { formula, result: moneyValue(sum, unitYear.moneyUnit) }, 'label', moneyFormat(sum, unitYear.moneyUnit));
  });
  const count = unitYear.projects.reduce((sum, project) => sum + project.indicators.length, 0);
  put(writer, row, 7, { formula: `SUM(G${first}:G${row - 1})`, result: count }, 'label');
  for (let column = firstCheckpointColumn; column <= columns; column += 1) put(writer, row, column, null, 'label');
}

/** Adds the summary sheet of `unitYear` to `workbook`. */
export function writeSummarySheet(workbook: Workbook, unitYear: UnitYear): void {
  const writer: SheetWriter = { sheet: workbook.addWorksheet(summarySheetName), merges: [] };
  const checkpoints = checkpointLabels(unitYear.projects);
  const columns = Math.max(8, firstCheckpointColumn + checkpoints.length - 1);
  putTitle(writer, 1, columns, `${unitYear.unit.name}${unitYear.year}年度项目支出绩效目标汇总表`);
  writeUnitRow(writer, unitYear, columns);
  const unit = unitYear.moneyUnit;
  const headers = [summaryLabels.index, labels.code, labels.name, budgetLabel('total', unit), budgetLabel('fiscal', unit), budgetLabel('other', unit), summaryLabels.count, ...checkpoints];
  headers.forEach((text, index) => put(writer, header, index + 1, text, 'header'));
  unitYear.projects.forEach((project, index) => writeProjectRow(writer, header + 1 + index, project, unit, checkpoints));
  const totals = header + 1 + unitYear.projects.length;
  writeTotals(writer, totals, unitYear, columns);
  const limits = [{ min: 9, max: 9 }, { min: 16, max: 26 }, { min: 20, max: 46 }, ...Array.from({ length: columns - 3 }, () => ({ min: 10, max: 14 }))];
  fitColumns(writer, limits);
  fitRows(writer, 2, totals);
  freezeAbove(writer.sheet, header + 1);
  setUpPrinting(writer.sheet, `${header}:${header}`);
}
