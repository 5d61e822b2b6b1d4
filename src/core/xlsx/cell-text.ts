/**
 * Grid values as the text a person sees (labels are compared by target-table's labelKey). Dates are
 * written the way target documents write them (2021年12月31日); Excel date serials (days since
 * 1899-12-30, or since 1904-01-01 in a 1904 workbook) become such dates.
 */
import type { GridValue } from './sheet-grid';
import { numberText } from './target-cells';

const dayMilliseconds = 86_400_000;
const epoch1900 = Date.UTC(1899, 11, 30);
const epoch1904 = Date.UTC(1904, 0, 1);

/** A date as target documents write it: 2021年12月31日 (the calendar day the cell shows). */
export function dateText(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** The date of an Excel serial day number. */
export function serialDate(serial: number, date1904: boolean): Date {
  return new Date((date1904 ? epoch1904 : epoch1900) + Math.round(serial) * dayMilliseconds);
}

/** The text a cell shows: numbers as read (15 significant digits), percents with %, dates in Chinese, errors as nothing. */
export function textOf(value: GridValue): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'number':
      return value.percent ? `${numberText(value.value * 100)}%` : numberText(value.value);
    case 'date':
      return dateText(value.date);
    default:
      return '';
  }
}

/** Whether a value shows nothing (an error cell shows its error, so it is not blank). */
export function isBlank(value: GridValue): boolean {
  return value.kind === 'empty' || (value.kind === 'text' && value.text.trim() === '');
}
