/**
 * 指标性质 as people write it: signs (≥, >=, ≮ …) and words before the number (不少于, 控制在 …) or
 * after it (以上, 以内 …). Works on text already folded to half width with whitespace removed.
 */
import type { Comparator } from './target';

type Bound = Exclude<Comparator, '~'>;

interface ComparatorWord {
  text: string;
  comparator: Bound;
}

function byLengthDescending(words: readonly ComparatorWord[]): readonly ComparatorWord[] {
  return [...words].sort((a, b) => b.text.length - a.text.length);
}

/** Signs and words that may stand before the number. 达到 (reach) means at least. */
const prefixWords = byLengthDescending([
  { text: '>=', comparator: '≥' }, { text: '=>', comparator: '≥' }, { text: '≥', comparator: '≥' }, { text: '≮', comparator: '≥' },
  { text: '<=', comparator: '≤' }, { text: '=<', comparator: '≤' }, { text: '≤', comparator: '≤' }, { text: '≯', comparator: '≤' },
  { text: '>', comparator: '>' }, { text: '<', comparator: '<' }, { text: '=', comparator: '=' },
  { text: '大于等于', comparator: '≥' }, { text: '大于或等于', comparator: '≥' }, { text: '不少于', comparator: '≥' },
  { text: '不低于', comparator: '≥' }, { text: '不小于', comparator: '≥' }, { text: '至少', comparator: '≥' },
  { text: '最少', comparator: '≥' }, { text: '达到', comparator: '≥' },
  { text: '小于等于', comparator: '≤' }, { text: '小于或等于', comparator: '≤' }, { text: '不超过', comparator: '≤' },
  { text: '不高于', comparator: '≤' }, { text: '不多于', comparator: '≤' }, { text: '不大于', comparator: '≤' },
  { text: '至多', comparator: '≤' }, { text: '最多', comparator: '≤' }, { text: '控制在', comparator: '≤' },
  { text: '大于', comparator: '>' }, { text: '超过', comparator: '>' }, { text: '高于', comparator: '>' }, { text: '多于', comparator: '>' },
  { text: '小于', comparator: '<' }, { text: '低于', comparator: '<' }, { text: '少于', comparator: '<' },
  { text: '等于', comparator: '=' },
]);

/** Words that may close the text after the number and unit (以上 includes the number, as in law). */
const suffixWords = byLengthDescending([
  { text: '及以上', comparator: '≥' }, { text: '或以上', comparator: '≥' }, { text: '以上', comparator: '≥' },
  { text: '及以下', comparator: '≤' }, { text: '或以下', comparator: '≤' }, { text: '以下', comparator: '≤' },
  { text: '以内', comparator: '≤' }, { text: '之内', comparator: '≤' }, { text: '内', comparator: '≤' },
]);

/** A sign written anywhere in a text: the mark of a value meant to be a number. */
export const comparatorSign = /[≥≤<>=≮≯]/;

/** The prefix words as a regular-expression alternation, for patterns that look for a number after one. */
export const prefixWordPattern = prefixWords.map((word) => word.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** The comparators written one after another from `start`, and where they end (≥≥95 has two). */
export function readPrefixComparators(text: string, start: number): { comparators: Bound[]; end: number } {
  const comparators: Bound[] = [];
  let end = start;
  for (let word = matchAt(text, end); word !== undefined; word = matchAt(text, end)) {
    comparators.push(word.comparator);
    end += word.text.length;
  }
  return { comparators, end };
}

function matchAt(text: string, index: number): ComparatorWord | undefined {
  return prefixWords.find((word) => text.startsWith(word.text, index));
}

/** The word closing `text` (以上, 以内 …), or null. */
export function readSuffixComparator(text: string): ComparatorWord | null {
  return suffixWords.find((word) => text.endsWith(word.text)) ?? null;
}

/**
 * One comparator from the one before the number and the one after it, or null when they contradict.
 * Saying it twice the same way (≥95%以上, 控制在50万元以内) is fine; the sign is the more precise.
 */
export function combineComparators(before: Bound | null, after: Bound | null): Bound | null {
  if (before === null) return after ?? '=';
  if (after === null || before === after) return before;
  if (after === '≥' && before === '>') return before;
  if (after === '≤' && before === '<') return before;
  return null;
}
