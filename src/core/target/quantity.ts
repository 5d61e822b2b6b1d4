/**
 * Quantitative target values: [comparator] number [unit] [comparator word], or a range
 * number [unit] (-|~|至|到) number unit. Works on normalized text (normalize.ts).
 */
import { combineComparators, comparatorSign, prefixWordPattern, readPrefixComparators, readSuffixComparator } from './comparator-words';
import { canonicalMeasureUnit } from './measure-units';
import { readNumber, startsNumber, type NumberReading } from './numbers';
import type { TargetProblem } from './problems';
import { directionOf, type Comparator, type QuantitativeTarget } from './target';

export type Quantity = Omit<QuantitativeTarget, 'raw'>;

/** A quantity, or why the text is not one (null: it does not look like a number at all). */
export type QuantityReading = { quantity: Quantity } | { problem: TargetProblem | null };

type Bound = Exclude<Comparator, '~'>;
type Strict = Quantity | TargetProblem | null;

/** Longer texts are sentences, not values: not worth reading as a quantity. */
const longestQuantity = 64;
/** Up to this length a text that starts like a number is reported when it cannot be read. */
const longestReported = 30;

const fourDigits = /^\d{4}$/;
const startsLikeNumber = new RegExp(`^(?:${prefixWordPattern})?(?:百分之)?\\d`);
// -5%: a negative number, or a placeholder dash followed by a number? A reader cannot tell.
const signedNumber = /^[-+]\d/;

/** Reads `text` (normalized) as a quantity. */
export function readQuantity(text: string): QuantityReading {
  if (text.length > longestQuantity) return { problem: null };
  const strict = readStrict(text);
  if (strict?.kind === 'quantitative') return { quantity: strict };
  if (text.length > longestReported) return { problem: null };
  if (strict !== null && (startsLikeNumber.test(text) || comparatorSign.test(text))) return { problem: strict };
  if (comparatorSign.test(text)) return { problem: textBeforeValue(text) ?? { kind: 'unsupported-form' } };
  if (signedNumber.test(text)) return { problem: { kind: 'unsupported-form' } };
  return { problem: null };
}

/** 满意度≥95%: a value a reader can see, preceded by words that do not belong in the cell. */
function textBeforeValue(text: string): TargetProblem | null {
  const at = comparatorSign.exec(text)?.index ?? 0;
  if (at === 0) return null;
  const rest = readStrict(text.slice(at));
  if (rest?.kind !== 'quantitative') return null;
  return { kind: 'text-before-value', before: text.slice(0, at), value: text.slice(at) };
}

function readStrict(text: string): Strict {
  const suffix = readSuffixComparator(text);
  const body = suffix === null ? text : text.slice(0, text.length - suffix.text.length);
  const prefix = readPrefixComparators(body, 0);
  if (prefix.comparators.length > 1) return { kind: 'conflicting-comparators' };
  const before = prefix.comparators[0] ?? null;
  const after = suffix?.comparator ?? null;
  if (body.startsWith('百分之', prefix.end)) return readPercentWords(body, prefix.end + 3, before, after);
  const first = readNumber(body, prefix.end);
  if (first === null) return before === null ? null : { kind: 'no-number' };
  const separator = findRangeSeparator(body, first.end);
  if (separator === null) return single(body, prefix.end, first, before, after);
  const second = readNumber(body, separator.end);
  if (second === null) return { kind: 'unsupported-form' };
  if (before !== null || after !== null) return { kind: 'bad-range', reason: '区间前后又写了比较符号' };
  return range(
    { ...first, written: body.slice(prefix.end, first.end), unit: body.slice(first.end, separator.at) },
    { ...second, written: body.slice(separator.end, second.end), unit: body.slice(second.end) },
  );
}

/** 百分之九十五, 不低于百分之九十: the percent written in words. */
function readPercentWords(body: string, start: number, before: Bound | null, after: Bound | null): Strict {
  const number = body.slice(start) === '百' ? { valueText: '100', end: body.length, isChinese: true } : readNumber(body, start);
  if (number === null) return before === null ? null : { kind: 'no-number' };
  if (number.end !== body.length) return null;
  return quantity(combineComparators(before, after), number.valueText, null, '%');
}

function single(body: string, start: number, number: NumberReading, before: Bound | null, after: Bound | null): Strict {
  const numberWritten = body.slice(start, number.end);
  const written = body.slice(number.end);
  if (isYear(numberWritten, written)) return null;
  const unit = canonicalMeasureUnit(written, number.isChinese ? 'chinese' : 'arabic');
  if (unit === null) return { kind: 'bad-unit', number: numberWritten, unit: written };
  return quantity(combineComparators(before, after), number.valueText, null, unit);
}

/** One end of a range: the number, as written, with the unit written after it. */
interface RangeEnd extends NumberReading {
  written: string;
  unit: string;
}

function range(first: RangeEnd, second: RangeEnd): Strict {
  if (isYear(first.written, second.unit) || isYear(second.written, second.unit)) return null;
  const firstUnit = first.unit === '' ? null : canonicalMeasureUnit(first.unit, first.isChinese ? 'chinese' : 'arabic');
  if (first.unit !== '' && firstUnit === null) return { kind: 'bad-unit', number: first.written, unit: first.unit };
  const secondUnit = canonicalMeasureUnit(second.unit, second.isChinese ? 'chinese' : 'arabic');
  const unit = second.unit === '' && firstUnit !== null ? firstUnit : secondUnit;
  if (unit === null) return { kind: 'bad-unit', number: second.written, unit: second.unit };
  if (firstUnit !== null && firstUnit !== unit) return { kind: 'bad-range', reason: '两端的计量单位不一致' };
  if (Number(first.valueText) > Number(second.valueText)) return { kind: 'bad-range', reason: '下限大于上限' };
  return quantity('~', first.valueText, Number(second.valueText), unit);
}

function quantity(comparator: Comparator | null, valueText: string, upper: number | null, measureUnit: string): Strict {
  if (comparator === null) return { kind: 'conflicting-comparators' };
  return { kind: 'quantitative', comparator, value: Number(valueText), valueText, upper, measureUnit, direction: directionOf(comparator) };
}

/** 2021年 is a year, never a count of years: the deadline reader has had its chance at it. */
function isYear(numberWritten: string, unitWritten: string): boolean {
  if (!unitWritten.startsWith('年') || !fourDigits.test(numberWritten)) return false;
  const year = Number(numberWritten);
  return year >= 1900 && year <= 2199;
}

/** The first -, ~, 至 or 到 after the first number that is followed by a number. */
function findRangeSeparator(body: string, from: number): { at: number; end: number } | null {
  for (let at = from; at < body.length; at += 1) {
    const char = body[at];
    const isSeparator = char === '-' || char === '~' || char === '至' || char === '到';
    if (isSeparator && startsNumber(body, at + 1)) return { at, end: at + 1 };
  }
  return null;
}
