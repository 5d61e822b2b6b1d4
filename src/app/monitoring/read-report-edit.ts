/**
 * A monitoring report as a unit sends it (amounts in 万元 text, indicators by id), read into what is stored.
 * Only what cannot be stored is refused here (an amount that is not a number, an indicator of another project,
 * an indicator twice); everything else is the core validation's to report, so a draft can be saved.
 */
import type { EditReading, FieldProblem } from '../../core/edit/field-problems';
import { parseAmount, zeroFen, type Fen } from '../../core/money';
import type { Progress } from '../../core/monitoring/types';
import { compare, parseDecimal, toShortText, zero } from '../../core/rational';
import type { ReportInput, StoredIndicatorReport } from '../../db/monitoring-report.repository';

export interface ReportEdit {
  spent: string;
  expectedSpent: string;
  overspendExplanation: string;
  indicators: StoredIndicatorReport[];
}

const maxDecimals = 10;

/**
 * A decimal text in its one written form ("250.50" → "250.5", "1,000" → "1000"), so that what a workbook
 * gives back (a number) equals what was stored; text that is not a plain decimal of at most ten decimals
 * (or is negative) is kept as typed, for validation to report.
 */
export function canonicalDecimal(text: string): string {
  const value = parseDecimal(text);
  if (value === null || compare(value, zero) < 0) return text;
  const short = toShortText(value, maxDecimals);
  const back = parseDecimal(short);
  return back !== null && compare(back, value) === 0 ? short : text;
}

function canonicalProgress(progress: Progress | null): Progress | null {
  return progress?.kind === 'number' ? { kind: 'number', value: canonicalDecimal(progress.value) } : progress;
}

/** An amount in 万元, or a problem at `path`. */
export function readWan(text: string, path: string, label: string, problems: FieldProblem[]): Fen {
  const amount = parseAmount(text, '万元');
  if (amount === null) problems.push({ path, message: `${label}“${text}”不是有效的金额，请填写以万元为单位的数字，如 20.32` });
  return amount ?? zeroFen;
}

/**
 * The report to store, or the problems that stop it: unreadable amounts (`spent`, `expectedSpent`), indicators
 * not of the project or repeated (`indicators.<i>.indicatorId`).
 */
export function readReportEdit(edit: ReportEdit, indicatorIds: readonly string[]): EditReading<ReportInput> {
  const problems: FieldProblem[] = [];
  const spent = readWan(edit.spent, 'spent', '1—N月执行数', problems);
  const expectedSpent = readWan(edit.expectedSpent, 'expectedSpent', '全年预计执行数', problems);
  edit.indicators.forEach((row, index) => {
    const path = `indicators.${index}.indicatorId`;
    if (!indicatorIds.includes(row.indicatorId)) problems.push({ path, message: `第${index + 1}行的指标不是本项目的指标（可能已被删除），请刷新后重新填写` });
    else if (edit.indicators.findIndex((other) => other.indicatorId === row.indicatorId) !== index) problems.push({ path, message: `第${index + 1}行的指标重复填报` });
  });
  if (problems.length > 0) return { ok: false, problems };
  const indicators = edit.indicators.map((row) => ({ ...row, progress: canonicalProgress(row.progress), expected: canonicalProgress(row.expected) }));
  return { ok: true, value: { spent, expectedSpent, overspendExplanation: edit.overspendExplanation, indicators } };
}
