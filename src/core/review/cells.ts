/** Reading cells the way a reviewer does: blank, placeholder, folded for comparison. Pure helpers. */
import { toHalfWidth } from '../text';

/** The cell folded to half-width with all whitespace removed. */
export function compact(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '');
}

/** A placeholder (*, _, -, —, /, 无) written in place of content: ＊ and * are the same placeholder. */
export function isPlaceholder(text: string, placeholders: readonly string[]): boolean {
  const cell = compact(text);
  return cell !== '' && placeholders.some((placeholder) => compact(placeholder) === cell);
}

/** Empty or only a placeholder. */
export function isBlank(text: string, placeholders: readonly string[]): boolean {
  return compact(text) === '' || isPlaceholder(text, placeholders);
}

/** A worded target the pack accepts as a grade an evaluator can judge (成效显著, 长期). */
export function isAcceptedGrade(text: string, grades: readonly string[]): boolean {
  const cell = compact(text).replace(/[。.!！]+$/, '');
  return grades.some((grade) => compact(grade) === cell);
}
