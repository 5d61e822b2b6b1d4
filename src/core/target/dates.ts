/**
 * Calendar dates of target values: 2021年12月31日, 2021年12月底, 2021年底, 2021-12-31, 二〇二一年十二月.
 * A date is read as the last day the text allows (12月底 → the 31st, 2021年底 → 2021-12-31).
 */
import { parseChineseDigitSequence, parseChineseInteger } from './chinese-numerals';
import type { TargetProblem } from './problems';

/** A date found in a text (already folded to half width and with Arabic numerals). */
export interface DateMention {
  /** Where it stands in the text. */
  start: number;
  end: number;
  /** The date as written, for messages. */
  text: string;
  /** ISO yyyy-mm-dd, or the reason no day can be told. */
  reading: { iso: string } | { problem: TargetProblem };
  /** Only a year (2021年): a count or a mention unless the text says what happens by then. */
  isYearOnly: boolean;
}

// Groups: 1 year; 2 separator, 3 month, 4 day (2021-12-31); 5 month, 6 day, 7 part of the month;
// 8 part of the year. Bounded quantifiers and a fixed start: no backtracking beyond a few characters.
const datePattern =
  /(?<!\d)(\d{4})(?:([-./])(\d{1,2})\2(\d{1,2})(?!\d)|年(?:(\d{1,2})月(?:(\d{1,2})[日号]|(上旬|中旬|下旬|底|末|份|初|中))?|(底|末|终|上半年|下半年|第?[1-4一二三四]季度|初|中))?)/g;
const chineseNumeralRun = /[〇零一二两三四五六七八九十百千]+/g;
const quarterDigit = /[1-4一二三四](?=季度)/;
const quarterNumbers: Readonly<Record<string, number>> = { 1: 1, 2: 2, 3: 3, 4: 4, 一: 1, 二: 2, 三: 3, 四: 4 };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Rewrites Chinese numerals that stand before 年, 月, 日 or 号 in Arabic digits (二〇二一年十二月 →
 * 2021年12月), so that one pattern reads both. Numerals elsewhere (一至两年 → 一至2年 aside) are kept.
 */
export function arabicizeDateNumerals(text: string): string {
  return text.replace(chineseNumeralRun, (run: string, offset: number) => {
    const next = text[offset + run.length];
    if (next !== '年' && next !== '月' && next !== '日' && next !== '号') return run;
    const value = (next === '年' ? parseChineseDigitSequence(run) : null) ?? parseChineseInteger(run);
    return value === null ? run : String(value);
  });
}

/** Every date mention in `text` (Arabic numerals), in order; years outside 1900–2199 are not dates. */
export function findDates(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of text.matchAll(datePattern)) {
    const year = Number(match[1]);
    if (year < 1900 || year > 2199) continue;
    const start = match.index;
    mentions.push({
      start,
      end: start + match[0].length,
      text: match[0],
      reading: readDate(year, match),
      isYearOnly: match[2] === undefined && match[5] === undefined && match[8] === undefined,
    });
  }
  return mentions;
}

function readDate(year: number, match: RegExpMatchArray): DateMention['reading'] {
  const written = match[0];
  const [, , separator, separatedMonth, separatedDay, month, day, partOfMonth, partOfYear] = match;
  if (separator !== undefined) return readDay(written, year, Number(separatedMonth), Number(separatedDay));
  if (month !== undefined && day !== undefined) return readDay(written, year, Number(month), Number(day));
  if (month !== undefined) return readMonth(written, year, Number(month), partOfMonth);
  return readYear(written, year, partOfYear);
}

function readDay(written: string, year: number, month: number, day: number): DateMention['reading'] {
  if (month < 1 || month > 12) return impossible(written, '月份应在1至12之间');
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return impossible(written, `${year}年${month}月只有${days}天`);
  return { iso: iso(year, month, day) };
}

function readMonth(written: string, year: number, month: number, part: string | undefined): DateMention['reading'] {
  if (month < 1 || month > 12) return impossible(written, '月份应在1至12之间');
  if (part === '初' || part === '中') return unclear(written, `“月${part}”不是一个具体日期`);
  const day = part === '上旬' ? 10 : part === '中旬' ? 20 : daysInMonth(year, month);
  return { iso: iso(year, month, day) };
}

function readYear(written: string, year: number, part: string | undefined): DateMention['reading'] {
  if (part === '初' || part === '中') return unclear(written, `“年${part}”不是一个具体日期`);
  if (part === '上半年') return { iso: iso(year, 6, 30) };
  const quarter = part === undefined ? undefined : quarterDigit.exec(part)?.[0];
  const month = quarter === undefined ? 12 : 3 * (quarterNumbers[quarter] ?? 4);
  return { iso: iso(year, month, daysInMonth(year, month)) };
}

function impossible(date: string, reason: string): DateMention['reading'] {
  return { problem: { kind: 'impossible-date', date, reason } };
}

function unclear(date: string, reason: string): DateMention['reading'] {
  return { problem: { kind: 'unclear-date', date, reason } };
}
