/**
 * The score of a quantitative indicator and its working in Chinese, by the target's comparator:
 * ≥ > higher is better, ≤ < lower is better (the pack's formula), = equals, ~ a range. Over-achievement
 * (B ≥ ratio·A) is judged where more is better: ≥, > and = with A > 0.
 */
import type { RulePack } from '../review/rule-pack';
import type { QuantitativeTarget } from '../target/target';
import { equalsTarget, higherIsBetter, isOverAchieved, lowerIsBetter, withinRange, type LowerIsBetterFormula } from './formulas';
import { compare, fromNumber, isNegative, multiply, parseDecimal, rational, zero, type Rational } from '../rational';
import { roundScore } from './score-value';
import { formatPoints, formatQuantity } from './working';

export interface QuantityScore {
  exact: Rational;
  overAchieved: boolean;
  working: string;
}

interface Terms {
  weight: Rational;
  target: Rational;
  actual: Rational;
  unit: string;
  formula: LowerIsBetterFormula;
}

const number = (value: Rational): string => formatQuantity(value, '');

function full(terms: Terms, reason: string): QuantityScore {
  return { exact: terms.weight, overAchieved: false, working: `${reason}，得满分${roundScore(terms.weight)}` };
}

function zeroScore(reason: string): QuantityScore {
  return { exact: zero, overAchieved: false, working: `${reason}，得分0.00` };
}

/** `over` null: over-achievement is not judged (below a range's lower bound). */
function higher(terms: Terms, over: Rational | null, label = '指标值'): QuantityScore {
  const { weight, target, actual, unit } = terms;
  const [a, b] = [formatQuantity(target, unit), formatQuantity(actual, unit)];
  if (compare(actual, target) < 0) {
    const exact = higherIsBetter(weight, target, actual);
    return { exact, overAchieved: false, working: `实际完成值${b} < ${label}${a}；得分 = ${formatPoints(weight)} × ${number(actual)} ÷ ${number(target)} = ${roundScore(exact)}` };
  }
  if (over === null || !isOverAchieved(target, actual, over)) return full(terms, `实际完成值${b} ≥ ${label}${a}`);
  const bar = formatQuantity(multiply(over, target), unit);
  const working = `实际完成值${b} ≥ ${label}${a}的${number(over)}倍（${bar}），属超额完成，得满分${roundScore(weight)}，须说明超额原因`;
  return { exact: weight, overAchieved: true, working };
}

function lower(terms: Terms, label = '指标值'): QuantityScore {
  const { weight, target, actual, unit, formula } = terms;
  const [a, b, w] = [formatQuantity(target, unit), formatQuantity(actual, unit), formatPoints(weight)];
  if (compare(actual, target) <= 0) return full(terms, `实际完成值${b} ≤ ${label}${a}（反向指标）`);
  const exact = lowerIsBetter(weight, target, actual, formula);
  if (compare(target, zero) <= 0) return zeroScore(`实际完成值${b}超过${label}${a}（反向指标）`);
  if (formula === 'ratio') return { exact, overAchieved: false, working: `实际完成值${b}超过${label}${a}（反向指标）；得分 = ${w} × ${number(target)} ÷ ${number(actual)} = ${roundScore(exact)}` };
  if (compare(actual, multiply(rational(2), target)) >= 0) return zeroScore(`实际完成值${b}达到${label}${a}的2倍及以上（反向指标）`);
  const working = `实际完成值${b}超过${label}${a}、不到其2倍（反向指标）；得分 = ${w} × (1 − (${number(actual)} − ${number(target)}) ÷ ${number(target)}) = ${roundScore(exact)}`;
  return { exact, overAchieved: false, working };
}

function equals(terms: Terms, over: Rational): QuantityScore {
  const { weight, target, actual, unit } = terms;
  if (compare(target, zero) !== 0) return higher(terms, over);
  const b = formatQuantity(actual, unit);
  const exact = equalsTarget(weight, target, actual);
  return compare(exact, zero) > 0 ? full(terms, `指标值为0，实际完成值${b} ≤ 0`) : zeroScore(`指标值为0，实际完成值${b} > 0`);
}

function range(terms: Terms, upper: Rational): QuantityScore {
  const { weight, target, actual, unit, formula } = terms;
  if (compare(actual, target) < 0) return higher(terms, null, '指标值下限');
  if (compare(actual, upper) > 0) return lower({ ...terms, target: upper }, '指标值上限');
  const exact = withinRange(weight, target, upper, actual, formula);
  return { exact, overAchieved: false, working: `实际完成值${formatQuantity(actual, unit)}在指标值${number(target)}～${formatQuantity(upper, unit)}之内，得满分${roundScore(exact)}` };
}

/**
 * Scores `actual` (in the target's unit of measure) against a quantitative target with weight w.
 * A negative actual counts as 0 and the working says so.
 */
export function scoreQuantity(target: QuantitativeTarget, actual: Rational, weight: Rational, scoring: RulePack['scoring']): QuantityScore {
  const counted = isNegative(actual) ? zero : actual;
  const terms: Terms = { weight, target: parseDecimal(target.valueText) ?? fromNumber(target.value), actual: counted, unit: target.measureUnit, formula: scoring.lowerIsBetter };
  const over = fromNumber(scoring.overAchievementRatio);
  const result = scoreByComparator(target, terms, over);
  const note = isNegative(actual) ? `实际完成值${formatQuantity(actual, target.measureUnit)}为负数，按0计；` : '';
  return { ...result, working: note + result.working };
}

function scoreByComparator(target: QuantitativeTarget, terms: Terms, over: Rational): QuantityScore {
  switch (target.comparator) {
    case '≥':
    case '>':
      return higher(terms, over);
    case '≤':
    case '<':
      return lower(terms);
    case '=':
      return equals(terms, over);
    case '~':
      return range(terms, fromNumber(target.upper ?? target.value));
  }
}
