/**
 * 资金支出计划: checkpoint labels (3月底 | 6月底 | …) and, under them, the cumulative percent spent by each.
 * The checkpoints are read from the labels, never assumed; a blank cell means "no commitment".
 * In the reference layout the labels are a header row (资金支出计划（%） | 3月底 | …) and the percents the
 * merged row under it.
 */
import type { SpendingCheckpoint } from '../model';
import { toHalfWidth } from '../text';
import { cellKey, labelKey } from './cell-text';
import { quote } from './finding-kinds';
import type { TableCell, TableRow } from './layout';
import { hasCellCount, type ProjectContext } from './project-context';
import { slotNames } from './project-rows';
import { report, subjectAt, type TableContext } from './table-context';

/** Compared without whitespace: "6月底", "6 月 底", "12月末前", "3月". */
const checkpointPattern = /^(\d{1,2})月(?:底|末|份|末前|底前)?$/;
const percentPattern = /^([+-]?\d+(?:\.\d+)?)\s*%?$/;
/** Cells that, like a blank one, say "no commitment at this checkpoint". */
const noCommitment = new Set(['', '-', '—', '－', '/', '／', '——']);

/** The month (1–12) a checkpoint label closes, or null when the label is not "N月底". */
export function checkpointMonth(label: string): number | null {
  const match = checkpointPattern.exec(labelKey(label));
  const month = match ? Number(match[1]) : 0;
  return month >= 1 && month <= 12 ? month : null;
}

/** The month of a checkpoint label cell; 0 with an error finding when it is not a month. */
export function readCheckpoint<P>(context: TableContext<P>, cell: TableCell<P>): number {
  const month = checkpointMonth(cell.text);
  if (month !== null) return month;
  const message = `${subjectAt(context, cell.place)}的资金支出计划时间${quote(cell.text)}无法识别，应为“N月底”（如“6月底”）。`;
  report(context, 'bad-checkpoint', cell.place, { cell: '资金支出计划', field: 'spendingPlan' }, message, '请写成“3月底”“6月底”这样的月份');
  return 0;
}

/** Reads "50.00%", "50%" or "50" as 50; blank (or a dash) as null, meaning no commitment; undefined when not a percent. */
export function parsePercent(text: string): number | null | undefined {
  const key = toHalfWidth(text).replace(/\s+/g, '');
  if (noCommitment.has(key)) return null;
  const match = percentPattern.exec(key);
  return match ? Number(match[1]) : undefined;
}

/** Reports a percent cell that is not a percent: the `index`-th checkpoint, labelled `checkpoint`. */
export function reportNotAPercent<P>(context: TableContext<P>, cell: TableCell<P>, checkpoint: string, index: number): void {
  const message = context.format.phrasing.notAPercent(subjectAt(context, cell.place), checkpoint, quote(cell.text));
  const detail = { cell: cellKey(checkpoint), field: `spendingPlan[${index}]` };
  report(context, 'not-a-percent', cell.place, detail, message, '请填写累计支出百分比，如“50.00%”；不作承诺的时点留空');
}

function readPercent<P>(context: ProjectContext<P>, cell: TableCell<P> | undefined, checkpoint: string, index: number): number | null {
  if (!cell) return null;
  const percent = parsePercent(cell.text);
  if (percent !== undefined) return percent;
  reportNotAPercent(context, cell, checkpoint, index);
  return null;
}

/** The spending plan of the reference layout; an empty list when the header row is missing (reported by the caller). */
export function readSpendingPlan<P>(context: ProjectContext<P>, header: TableRow<P> | undefined, values: TableRow<P> | undefined): SpendingCheckpoint[] {
  if (!header) return [];
  const labels = header.cells.slice(1);
  // Without checkpoints the header is short; the seed's layout has four.
  if (labels.length === 0) hasCellCount(context, header, 5, slotNames.planHeader);
  if (values) hasCellCount(context, values, header.cells.length, slotNames.planValues);
  return labels.map((label, index) => {
    const cell = values?.cells[index + 1];
    return {
      checkpoint: label.text,
      month: readCheckpoint(context, label),
      percent: readPercent(context, cell, label.text, index),
      raw: cell?.text ?? '',
    };
  });
}
