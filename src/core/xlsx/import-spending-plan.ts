/**
 * 资金支出计划 on a project sheet: a row of checkpoint labels (3月底 | 6月底 | …) right of the label,
 * and under it (blank rows skipped) the row of cumulative percents. Labels and percent texts are read by
 * the shared rules (target-table/spending-plan.ts). A percent may be a fraction in a
 * percent-formatted cell (0.5 shown as 50%), a number (50; a bare number up to 1 is read as a
 * fraction), or text ("50.00%", "50"); blank means no commitment.
 */
import type { SpendingCheckpoint } from '../model';
import { parsePercent, readCheckpoint as readMonth, reportNotAPercent } from '../target-table/spending-plan';
import { isBlank } from './cell-text';
import type { CellRef, SheetLabels } from './import-labels';
import { cellAt, cellLabel, report, textAt, type SheetContext } from './sheet-context';
import { isMaster, mergeEnd, valueAt, type GridValue } from './sheet-grid';
import { numberText } from './target-cells';

function percentOf(value: GridValue): number | null | undefined {
  if (value.kind === 'number') return Number(numberText(value.percent || Math.abs(value.value) <= 1 ? value.value * 100 : value.value));
  if (value.kind === 'text') return parsePercent(value.text);
  if (value.kind === 'empty' || value.kind === 'error') return null;
  return undefined;
}

function formatPercent(percent: number | null): string {
  return percent === null ? '' : `${percent.toFixed(2)}%`;
}

interface PlanCell {
  header: CellRef;
  valueRow: number;
  /** Position of the checkpoint in its row pair, for its hidden 原文 cell. */
  slot: number;
  index: number;
}

function readCheckpoint(context: SheetContext, cell: PlanCell, rawColumn: number | null): SpendingCheckpoint {
  const label = cellAt(context, cell.header.row, cell.header.column);
  const month = readMonth(context, label);
  const value = valueAt(context.grid, cell.valueRow, cell.header.column);
  let percent = percentOf(value);
  if (percent === undefined) {
    reportNotAPercent(context, cellAt(context, cell.valueRow, cell.header.column), label.text, cell.index);
    percent = null;
  }
  const raw = rawColumn === null ? null : textAt(context, cell.valueRow, rawColumn + cell.slot);
  const written = raw !== null && parsePercent(raw) === percent ? raw : value.kind === 'text' ? value.text : formatPercent(percent);
  return { checkpoint: label.text, month, percent, raw: written };
}

/** The row under the label that its merged range covers, else the first under it that shows a percent. */
function valueRowUnder(context: SheetContext, label: CellRef, columns: readonly number[], end: number): number | null {
  if (label.row + 1 < end && !isMaster(context.grid, label.row + 1, label.column)) return label.row + 1;
  for (let next = label.row + 1; next < end; next += 1) {
    if (columns.some((column) => !isBlank(valueAt(context.grid, next, column)))) return next;
  }
  return null;
}

function checkpointColumns(context: SheetContext, label: CellRef, lastColumn: number): number[] {
  const columns: number[] = [];
  for (let column = mergeEnd(context.grid, label.row, label.column) + 1; column <= lastColumn; column += 1) {
    if (isMaster(context.grid, label.row, column) && textAt(context, label.row, column).trim() !== '') columns.push(column);
  }
  return columns;
}

/** The spending plan: every checkpoint of every 资金支出计划 row pair, in order. */
export function readSpendingPlan(context: SheetContext, labels: SheetLabels, lastColumn: number, rawColumn: number | null): SpendingCheckpoint[] {
  const plan: SpendingCheckpoint[] = [];
  const end = labels.headerRow ?? context.grid.rowCount + 1;
  for (const label of labels.planRows) {
    const columns = checkpointColumns(context, label, lastColumn);
    const valueRow = valueRowUnder(context, label, columns, end);
    if (valueRow === null) {
      const message = `${cellLabel(context, label.row, label.column)}的资金支出计划下面没有填写百分比的一行。`;
      report(context, 'xlsx.missing-plan-values', { ...label, more: { field: 'spendingPlan' } }, message, '请在时间下面一行填写累计支出百分比；不作承诺的时点留空');
      continue;
    }
    columns.forEach((column, slot) => plan.push(readCheckpoint(context, { header: { row: label.row, column }, valueRow, slot, index: plan.length }, rawColumn)));
  }
  return plan;
}
