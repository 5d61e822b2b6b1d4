/**
 * The scoring formulas of domain.md §5, exact. w is the weight, A the target, B the actual value; a
 * negative B counts as 0. Every function returns a value in [0, w] for w ≥ 0.
 */
import type { RulePack } from '../review/rule-pack';
import type { QualitativeGrade } from './types';
import { compare, divide, fromNumber, isZero, max, multiply, one, rational, subtract, zero, type Rational } from '../rational';

export type LowerIsBetterFormula = RulePack['scoring']['lowerIsBetter'];

const two = rational(2);

/** B with a negative value counted as 0. */
export const countedActual = (actual: Rational): Rational => max(actual, zero);

/** Higher is better (≥ >): B ≥ A → w, else w·B/A. */
export function higherIsBetter(weight: Rational, target: Rational, actual: Rational): Rational {
  const b = countedActual(actual);
  if (compare(b, target) >= 0) return weight;
  return divide(multiply(weight, b), target);
}

/**
 * Lower is better (≤ <). "linear-2a": B ≤ A → w; A < B < 2A → w·(1 − (B−A)/A); B ≥ 2A → 0.
 * "ratio": B ≤ A → w, else w·A/B. A target of 0 or less that B exceeds scores 0 under both.
 */
export function lowerIsBetter(weight: Rational, target: Rational, actual: Rational, formula: LowerIsBetterFormula): Rational {
  const b = countedActual(actual);
  if (compare(b, target) <= 0) return weight;
  if (compare(target, zero) <= 0) return zero;
  if (formula === 'ratio') return divide(multiply(weight, target), b);
  if (compare(b, multiply(two, target)) >= 0) return zero;
  return multiply(weight, subtract(one, divide(subtract(b, target), target)));
}

/** Equals (=): A = 0 → (B ≤ 0 ? w : 0); otherwise as higher is better. */
export function equalsTarget(weight: Rational, target: Rational, actual: Rational): Rational {
  if (isZero(target)) return compare(actual, zero) <= 0 ? weight : zero;
  return higherIsBetter(weight, target, actual);
}

/**
 * A range [lower, upper] (一至两年, 90%–95%): within → w; below → as higher is better against the lower
 * bound; above → as lower is better against the upper bound (the pack's formula).
 */
export function withinRange(weight: Rational, lower: Rational, upper: Rational, actual: Rational, formula: LowerIsBetterFormula): Rational {
  const b = countedActual(actual);
  if (compare(b, lower) < 0) return higherIsBetter(weight, lower, b);
  if (compare(b, upper) > 0) return lowerIsBetter(weight, upper, b, formula);
  return weight;
}

/** Over-achievement (higher is better and equals, A > 0): B ≥ ratio·A. Scores full, needs an explanation. */
export function isOverAchieved(target: Rational, actual: Rational, ratio: Rational): boolean {
  return compare(target, zero) > 0 && compare(actual, multiply(ratio, target)) >= 0;
}

/** The evaluator's bands for a qualitative grade, as shares of w: achieved [a·w, w], partial [p·w, a·w), not achieved [0, p·w). */
export interface Band {
  lower: Rational;
  upper: Rational;
  /** Whether `upper` itself belongs to the band (only for "achieved"). */
  upperIncluded: boolean;
}

/** The band of `grade` for weight w, from the pack's shares. */
export function bandOf(grade: QualitativeGrade, weight: Rational, bands: RulePack['scoring']['qualitativeBands']): Band {
  const achieved = multiply(weight, fromNumber(bands.achieved));
  const partial = multiply(weight, fromNumber(bands.partial));
  if (grade === 'achieved') return { lower: achieved, upper: weight, upperIncluded: true };
  if (grade === 'partial') return { lower: partial, upper: achieved, upperIncluded: false };
  return { lower: zero, upper: partial, upperIncluded: false };
}

/** Whether `score` lies in `band`. */
export function isInBand(score: Rational, band: Band): boolean {
  const belowUpper = band.upperIncluded ? compare(score, band.upper) <= 0 : compare(score, band.upper) < 0;
  return compare(score, band.lower) >= 0 && belowUpper;
}
