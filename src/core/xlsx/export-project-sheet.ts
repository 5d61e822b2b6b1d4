/**
 * One project's sheet in the national target layout: the header block (预算单位, 项目编码, 项目名称,
 * 预算数/财政资金/其他资金, 资金用途, 资金支出计划, 绩效目标), then the indicator table with level 1 and
 * level 2 merged vertically. Raw texts that the visible cells cannot carry go to hidden column I and
 * beyond (layout.ts), so that importing the sheet gives back the same project.
 */
import type { Workbook } from 'exceljs';
import type { MoneyUnit } from '../money';
import type { Indicator, Project, SpendingCheckpoint, UnitYear } from '../model';
import { moneyFormat, moneyValue, percentFormat, percentValue } from './cell-formats';
import { budgetLabel, checkpointsPerRow, indicatorColumnOrder, indicatorColumns, indicatorHeaders, labels, rawColumn, visibleColumns, type IndicatorColumn } from './layout';
import { fitColumns, fitRows, freezeAbove, merge, put, putTitle, setUpPrinting, type SheetWriter } from './sheet-format';
import { targetCells } from './target-cells';

const last = visibleColumns;
const columnLimits = [
  { min: 12, max: 16 },
  { min: 12, max: 18 },
  { min: 14, max: 28 },
  { min: 16, max: 34 },
  { min: 10, max: 10 },
  { min: 12, max: 26 },
  { min: 10, max: 10 },
  { min: 14, max: 28 },
];
/** Rows above the indicator table that may stay frozen; a taller header block would fill the screen. */
const maxFrozenHeight = 320;

function writeIdentity(writer: SheetWriter, row: number, unitYear: UnitYear, project: Project): number {
  put(writer, row, 1, labels.unit, 'label');
  put(writer, row, 2, `${unitYear.unit.code}${unitYear.unit.name}`, 'text');
  merge(writer, { top: row, left: 2, bottom: row, right: 6 });
  put(writer, row, 7, `单位：${unitYear.moneyUnit}`, 'center');
  merge(writer, { top: row, left: 7, bottom: row, right: last });
  put(writer, row + 1, 1, labels.code, 'label');
  put(writer, row + 1, 2, project.code, 'text');
  merge(writer, { top: row + 1, left: 2, bottom: row + 1, right: 3 });
  put(writer, row + 1, 4, labels.name, 'label');
  put(writer, row + 1, 5, project.name, 'text');
  merge(writer, { top: row + 1, left: 5, bottom: row + 1, right: last });
  return row + 2;
}

function writeBudget(writer: SheetWriter, row: number, unit: MoneyUnit, project: Project): number {
  const fields = ['total', 'fiscal', 'other'] as const;
  fields.forEach((field, index) => {
    const amount = project.budget[field];
    put(writer, row, 1 + index * 2, budgetLabel(field, unit), 'label');
    put(writer, row, 2 + index * 2, moneyValue(amount, unit), 'center', moneyFormat(amount, unit));
    writer.sheet.getCell(row, rawColumn + index).value = project.budgetRaw[field];
  });
  merge(writer, { top: row, left: 6, bottom: row, right: last });
  put(writer, row + 1, 1, labels.purpose, 'label');
  put(writer, row + 1, 2, project.purpose, 'text');
  merge(writer, { top: row + 1, left: 2, bottom: row + 1, right: last });
  return row + 2;
}

function writePlanRows(writer: SheetWriter, row: number, checkpoints: readonly SpendingCheckpoint[]): void {
  put(writer, row, 1, labels.plan, 'label');
  merge(writer, { top: row, left: 1, bottom: row + 1, right: 1 });
  for (let column = 2; column <= last; column += 1) {
    const checkpoint = checkpoints[column - 2];
    put(writer, row, column, checkpoint?.checkpoint ?? null, 'header');
    put(writer, row + 1, column, checkpoint ? percentValue(checkpoint.percent) : null, 'center', percentFormat);
    if (checkpoint) writer.sheet.getCell(row + 1, rawColumn + column - 2).value = checkpoint.raw;
  }
}

/** Rows of checkpoint labels and their percents, seven checkpoints to a pair of rows. */
function writeSpendingPlan(writer: SheetWriter, row: number, plan: readonly SpendingCheckpoint[]): number {
  let next = row;
  for (let start = 0; start < plan.length; start += checkpointsPerRow) {
    writePlanRows(writer, next, plan.slice(start, start + checkpointsPerRow));
    next += 2;
  }
  return next;
}

function writeGoals(writer: SheetWriter, row: number, goals: readonly string[]): number {
  const rows = goals.length === 0 ? [''] : goals;
  put(writer, row, 1, labels.goals, 'label');
  merge(writer, { top: row, left: 1, bottom: row + rows.length - 1, right: 1 });
  rows.forEach((goal, index) => {
    put(writer, row + index, 2, goal, 'text');
    merge(writer, { top: row + index, left: 2, bottom: row + index, right: last });
  });
  return row + rows.length;
}

const centered: ReadonlySet<IndicatorColumn> = new Set(['level1', 'level2', 'nature', 'value', 'measureUnit']);

function writeIndicatorRow(writer: SheetWriter, row: number, indicator: Indicator): void {
  const cells = targetCells(indicator.target);
  const values: Record<IndicatorColumn, string | number> = {
    level1: indicator.level1,
    level2: indicator.level2,
    name: indicator.name,
    description: indicator.description,
    nature: cells.nature,
    value: cells.value,
    measureUnit: cells.measureUnit,
    basis: indicator.basis,
    raw: indicator.target.raw,
  };
  for (const column of indicatorColumnOrder) {
    if (column === 'raw') writer.sheet.getCell(row, indicatorColumns.raw).value = values.raw;
    else put(writer, row, indicatorColumns[column], values[column], centered.has(column) ? 'center' : 'text');
  }
}

/** Merges runs of equal cells in a column: level 1 runs, and level 2 runs within one level 1. */
function mergeRuns(writer: SheetWriter, first: number, indicators: readonly Indicator[], column: number, key: (indicator: Indicator) => string): void {
  let start = 0;
  indicators.forEach((indicator, index) => {
    const next = indicators[index + 1];
    if (next && key(next) === key(indicator)) return;
    merge(writer, { top: first + start, left: column, bottom: first + index, right: column });
    start = index + 1;
  });
}

function writeIndicators(writer: SheetWriter, header: number, indicators: readonly Indicator[]): number {
  for (const column of indicatorColumnOrder) put(writer, header, indicatorColumns[column], indicatorHeaders[column], 'header');
  indicators.forEach((indicator, index) => writeIndicatorRow(writer, header + 1 + index, indicator));
  mergeRuns(writer, header + 1, indicators, indicatorColumns.level1, (indicator) => indicator.level1);
  mergeRuns(writer, header + 1, indicators, indicatorColumns.level2, (indicator) => `${indicator.level1}\u0000${indicator.level2}`);
  return header + indicators.length;
}

function frozenHeight(writer: SheetWriter, header: number): number {
  let height = 0;
  for (let row = 1; row <= header; row += 1) height += writer.sheet.getRow(row).height ?? 20;
  return height;
}

/** Adds the sheet of `project` to `workbook` under `sheetName`. */
export function writeProjectSheet(workbook: Workbook, sheetName: string, unitYear: UnitYear, project: Project): void {
  const writer: SheetWriter = { sheet: workbook.addWorksheet(sheetName), merges: [] };
  putTitle(writer, 1, last, `${unitYear.year}年度项目支出绩效目标表`);
  let row = writeIdentity(writer, 2, unitYear, project);
  row = writeBudget(writer, row, unitYear.moneyUnit, project);
  row = writeSpendingPlan(writer, row, project.spendingPlan);
  const header = writeGoals(writer, row, project.goals);
  const lastRow = writeIndicators(writer, header, project.indicators);
  fitColumns(writer, columnLimits);
  for (let column = rawColumn; column < rawColumn + checkpointsPerRow; column += 1) writer.sheet.getColumn(column).hidden = true;
  fitRows(writer, 2, lastRow);
  freezeAbove(writer.sheet, frozenHeight(writer, header) <= maxFrozenHeight ? header + 1 : 4);
  setUpPrinting(writer.sheet, `${header}:${header}`);
}
