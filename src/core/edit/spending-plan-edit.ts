/**
 * 资金支出计划 typed by a user: checkpoint labels and cumulative percents read as the importer reads them
 * (src/core/target-table). A blank cell (or a dash) is no commitment. Whether the percents stay within 0–100,
 * rise and reach 100 at year end is the review's question (spending-plan rules), not a reason to refuse the edit.
 */
import type { SpendingCheckpoint } from '../model';
import { checkpointMonth, parsePercent } from '../target-table/spending-plan';
import type { EditReading, FieldProblem } from './field-problems';

export interface CheckpointText {
  /** The label, e.g. "6月底". */
  checkpoint: string;
  /** The cell, e.g. "50%", "50.00%", "" (no commitment). */
  raw: string;
}

/**
 * The spending plan, or problems at `spendingPlan.<i>.checkpoint` (not a month, or months out of order or
 * repeated) and `spendingPlan.<i>.raw` (not a percent).
 */
export function readSpendingPlanEdit(entries: readonly CheckpointText[]): EditReading<SpendingCheckpoint[]> {
  const problems: FieldProblem[] = [];
  let previousMonth = 0;
  const plan = entries.map((entry, index): SpendingCheckpoint => {
    const month = checkpointMonth(entry.checkpoint);
    if (month === null) {
      problems.push({ path: `spendingPlan.${index}.checkpoint`, message: `第 ${index + 1} 个支出计划时点“${entry.checkpoint}”无法识别，应为“N月底”（如“6月底”）` });
    } else if (month <= previousMonth) {
      problems.push({ path: `spendingPlan.${index}.checkpoint`, message: `支出计划时点“${entry.checkpoint}”应在前一个时点之后，且不能重复` });
    }
    previousMonth = Math.max(previousMonth, month ?? 0);
    const percent = parsePercent(entry.raw);
    if (percent === undefined) {
      problems.push({ path: `spendingPlan.${index}.raw`, message: `“${entry.checkpoint}”的支出计划“${entry.raw}”不是百分比，请填写如“50%”，不作承诺的时点留空` });
    }
    return { checkpoint: entry.checkpoint, month: month ?? 0, percent: percent ?? null, raw: entry.raw };
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: plan };
}
