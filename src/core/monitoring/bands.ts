/**
 * The bands of a ratio (domain.md §4, thresholds from the rule pack): r < red → red; red ≤ r < yellow →
 * yellow; r ≥ yellow → green, inclusive lower bounds exactly as the pack writes them. The comparison is
 * exact; the ratio is shown cut (not rounded) to as many decimals as the thresholds need, at least two,
 * so that a shown 60.00 % never stands for a red 59.996 %.
 */
import type { RulePack } from '../review/rule-pack';
import { compare, divide, formatScaled, fromNumber, multiply, rational, toShortText, truncate, type Rational } from '../rational';
import { lightLabels, type LightColor } from './types';

export interface BandJudgement {
  color: Extract<LightColor, 'red' | 'yellow' | 'green'>;
  /** e.g. "比值 60.00% ≥ 60% 且 < 80% → 黄灯". */
  comparison: string;
}

const percentOf = (value: number): Rational => divide(fromNumber(value), rational(100));

function decimalsOf(value: number): number {
  const text = toShortText(fromNumber(value), 6);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

/** The ratio as a percent, cut to `decimals` decimals: 0.599999 → "59.99%". */
export function cutPercent(ratio: Rational, decimals = 2): string {
  return `${formatScaled(truncate(multiply(ratio, rational(100)), decimals), decimals)}%`;
}

/** The color of `ratio` (a share: 0.6 is 60 %) and the comparison that decided it, in Chinese. */
export function judgeRatio(ratio: Rational, monitoring: RulePack['monitoring'], label = '比值'): BandJudgement {
  const { redBelowPercent: red, yellowBelowPercent: yellow } = monitoring;
  const shown = cutPercent(ratio, Math.max(2, decimalsOf(red), decimalsOf(yellow)));
  const [redText, yellowText] = [`${toShortText(fromNumber(red), 6)}%`, `${toShortText(fromNumber(yellow), 6)}%`];
  if (compare(ratio, percentOf(red)) < 0) return { color: 'red', comparison: `${label} ${shown} < ${redText} → ${lightLabels.red}` };
  if (compare(ratio, percentOf(yellow)) < 0) return { color: 'yellow', comparison: `${label} ${shown} ≥ ${redText} 且 < ${yellowText} → ${lightLabels.yellow}` };
  return { color: 'green', comparison: `${label} ${shown} ≥ ${yellowText} → ${lightLabels.green}` };
}
