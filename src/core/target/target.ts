/**
 * 指标值: a target value. The raw cell text is always kept; the parsed form says what it means.
 * See ../shared/docs/domain.md §2.4.
 */

/** 指标性质 / 计算符号. "~" is a closed range [value, upper] (e.g. 一至两年, 90%-95%). */
export type Comparator = '≥' | '≤' | '=' | '>' | '<' | '~';

/** 正向 (higher is better), 反向 (lower is better), or a point/range to hit. Follows the comparator. */
export type Direction = 'higher' | 'lower' | 'exact';

/** A number with a unit and a comparator: ≥95%, ≤20.32万元, 418个, 一至两年. */
export interface QuantitativeTarget {
  kind: 'quantitative';
  raw: string;
  comparator: Comparator;
  /** The number (the lower bound for a range). */
  value: number;
  /** The number exactly as a canonical ASCII decimal ("20.32", "1500"), for exact arithmetic (money). */
  valueText: string;
  /** The upper bound of a range ("~"), else null. */
  upper: number | null;
  /** 计量单位, canonical: "%", "万元", "元", "个", "人", "年" … ("" when the document gives none). */
  measureUnit: string;
  direction: Direction;
}

/** A date or deadline: 2021年12月31日, 2021年12月底前完成, 2021年底前完成. */
export interface DeadlineTarget {
  kind: 'deadline';
  raw: string;
  /** The last day the text allows, ISO yyyy-mm-dd (12月底 → 12-31, 2021年底 → 2021-12-31). */
  date: string;
  /** "≤" for "by"/"before" (前, 底前, 以前), "=" for "on". */
  comparator: '≤' | '=';
}

/** A grade or an effect in words: 成效显著, 长期, or any sentence that is not a number or a date. */
export interface QualitativeTarget {
  kind: 'qualitative';
  raw: string;
}

export type Target = QuantitativeTarget | DeadlineTarget | QualitativeTarget;

export type TargetKind = Target['kind'];

export function directionOf(comparator: Comparator): Direction {
  if (comparator === '≥' || comparator === '>') return 'higher';
  if (comparator === '≤' || comparator === '<') return 'lower';
  return 'exact';
}
