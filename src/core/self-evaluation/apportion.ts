/**
 * Spreading a whole number of hundredths over parts so that the parts add up exactly (largest
 * remainder method): each part gets the whole hundredths of its exact share, and the hundredths left
 * over go one each to the parts with the largest remainders, ties to the earlier part. Deterministic.
 */
import { add, compare, divide, isNegative, isZero, multiply, rational, subtract, type Rational } from '../rational';

/**
 * Splits `total` (a non-negative integer) in proportion to `proportions` (non-negative, not all zero).
 * The result has one integer per proportion and adds up to `total` exactly; each part differs from its
 * exact share by less than 1.
 */
export function apportion(total: number, proportions: readonly Rational[]): number[] {
  const sum = add(...proportions);
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`cannot apportion ${total}`);
  if (isZero(sum) || proportions.some(isNegative)) throw new RangeError('proportions must be non-negative and not all zero');
  const shares = proportions.map((proportion) => divide(multiply(rational(total), proportion), sum));
  const floors = shares.map((share) => share.num / share.den);
  const remainders = shares.map((share, index) => subtract(share, rational(floors[index] ?? 0n)));
  let left = BigInt(total) - floors.reduce((acc, part) => acc + part, 0n);
  const order = remainders.map((_, index) => index).sort((a, b) => compare(remainders[b] ?? rational(0), remainders[a] ?? rational(0)) || a - b);
  for (const index of order) {
    if (left === 0n) break;
    floors[index] = (floors[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return floors.map(Number);
}

/** Splits `total` into `count` equal parts, the extra hundredths to the first parts. */
export function splitEvenly(total: number, count: number): number[] {
  return apportion(total, Array.from({ length: count }, () => rational(1)));
}
