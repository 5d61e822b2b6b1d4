/**
 * Time elapsed in a fiscal year, exact and day-precise: a cut-off counts its own day as elapsed
 * (7月31日 is the end of July), a checkpoint "N月底" is the last day of month N.
 */
import { DomainError } from '../errors';
import { parseIsoDate, type CalendarDate } from '../iso-date';
import { add, divide, rational, type Rational } from '../rational';
import { daysInMonth, isLeapYear } from '../target/dates';

/** 365, or 366 in a leap year. */
export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Days elapsed from 1 January to the end of `date` (1 January → 1, 31 December → 365 or 366). */
export function dayOfYear({ year, month, day }: CalendarDate): number {
  let days = day;
  for (let before = 1; before < month; before += 1) days += daysInMonth(year, before);
  return days;
}

/** Days elapsed at the end of month `month` (N月底). */
export function endOfMonth(year: number, month: number): number {
  return dayOfYear({ year, month, day: daysInMonth(year, month) });
}

/** m/12 with m the months elapsed at the end of `date`, day-precise: 7月31日 → 7/12, 7月15日 → (6 + 15/31)/12. */
export function elapsedShare(date: CalendarDate): Rational {
  const months = add(rational(date.month - 1), rational(date.day, daysInMonth(date.year, date.month)));
  return divide(months, rational(12));
}

/** m/12 as written in a working: "7/12", or "(6 + 15/31)/12" mid-month. */
export function elapsedShareText(date: CalendarDate): string {
  const lastDay = daysInMonth(date.year, date.month);
  return date.day === lastDay ? `${date.month}/12` : `(${date.month - 1} + ${date.day}/${lastDay})/12`;
}

/** The cut-off date of a round; throws DomainError("validation_failed") when it is not a real date (validateRound reports it first). */
export function cutOffDate(cutOff: string): CalendarDate {
  const date = parseIsoDate(cutOff);
  if (!date) throw new DomainError('validation_failed', `监控截止日期“${cutOff}”不是有效日期（应为yyyy-mm-dd）。`, { cutOff });
  return date;
}

/** "7月31日". */
export function chineseDate({ month, day }: CalendarDate): string {
  return `${month}月${day}日`;
}
