/**
 * Chinese numerals (中文数字) as people write them in target values: 三, 十五, 两千, 一百零五, 三点五,
 * the financial forms (壹贰叁 … 拾佰仟), and the digit-by-digit years of dates (二〇二一).
 * Strict on purpose: a form a reader could take two ways (一百五 = 150 or 105?) is not a number.
 */

const digitValues: ReadonlyMap<string, number> = new Map([
  ['〇', 0], ['零', 0],
  ['一', 1], ['壹', 1],
  ['二', 2], ['贰', 2], ['两', 2],
  ['三', 3], ['叁', 3],
  ['四', 4], ['肆', 4],
  ['五', 5], ['伍', 5],
  ['六', 6], ['陆', 6],
  ['七', 7], ['柒', 7],
  ['八', 8], ['捌', 8],
  ['九', 9], ['玖', 9],
]);

const placeValues: ReadonlyMap<string, number> = new Map([
  ['十', 10], ['拾', 10],
  ['百', 100], ['佰', 100],
  ['千', 1000], ['仟', 1000],
]);

const bigUnits = [
  { char: '亿', value: 100_000_000 },
  { char: '万', value: 10_000 },
] as const;

/** Whether `char` can be part of a Chinese numeral (a digit, a place or 万/亿; not the decimal point 点). */
export function isChineseNumeralChar(char: string): boolean {
  return digitValues.has(char) || placeValues.has(char) || char === '万' || char === '亿';
}

/** Whether `char` is a Chinese digit (〇 to 九, 两, or a financial form), i.e. can start a number. */
export function isChineseDigit(char: string): boolean {
  return digitValues.has(char);
}

/**
 * Reads a whole Chinese numeral (十五 → 15, 两千 → 2000, 十二万五千 → 125000, 一万零五百 → 10500).
 * Returns null for anything that is not one well-formed number, including colloquial short forms
 * (一百五, 三千五, 一万五) whose value a reader has to guess.
 */
export function parseChineseInteger(text: string): number | null {
  if (text === '〇' || text === '零') return 0;
  return parseBelow(text, 0, true);
}

function parseBelow(text: string, unitIndex: number, isLeading: boolean): number | null {
  const unit = bigUnits[unitIndex];
  if (unit === undefined) return parseSection(text, isLeading);
  const at = text.indexOf(unit.char);
  if (at < 0) return parseBelow(text, unitIndex + 1, isLeading);
  const high = parseBelow(text.slice(0, at), unitIndex + 1, isLeading);
  if (high === null || high === 0) return null;
  const low = parseLowPart(text.slice(at + 1), unitIndex);
  return low === null ? null : high * unit.value + low;
}

/** The part after 万 or 亿: empty, led by 零 (a skipped place), or filling the highest place. */
function parseLowPart(text: string, unitIndex: number): number | null {
  if (text === '') return 0;
  const skipsPlace = text.startsWith('零') || text.startsWith('〇');
  const value = parseBelow(skipsPlace ? text.slice(1) : text, unitIndex + 1, false);
  if (value === null) return null;
  const highestPlace = (bigUnits[unitIndex]?.value ?? 1) / 10;
  if (!skipsPlace && value < highestPlace) return null;
  if (skipsPlace && value >= highestPlace) return null;
  return value;
}

/** A number below 10,000: digit/place pairs in falling order, 零 for a skipped place, 十五 for 15. */
function parseSection(text: string, allowBareTen: boolean): number | null {
  if (text === '') return null;
  let value = 0;
  let lastPlace = 10_000;
  let digit: number | null = null;
  let skippedPlace = false;
  for (const [index, char] of [...text].entries()) {
    const digitValue = digitValues.get(char);
    if (digitValue === 0) {
      if (value === 0 || skippedPlace || digit !== null) return null;
      skippedPlace = true;
    } else if (digitValue !== undefined) {
      if (digit !== null) return null;
      digit = digitValue;
    } else {
      const place = placeValues.get(char);
      if (place === undefined || place >= lastPlace) return null;
      const factor = digit ?? (place === 10 && index === 0 && allowBareTen ? 1 : null);
      if (factor === null) return null;
      value += factor * place;
      lastPlace = place;
      digit = null;
      skippedPlace = false;
    }
  }
  return finishSection(value, lastPlace, digit, skippedPlace);
}

function finishSection(value: number, lastPlace: number, digit: number | null, skippedPlace: boolean): number | null {
  if (digit === null) return skippedPlace ? null : value;
  // A last digit after 百 or 千 without 零 (一百五) is the colloquial 150, or 105 to a careless writer.
  const isColloquial = lastPlace > 10 && lastPlace < 10_000 && !skippedPlace;
  return isColloquial ? null : value + digit;
}

/**
 * Reads a Chinese decimal (三点五 → "3.5", 十二 → "12") as a canonical ASCII decimal, or null.
 * The digits after 点 are read one by one (三点一四 → "3.14").
 */
export function parseChineseDecimal(text: string): string | null {
  const [whole = '', fraction, ...rest] = text.split('点');
  if (rest.length > 0) return null;
  const integer = parseChineseInteger(whole);
  if (integer === null || !Number.isSafeInteger(integer)) return null;
  if (fraction === undefined) return String(integer);
  const fractionDigits = parseChineseDigitSequence(fraction);
  if (fractionDigits === null) return null;
  const trimmed = fractionDigits.replace(/0+$/, '');
  return trimmed === '' ? String(integer) : `${integer}.${trimmed}`;
}

/** Reads digits written one by one (二〇二一 → "2021"), as in years; null unless every char is a digit. */
export function parseChineseDigitSequence(text: string): string | null {
  if (text === '') return null;
  let digits = '';
  for (const char of text) {
    const value = digitValues.get(char);
    if (value === undefined || char === '两') return null;
    digits += String(value);
  }
  return digits;
}
