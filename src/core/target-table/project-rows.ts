/**
 * The rows of one project table, recognized by their label cells rather than by position, so that a
 * missing, doubled or extra row is reported as such (and the rest still read).
 *
 * Layout: [unit | 单位：万元], [项目编码 | code | 项目名称 | name], [预算规模及资金用途 | 预算数 | n | …],
 * [(merged) | use of funds], [资金支出计划（%） | 3月底 | …], [(merged) | p | …], [绩效目标 | goals],
 * [一级指标 | 二级指标 | …] header, then indicator rows.
 */
import { cellKey } from './cell-text';
import { opensIndicatorHeader } from './indicator-columns';
import type { TableRow } from './layout';
import type { ProjectContext } from './project-context';
import { report, subjectAt, wordsAt } from './table-context';
import { fieldNames } from './unit-cell';

export type RowLabel = 'unit' | 'code' | 'budget' | 'planHeader' | 'goals' | 'indicatorHeader';

/** The slots of a project table in document order; purpose and planValues are the merged rows. */
export const slotOrder = ['unit', 'code', 'budget', 'purpose', 'planHeader', 'planValues', 'goals', 'indicatorHeader'] as const;

export type Slot = (typeof slotOrder)[number];

/** How messages name each row. */
export const slotNames: Record<Slot, string> = {
  unit: '预算单位（单位：万元）',
  code: '项目编码、项目名称',
  budget: '预算规模及资金用途',
  purpose: fieldNames.purpose,
  planHeader: '资金支出计划（%）',
  planValues: '资金支出计划百分比',
  goals: fieldNames.goals,
  indicatorHeader: '一级指标、二级指标、三级指标…（指标表头）',
};

export type SortedRows<P> = { [slot in Slot]?: TableRow<P> } & {
  indicators: TableRow<P>[];
  /** Rows the layout does not have. */
  unexpected: TableRow<P>[];
};

const moneyUnitCell = /^单位[:：]/;
const unitCodeCell = /^\d{3,}\D/;
const firstCellLabels: ReadonlyArray<readonly [RowLabel, RegExp]> = [
  ['code', /^项目(?:编码|代码)/],
  ['budget', /^预算规模|^资金用途$/],
  ['planHeader', /^资金支出计划/],
  ['goals', /^(?:项目)?(?:年度|总体)?(?:绩效)?目标$/],
];

/** Whether a row starts a project table: a short row naming the unit and the money unit. */
export function isUnitRow(row: TableRow<unknown>): boolean {
  if (row.cells.length > 3) return false;
  if (row.cells.some((cell) => moneyUnitCell.test(cellKey(cell.text)))) return true;
  return row.cells.length <= 2 && unitCodeCell.test(cellKey(row.cells[0]?.text));
}

/** The label a row carries in its first cell, or null for merged rows and indicator rows. */
function labelOf(row: TableRow<unknown>): RowLabel | null {
  if (isUnitRow(row)) return 'unit';
  const first = cellKey(row.cells[0]?.text);
  if (first === '') return null;
  if (opensIndicatorHeader(first)) return 'indicatorHeader';
  return firstCellLabels.find(([, pattern]) => pattern.test(first))?.[0] ?? null;
}

function isMerged(row: TableRow<unknown>): boolean {
  return cellKey(row.cells[0]?.text) === '';
}

function claimUnlabelled<P>(sorted: SortedRows<P>, row: TableRow<P>, previous: RowLabel | null, loose: TableRow<P>[]): void {
  if (isMerged(row) && previous === 'budget' && !sorted.purpose) sorted.purpose = row;
  else if (isMerged(row) && previous === 'planHeader' && !sorted.planValues) sorted.planValues = row;
  else if (sorted.indicatorHeader) sorted.indicators.push(row);
  else loose.push(row);
}

/**
 * Without an indicator header, the unlabelled rows after the goals row (or after the last labelled
 * row) are still read as indicators, so that one missing header is one finding, not one per row.
 */
function adoptHeaderlessIndicators<P>(context: ProjectContext<P>, sorted: SortedRows<P>, rows: readonly TableRow<P>[], loose: TableRow<P>[]): void {
  if (sorted.indicatorHeader) {
    sorted.unexpected = loose;
    return;
  }
  const anchor = sorted.goals ?? [...rows].reverse().find((row) => labelOf(row) !== null);
  const after = anchor ? context.format.order(anchor.place) : 0;
  sorted.indicators = loose.filter((row) => context.format.order(row.place) > after);
  sorted.unexpected = loose.filter((row) => context.format.order(row.place) <= after);
}

function quoteRow(row: TableRow<unknown>): string {
  const text = row.cells.map((cell) => cellKey(cell.text)).join(' | ');
  return `「${text.length > 40 ? `${text.slice(0, 40)}…` : text}」`;
}

/** Sorts a project's rows into slots by their labels; reports doubled and extra rows. */
export function sortRows<P>(context: ProjectContext<P>, rows: readonly TableRow<P>[]): SortedRows<P> {
  const sorted: SortedRows<P> = { indicators: [], unexpected: [] };
  const loose: TableRow<P>[] = [];
  let previous: RowLabel | null = null;
  for (const row of rows) {
    const label = labelOf(row);
    const first = label === null ? undefined : sorted[label];
    if (label === null) claimUnlabelled(sorted, row, previous, loose);
    else if (first) {
      const message = `${subjectAt(context, row.place)}又出现一次「${slotNames[label]}」行（${wordsAt(context, first.place)}已有），该行未导入。`;
      report(context, 'duplicate-row', row.place, {}, message, '请删除重复的行或把内容合并到一行');
    } else sorted[label] = row;
    previous = label;
  }
  adoptHeaderlessIndicators(context, sorted, rows, loose);
  for (const row of sorted.unexpected) {
    const message = `${subjectAt(context, row.place)}不是表格应有的行（${quoteRow(row)}），该行未导入。`;
    report(context, 'unexpected-row', row.place, {}, message, '请核对该行是否放错了位置');
  }
  return sorted;
}
