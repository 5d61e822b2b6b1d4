/**
 * Exact rational arithmetic for scores, weights, rates and monitoring ratios: a bigint numerator over a
 * positive bigint denominator, always reduced. Every comparison with a threshold (60 %, 0.8·w, 1.3·A)
 * is made on these values, so that 59.99 % is never taken for 60 %. Decimal inputs (pack numbers,
 * target values, amounts) are read from their decimal text, never through binary floating point.
 * Rounding happens only in {@link roundHalfUp} and {@link truncate}, and only for presentation or for
 * the one final rounding of a score.
 */

/** n/d with d > 0 and gcd(n, d) = 1. Not JSON-serializable (bigint): persist {@link toFractionText}. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** num/den reduced; throws on a zero denominator (a bug: callers check before dividing). */
export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) [n, d] = [-n, -d];
  const divisor = gcd(n, d) || 1n;
  return { num: n / divisor, den: d / divisor };
}

export const zero = rational(0);
export const one = rational(1);

const decimalPattern = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * Reads a decimal text exactly ("86.5", "-0.25", "1e-7", "1,000.5"); null when it is not a number.
 * Thousands separators and surrounding spaces are ignored.
 */
export function parseDecimal(text: string): Rational | null {
  const match = decimalPattern.exec(text.replace(/[,\s]/g, ''));
  if (!match) return null;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  if (whole === '' && fraction === '') return null;
  const exponent = Number(exponentText) - fraction.length;
  if (Math.abs(exponent) > 400) return null;
  const digits = BigInt(`${sign}${whole || '0'}${fraction}`);
  return exponent >= 0 ? rational(digits * 10n ** BigInt(exponent)) : rational(digits, 10n ** BigInt(-exponent));
}

/**
 * A finite JavaScript number as the decimal it prints as (0.8 → 4/5, not the binary double nearest
 * to 0.8): pack thresholds and parsed target values are written in decimal by people.
 */
export function fromNumber(value: number): Rational {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const parsed = parseDecimal(String(value));
  if (!parsed) throw new RangeError(`unreadable number: ${value}`);
  return parsed;
}

/** Reads "n/d" or "n" as written by {@link toFractionText}; null otherwise. */
export function parseFractionText(text: string): Rational | null {
  const match = /^(-?\d+)(?:\/(\d+))?$/.exec(text.trim());
  if (!match || match[2] === '0') return null;
  return rational(BigInt(match[1] ?? '0'), BigInt(match[2] ?? '1'));
}

/** "n/d" (or "n" when whole): the exact value as text, for storage and audit. */
export function toFractionText(value: Rational): string {
  return value.den === 1n ? String(value.num) : `${value.num}/${value.den}`;
}

/** The exact sum (0 for no values). */
export function add(...values: Rational[]): Rational {
  return values.reduce((sum, value) => rational(sum.num * value.den + value.num * sum.den, sum.den * value.den), zero);
}

/** a − b, exact. */
export function subtract(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}

/** The exact product (1 for no values). */
export function multiply(...values: Rational[]): Rational {
  return values.reduce((product, value) => rational(product.num * value.num, product.den * value.den), one);
}

/** a ÷ b; throws when b is zero (a bug: callers guard every division). */
export function divide(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den, a.den * b.num);
}

/** -1, 0 or 1 as a <, =, > b, by integer cross-multiplication. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Sign tests and the smaller or larger of two values, exact. */
export const isZero = (value: Rational): boolean => value.num === 0n;
export const isNegative = (value: Rational): boolean => value.num < 0n;
export const min = (a: Rational, b: Rational): Rational => (compare(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational): Rational => (compare(a, b) >= 0 ? a : b);

/** The value as an integer count of 10^-decimals, rounded half away from zero ("四舍五入"). */
export function roundHalfUp(value: Rational, decimals: number): bigint {
  const scaled = value.num * 10n ** BigInt(decimals);
  const magnitude = scaled < 0n ? -scaled : scaled;
  const rounded = (2n * magnitude + value.den) / (2n * value.den);
  return scaled < 0n ? -rounded : rounded;
}

/** The value as an integer count of 10^-decimals, cut toward zero (for shown ratios that must not cross a threshold). */
export function truncate(value: Rational, decimals: number): bigint {
  return (value.num * 10n ** BigInt(decimals)) / value.den;
}

/** Writes a count of 10^-decimals as a decimal: (862n, 2) → "8.62", (-5n, 2) → "-0.05". */
export function formatScaled(scaled: bigint, decimals: number): string {
  const sign = scaled < 0n ? '-' : '';
  const digits = String(scaled < 0n ? -scaled : scaled).padStart(decimals + 1, '0');
  if (decimals === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** Half-up to `decimals`, as text ("8.62"). */
export function toFixedText(value: Rational, decimals: number): string {
  return formatScaled(roundHalfUp(value, decimals), decimals);
}

/** The shortest exact decimal text when the value has at most `maxDecimals` decimals ("12.5", "10"), else half-up to `maxDecimals`. */
export function toShortText(value: Rational, maxDecimals: number): string {
  const text = toFixedText(value, maxDecimals);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** A float for charts and JSON display; never compared with a threshold. */
export function toNumber(value: Rational): number {
  return Number(toFixedText(value, 12));
}
