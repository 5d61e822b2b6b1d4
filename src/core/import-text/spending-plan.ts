/**
 * 资金支出计划: a header row of checkpoints (资金支出计划（%） | 3月底 | 6月底 | …) and the merged row of
 * cumulative percents under it. The checkpoints are read from the labels, never assumed.
 */
import type { SpendingCheckpoint } from '../model';
import { toHalfWidth } from '../text';
import { cellKey, hasCellCount, locate, projectLabel, report, type ProjectContext } from './project-context';
import { quote } from './finding-codes';
import { slotNames } from './project-rows';
import type { Cell, Row } from './tokenize';

const checkpointPattern = /^(\d{1,2})\s*月\s*(?:底|末|份|末前|底前)?$/;
const percentPattern = /^([+-]?\d+(?:\.\d+)?)\s*%?$/;
/** Cells that, like a blank one, say "no commitment at this checkpoint". */
const noCommitment = new Set(['', '-', '—', '－', '/', '／', '——']);

function readCheckpoint(context: ProjectContext, cell: Cell): number {
  const match = checkpointPattern.exec(cellKey(cell.text));
  const month = match ? Number(match[1]) : 0;
  if (month >= 1 && month <= 12) return month;
  const message = `${projectLabel(context)}第${cell.line}行的资金支出计划时间${quote(cell.text)}无法识别，应为“N月底”（如“6月底”）。`;
  const location = locate(context, cell.line, { cell: '资金支出计划', field: 'spendingPlan' });
  report(context, 'import.bad-checkpoint', location, message, '请写成“3月底”“6月底”这样的月份');
  return 0;
}

/** Reads "50.00%", "50%" or "50" as 50; blank (or a dash) as null, meaning no commitment. */
export function parsePercent(text: string): number | null | undefined {
  const key = toHalfWidth(text).replace(/\s+/g, '');
  if (noCommitment.has(key)) return null;
  const match = percentPattern.exec(key);
  return match ? Number(match[1]) : undefined;
}

function readPercent(context: ProjectContext, cell: Cell | undefined, checkpoint: string, index: number): number | null {
  if (!cell) return null;
  const percent = parsePercent(cell.text);
  if (percent !== undefined) return percent;
  const message = `${projectLabel(context)}第${cell.line}行「${checkpoint}」的资金支出计划${quote(cell.text)}不是百分比。`;
  const location = locate(context, cell.line, { cell: checkpoint, field: `spendingPlan[${index}]` });
  report(context, 'import.not-a-percent', location, message, '请填写累计支出百分比，如“50.00%”；不作承诺的时点留空');
  return null;
}

/** The spending plan; an empty list when the header row is missing (reported by the caller). */
export function readSpendingPlan(context: ProjectContext, header: Row | undefined, values: Row | undefined): SpendingCheckpoint[] {
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
      percent: readPercent(context, cell, cellKey(label.text), index),
      raw: cell?.text ?? '',
    };
  });
}
