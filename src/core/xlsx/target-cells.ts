/**
 * 指标值 in the national layout: split over 指标性质 | 指标值 | 度量单位, and joined back into the
 * written form when the hidden 指标值原文 cell is missing or no longer agrees with what is shown.
 */
import type { Target } from '../target/target';
import { toHalfWidth } from '../text';
import { qualitativeNature, rangeNature } from './layout';

/** What the three visible cells show; `value` is a number where the target's number is plain. */
export interface TargetCells {
  nature: string;
  value: string | number;
  measureUnit: string;
}

const plainDecimal = /^[+-]?\d+(?:\.\d+)?$/;
const bareDate = /^\d[\d年月日号.\-/]*$/;

/** A number as a person reads it in a cell: at most 15 significant digits, so 0.1 + 0.2 reads 0.3. */
export function numberText(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

/** A decimal text as a number cell when the number says exactly the same, else the text. */
function numberOrText(text: string): string | number {
  const value = Number(text);
  return plainDecimal.test(text) && numberText(value) === text ? value : text;
}

/** The visible cells of a target: comparator, number and unit for quantities; the words for the rest. */
export function targetCells(target: Target): TargetCells {
  if (target.kind === 'quantitative') {
    if (target.comparator === '~') {
      return { nature: rangeNature, value: `${target.valueText}~${numberText(target.upper ?? target.value)}`, measureUnit: target.measureUnit };
    }
    return { nature: target.comparator, value: numberOrText(target.valueText), measureUnit: target.measureUnit };
  }
  if (target.kind === 'deadline') return { nature: target.comparator, value: target.raw, measureUnit: '' };
  return { nature: qualitativeNature, value: target.raw, measureUnit: '' };
}

const comparatorSpellings: Record<string, string> = { '>=': '≥', '<=': '≤', '≧': '≥', '≦': '≤', '=': '=', '>': '>', '<': '<', '≥': '≥', '≤': '≤', '==': '=' };

/** 指标性质 as one of ≥ ≤ = > <, or '' when it is not a comparator (定性, 区间, 正向指标 …). */
export function comparatorOf(nature: string): string {
  return comparatorSpellings[toHalfWidth(nature).replace(/\s+/g, '')] ?? '';
}

/** Whether two sets of cells show the same target (the test for trusting the hidden 原文 cell). */
export function sameCells(a: TargetCells, b: TargetCells): boolean {
  const text = (value: string | number) => (typeof value === 'number' ? numberText(value) : value);
  const nature = (value: string) => comparatorOf(value) || value.trim();
  return nature(a.nature) === nature(b.nature) && text(a.value) === text(b.value) && a.measureUnit.trim() === b.measureUnit.trim();
}

/**
 * The written target rebuilt from the visible cells: "≥" + "95" + "%" → "≥95%"; a range or words as
 * shown (a range with its unit). "=" is not written, as people do not write it (418个).
 */
export function joinTargetCells(cells: TargetCells): string {
  const value = typeof cells.value === 'number' ? numberText(cells.value) : cells.value.trim();
  const unit = cells.measureUnit.trim();
  const comparator = comparatorOf(cells.nature);
  if (plainDecimal.test(toHalfWidth(value))) return `${comparator === '=' ? '' : comparator}${value}${unit}`;
  if (cells.nature.trim() === rangeNature) return `${value}${unit}`;
  // A bare date with "≤" reads as "by" (2021年12月31日 → ≤2021年12月31日); words after a date say it already.
  if ((comparator === '≤' || comparator === '<') && bareDate.test(toHalfWidth(value))) return `${comparator}${value}`;
  return value;
}
