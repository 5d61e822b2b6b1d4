/**
 * 预算执行: rate = spent ÷ adjusted budget; score = min(1, rate) × w. The rate is shown with 2 decimals
 * (half-up) for reading only: the score is computed from the exact rate and rounded once.
 * Example (domain.md §5): 215,457.60 ÷ 250,000.00 = 0.8618304, shown 86.18%; 0.8618304 × 10 = 8.618304 → 8.62.
 */
import type { Fen } from '../money';
import type { RulePack } from '../review/rule-pack';
import { compare, divide, fromNumber, min, multiply, one, rational, toFixedText, zero, type Rational } from '../rational';
import { roundScore } from './score-value';
import { formatPercent, formatPoints, formatYuan } from './working';

export interface ExecutionResult {
  exact: Rational;
  /** The rate as a percent with 2 decimals ("86.18"); null when the budget is not positive. */
  ratePercent: string | null;
  /** Below the pack's threshold or above the budget. */
  needsExplanation: boolean;
  working: string;
}

/** The execution rate spent ÷ budget, exact; null when the budget is not positive. A negative amount spent counts as 0. */
export function executionRate(adjustedBudget: Fen, spent: Fen): Rational | null {
  if (adjustedBudget <= 0) return null;
  return divide(rational(Math.max(spent, 0)), rational(adjustedBudget));
}

/** Scores budget execution with weight w (after rescaling); see the module comment. */
export function scoreExecution(adjustedBudget: Fen, spent: Fen, weight: Rational, scoring: RulePack['scoring']): ExecutionResult {
  const rate = executionRate(adjustedBudget, spent);
  if (rate === null) {
    return { exact: zero, ratePercent: null, needsExplanation: false, working: `全年预算数为${formatYuan(adjustedBudget)}元，无法计算执行率，暂记0分。` };
  }
  const counted = min(rate, one);
  const exact = multiply(counted, weight);
  const threshold = divide(fromNumber(scoring.executionExplanationBelowPercent), rational(100));
  const isOver = compare(rate, one) > 0;
  const ratio = `执行率 = ${formatYuan(spent)} ÷ ${formatYuan(adjustedBudget)} = ${formatPercent(rate)}`;
  const score = `得分 = ${formatPercent(counted)} × ${formatPoints(weight)} = ${roundScore(exact)}`;
  return {
    exact,
    ratePercent: toFixedText(multiply(rate, rational(100)), 2),
    needsExplanation: compare(rate, threshold) < 0 || isOver,
    working: isOver ? `${ratio}，超过100%按100%计；${score}` : `${ratio}；${score}`,
  };
}
