/**
 * Exact money. An amount is an integer number of fen (分); documents state amounts in 万元 or 元.
 * Conversions between text and fen go through decimal strings, never binary floating point.
 * Rounding of money happens in one place: {@link roundFen}.
 */
import { toHalfWidth } from './text';

/** An exact amount of money in fen (1 元 = 100 分, 1 万元 = 1,000,000 分). Always a safe integer. */
export type Fen = number & { readonly __unit: 'fen' };

export type MoneyUnit = '万元' | '元';

const decimalsOf: Record<MoneyUnit, number> = { 万元: 6, 元: 2 };

/** Wraps an integer count of fen; throws on a non-integer, which would be a bug. */
export function fen(count: number): Fen {
  if (!Number.isSafeInteger(count)) throw new RangeError(`not a whole number of fen: ${count}`);
  return count as Fen;
}

export const zeroFen = fen(0);

export function addFen(...amounts: Fen[]): Fen {
  return fen(amounts.reduce((sum, amount) => sum + amount, 0));
}

export function subtractFen(a: Fen, b: Fen): Fen {
  return fen(a - b);
}

const amountPattern = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/**
 * Reads an amount written in `unit` ("20.32" 万元 → 20,320,000 fen). Accepts full-width digits and
 * thousands separators. Returns null for text that is not a plain decimal number, or that has more
 * decimals than a fen can hold (e.g. seven decimals of 万元): such a cell needs a person's look.
 */
export function parseAmount(text: string, unit: MoneyUnit): Fen | null {
  const normalized = toHalfWidth(text).replace(/[,\s]/g, '');
  const match = amountPattern.exec(normalized);
  if (!match) return null;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const scale = decimalsOf[unit];
  if (fraction.replace(/0+$/, '').length > scale) return null;
  const digits = (whole + fraction.padEnd(scale, '0')).replace(/^0+(?=\d)/, '');
  const count = Number(digits);
  if (!Number.isSafeInteger(count)) return null;
  return fen(sign === '-' ? -count : count);
}

/**
 * Writes an amount in `unit` with at least `minDecimals` decimals (20,320,000 fen → "20.32" 万元).
 * Exact: no digit is lost, trailing zeros beyond `minDecimals` are dropped.
 */
export function formatAmount(amount: Fen, unit: MoneyUnit, minDecimals = 2): string {
  const scale = decimalsOf[unit];
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(amount)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '').padEnd(minDecimals, '0');
  return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}

/** The amount as a JavaScript number in `unit`, for JSON and charts (20.32); not for arithmetic. */
export function amountInUnit(amount: Fen, unit: MoneyUnit): number {
  return Number(formatAmount(amount, unit, 0));
}

/**
 * The one rounding of money: a fractional count of fen (from a rate or a share) to whole fen,
 * half away from zero.
 */
export function roundFen(fractionalFen: number): Fen {
  return fen(Math.sign(fractionalFen) * Math.round(Math.abs(fractionalFen)));
}
