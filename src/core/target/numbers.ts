/**
 * Reading the number of a target value at a position: Arabic (1,500 / 20.32 / 007) or Chinese
 * (十五 / 两千 / 三点五). Works on text already folded to half width (normalize.ts).
 */
import { isChineseDigit, isChineseNumeralChar, parseChineseDecimal } from './chinese-numerals';

/** A number read from a text: its canonical decimal and where it ends. */
export interface NumberReading {
  /** Canonical ASCII decimal: no grouping, no leading zeros, no trailing fraction zeros ("20.32", "1500"). */
  valueText: string;
  /** Index just after the number. */
  end: number;
  /** Chinese numerals need a known unit to count as a quantity (一流, 十分满意 are words). */
  isChinese: boolean;
}

// Grouping must be regular (1,500 or 12,345,678); anything else stops the number at the first comma.
const arabicNumber = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;

/** The canonical form of a plain decimal written with optional grouping commas ("1,500.50" → "1500.5"). */
export function canonicalDecimal(text: string): string {
  const [whole = '', fraction = ''] = text.replace(/,/g, '').split('.');
  const integer = whole.replace(/^0+(?=\d)/, '');
  const decimals = fraction.replace(/0+$/, '');
  return decimals === '' ? integer : `${integer}.${decimals}`;
}

/** Reads the number that starts exactly at `start`, or returns null when none does. */
export function readNumber(text: string, start: number): NumberReading | null {
  arabicNumber.lastIndex = start;
  const match = arabicNumber.exec(text);
  if (match) return { valueText: canonicalDecimal(match[0]), end: start + match[0].length, isChinese: false };
  return readChineseNumber(text, start);
}

/** Whether a number starts at `index` (used to tell a range separator 至/到/- from a word). */
export function startsNumber(text: string, index: number): boolean {
  const char = text[index] ?? '';
  return (char >= '0' && char <= '9') || isChineseDigit(char) || char === '十';
}

function readChineseNumber(text: string, start: number): NumberReading | null {
  let end = start;
  while (end < text.length) {
    const char = text[end] ?? '';
    const isDecimalPoint = char === '点' && isChineseDigit(text[end + 1] ?? '');
    if (!isChineseNumeralChar(char) && !isDecimalPoint) break;
    end += 1;
  }
  // 百分比 / 百分百 are units, and a final 万 belongs to the unit (三万元 reads like 3万元).
  if (text[end - 1] === '百' && text[end] === '分') end -= 1;
  while (end > start && (text[end - 1] === '万' || text[end - 1] === '亿')) end -= 1;
  if (end === start) return null;
  const valueText = parseChineseDecimal(text.slice(start, end));
  return valueText === null ? null : { valueText, end, isChinese: true };
}
