/**
 * Money and percent cells of the exported workbook. Amounts are numbers in the document's money unit
 * shown with two decimals ("0.00"; six for 万元 amounts that have fen); the spending plan's percents are
 * fractions shown as "0.00%", so that Excel can compute with both. The cells as written by the unit
 * (budgetRaw, the plan's raw) travel in the hidden 原文 cells (layout.ts).
 */
import { amountInUnit, formatAmount, type Fen, type MoneyUnit } from '../money';

export const percentFormat = '0.00%';

/** The number format that shows `amount` without hiding a digit. */
export function moneyFormat(amount: Fen, unit: MoneyUnit): string {
  const decimals = formatAmount(amount, unit).split('.')[1]?.length ?? 0;
  return decimals > 2 ? `0.${'0'.repeat(decimals)}` : '0.00';
}

/** The amount as a cell value (a number in `unit`). */
export function moneyValue(amount: Fen, unit: MoneyUnit): number {
  return amountInUnit(amount, unit);
}

/** A cumulative percent (50) as the cell's fraction (0.5); null (no commitment) as an empty cell. */
export function percentValue(percent: number | null): number | null {
  return percent === null ? null : Number((percent / 100).toPrecision(15));
}
