/** The one rounding of scores, and the stored form of a score. */
import { toFixedText, toFractionText, type Rational } from '../rational';
import type { ScoreValue } from './types';

/**
 * The one rounding of scores: half-up (四舍五入) to 2 decimals. Totals are rounded once, from the
 * exact sum of exact parts; a part is rounded only to be shown, never to be added.
 */
export function roundScore(exact: Rational): string {
  return toFixedText(exact, 2);
}

/** A score as stored and shown: the exact fraction and its one rounding. */
export function scoreValue(exact: Rational): ScoreValue {
  return { exact: toFractionText(exact), rounded: roundScore(exact) };
}
