/** How numbers appear in the Chinese working of a score or a light. Display only: nothing here feeds a computation. */
import { formatAmount, type Fen } from '../money';
import { multiply, rational, toFixedText, toShortText, type Rational } from '../rational';

/** A number as people write it, up to 4 decimals, with its unit of measure: 95%, 20.32万元, 418个. */
export function formatQuantity(value: Rational, measureUnit: string): string {
  return `${toShortText(value, 4)}${measureUnit}`;
}

/** A weight in points without trailing zeros: 10, 12.5, 16.67. */
export function formatPoints(value: Rational): string {
  return toShortText(value, 2);
}

/** A share (0.8618304) as a percent with 2 decimals, half-up: "86.18%". */
export function formatPercent(share: Rational): string {
  return `${toFixedText(multiply(share, rational(100)), 2)}%`;
}

/** An amount in 元 with thousands separators and 2 decimals: 21,545,760 fen → "215,457.60". */
export function formatYuan(amount: Fen): string {
  const [whole = '0', fraction = '00'] = formatAmount(amount, '元').split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '');
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}
