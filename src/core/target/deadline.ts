/**
 * Deadlines (时效指标 values): a short text built around one date — 2021年12月底前完成,
 * 到2021年12月31日合部编纂完成, 2021年6月30日前全部换届完成. A long sentence that merely mentions
 * a date is qualitative. Works on normalized text (normalize.ts).
 */
import { arabicizeDateNumerals, findDates, type DateMention } from './dates';
import type { TargetProblem } from './problems';
import type { DeadlineTarget } from './target';

export type Deadline = Omit<DeadlineTarget, 'raw'>;

/** A deadline, or why the text is not one (null: nothing date-like worth reporting). */
export type DeadlineReading = { deadline: Deadline } | { problem: TargetProblem | null };

/** Beyond this many characters besides the date, the text is a sentence that mentions a date. */
const longestRemainder = 20;
/** Up to this length, a text with a month but no readable date is reported. */
const longestReported = 30;

// 前/以前/之前/底前, 截至, 内 … say "by"; 到/至 just before the date too (到2021年12月31日…完成).
const byWords = /前|截至|截止|不晚于|不迟于|最迟|最晚|内|≤/;
const byWordBeforeDate = /(?:到|至)$/;
// A bare year is a deadline only when the text says what is due by then.
const dueWords = /完成|截至|截止|不晚于|不迟于|最迟|最晚|内|≤/;
const beforeTheYear = /^(?:以|之)?前/;
const otherSign = /[≥<>=≮≯]/;
const anyDigit = /\d/;
const twoDigitYear = /(?<!\d)\d{2}年\d{1,2}月/;
const monthWithoutYear = /(?<![\d年])\d{1,2}月(?:\d{1,2}[日号]|上旬|中旬|下旬|底|末|份)?/;
const relativePeriod = /(?:\d+|[一二两三四五六七八九十]+)个?(?:工作日|月|天|日|周|星期|小时|年)(?:以|之)?内/;

/** Reads `text` (normalized) as a deadline. */
export function readDeadline(text: string): DeadlineReading {
  const arabic = arabicizeDateNumerals(text);
  const dates = findDates(arabic);
  for (const { reading } of dates) {
    if ('problem' in reading && reading.problem.kind === 'impossible-date') return { problem: reading.problem };
  }
  const [date, ...others] = dates;
  if (date === undefined) return { problem: arabic.length <= longestReported ? undatedProblem(arabic) : null };
  const remainder = withoutDates(arabic, dates);
  if (remainder.length > longestRemainder) return { problem: null };
  if (others.length > 0 || anyDigit.test(remainder)) return { problem: { kind: 'several-values' } };
  if ('problem' in date.reading) return { problem: date.reading.problem };
  return deadlineAround(date, date.reading.iso, arabic);
}

/**
 * 考核结果确定后3个月内下发: a period counted from an event, which no calendar date can stand for.
 * Reported as information only: it is a usual way to write a 时效 target.
 */
export function readRelativeDeadline(text: string): TargetProblem | null {
  return text.length <= longestReported && relativePeriod.test(text) ? { kind: 'relative-deadline' } : null;
}

function deadlineAround(date: DateMention, iso: string, text: string): DeadlineReading {
  const before = text.slice(0, date.start);
  const after = text.slice(date.end);
  const remainder = before + after;
  const sign = otherSign.exec(remainder)?.[0];
  if (sign !== undefined) return { problem: { kind: 'unclear-date', date: date.text, reason: `“${sign}”说不清这是截止日期还是起始日期` } };
  const isBy = byWords.test(remainder) || byWordBeforeDate.test(before);
  if (date.isYearOnly) {
    const beforeYear = beforeTheYear.exec(after)?.[0];
    if (beforeYear !== undefined) return { problem: yearBoundaryProblem(date.text, beforeYear) };
    if (remainder !== '' && !dueWords.test(remainder) && !isBy) return { problem: null };
  }
  return { deadline: { kind: 'deadline', date: iso, comparator: isBy ? '≤' : '=' } };
}

/** 2021年前: before 2021 began, or before it ends? Writers mean both. */
function yearBoundaryProblem(year: string, word: string): TargetProblem {
  const number = year.slice(0, -1);
  return { kind: 'unclear-date', date: `${year}${word}`, reason: `可能指${number}年以前，也可能指${number}年底以前` };
}

function undatedProblem(text: string): TargetProblem | null {
  const shortYear = twoDigitYear.exec(text);
  if (shortYear) return { kind: 'unclear-date', date: shortYear[0], reason: '年份只写了两位' };
  const month = monthWithoutYear.exec(text);
  return month ? { kind: 'missing-year', date: month[0] } : null;
}

function withoutDates(text: string, dates: readonly DateMention[]): string {
  let rest = '';
  let from = 0;
  for (const date of dates) {
    rest += text.slice(from, date.start);
    from = date.end;
  }
  return rest + text.slice(from);
}
