/** Reading cells the way a reviewer does: blank, placeholder, accepted grade, folded for comparison. Pure. */
import { toHalfWidth } from '../text';

const needsFolding = /[\s\uff01-\uff5e]/;

/** The cell folded to half-width with all whitespace removed. */
export function compact(text: string): string {
  return needsFolding.test(text) ? toHalfWidth(text).replace(/\s+/g, '') : text;
}

/** Questions about a cell that depend on the pack's placeholders and grades, answered from sets built once. */
export interface CellReader {
  /** A placeholder (*, _, -, —, /, 无) written in place of content: ＊ and * are the same placeholder. */
  isPlaceholder(text: string): boolean;
  /** Empty or only a placeholder. */
  isBlank(text: string): boolean;
  /** A worded target the pack accepts as a grade an evaluator can judge (成效显著, 长期). */
  isAcceptedGrade(text: string): boolean;
}

// Cells much longer than any entry cannot be one (whitespace around it allowed); skips folding long text.
const slack = 8;

function lookupSet(entries: readonly string[], normalize: (text: string) => string): (text: string) => boolean {
  const set = new Set(entries.map(normalize));
  const longest = Math.max(0, ...entries.map((entry) => entry.length));
  return (text) => text.length <= longest + slack && set.has(normalize(text));
}

/** A reader for one pack's placeholders and grades; build once per pack (the engine caches it). */
export function cellReader(placeholders: readonly string[], grades: readonly string[]): CellReader {
  const placeholder = lookupSet(placeholders, compact);
  const grade = lookupSet(grades, (text) => compact(text).replace(/[。.!！]+$/, ''));
  const isPlaceholder = (text: string): boolean => text.trim() !== '' && placeholder(text);
  return {
    isPlaceholder,
    isBlank: (text) => text.trim() === '' || isPlaceholder(text),
    isAcceptedGrade: grade,
  };
}
