/**
 * The one normal form the readers of target values work on: half width (０-９, ％, ＞＝ → 0-9, %, >=),
 * one spelling per sign (≧ → ≥, 〜 → ~, — → -), no whitespace, no closing punctuation (。；，).
 */
import { toHalfWidth } from '../text';

const signVariants: Readonly<Record<string, string>> = {
  '≧': '≥', '⩾': '≥', '≦': '≤', '⩽': '≤',
  '〜': '~', '—': '-', '–': '-', '‒': '-', '−': '-', '﹣': '-', '﹪': '%',
};
const signVariant = /[≧⩾≦⩽〜—–‒−﹣﹪]/g;
// Word exports carry zero-width spaces and joiners as well as ordinary and ideographic spaces.
const whitespace = /[\s\u200b-\u200d\u2060]+/g;
const closingPunctuation = new Set(['。', '.', ';', ',', '、', '!']);

/** The normal form of a target cell's text; the raw text itself is kept by the caller. */
export function normalizeTargetText(raw: string): string {
  const folded = toHalfWidth(raw)
    .replace(signVariant, (sign) => signVariants[sign] ?? sign)
    .replace(whitespace, '');
  // A loop rather than /[。.]+$/: that pattern is quadratic on long runs of punctuation.
  let end = folded.length;
  while (end > 0 && closingPunctuation.has(folded[end - 1] ?? '')) end -= 1;
  return folded.slice(0, end);
}
