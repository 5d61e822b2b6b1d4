/**
 * A project's score: each indicator against its (rescaled) weight, budget execution, the total as the
 * exact sum rounded once, and the grade of the rounded total. Shown parts are rounded each on its own
 * (half-up, like the total) for display only, so Σ shown parts can differ from the shown total: by at
 * most 0.005 per part plus 0.005 (and, the shown values being whole hundredths, by 0.01 for the two
 * shown parts of the total's working, which then says why).
 */
import type { Project } from '../model';
import type { RulePack } from '../review/rule-pack';
import { scoreExecution, type ExecutionResult } from './execution';
import { add, compare, fromNumber, parseDecimal, rational, type Rational, zero } from '../rational';
import { effectiveWeights } from './rescale';
import { scoreIndicator, type IndicatorResult } from './score-indicator';
import { roundScore, scoreValue } from './score-value';
import type { IndicatorScore, ProjectScore, SelfEvaluation } from './types';
import { formatHundredths, type Hundredths } from './weights';

/** A project's score with the per-indicator results validation needs. */
export interface ComputedScore {
  score: ProjectScore;
  results: IndicatorResult[];
  execution: ExecutionResult;
}

const points = (weight: Hundredths): Rational => rational(weight, 100);

/**
 * The grade of a total (as shown, 2 decimals) by the pack's bands: the first band, highest first, whose
 * inclusive lower bound the total reaches; the lowest band otherwise.
 */
export function gradeOf(total: Rational, bands: RulePack['gradeBands']): string {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const shown = parseDecimal(roundScore(total)) ?? total;
  return (sorted.find((band) => compare(shown, fromNumber(band.min)) >= 0) ?? sorted[sorted.length - 1])?.grade ?? '';
}

function indicatorScore(position: number, name: string, weight: Hundredths, result: IndicatorResult): IndicatorScore {
  return {
    indicator: position,
    name,
    weight: formatHundredths(result.exact === null ? 0 : weight),
    score: result.exact === null ? null : scoreValue(result.exact),
    outcome: result.outcome,
    overAchieved: result.overAchieved,
    needsExplanation: result.needsExplanation,
    working: result.working,
  };
}

function totalWorking(indicatorSum: Rational, execution: Rational, total: Rational, grade: string): string {
  const shownParts = add(parseDecimal(roundScore(indicatorSum)) ?? zero, parseDecimal(roundScore(execution)) ?? zero);
  const note = compare(shownParts, parseDecimal(roundScore(total)) ?? zero) === 0 ? '' : '（总分由各项精确得分合计后只四舍五入一次，故与两项显示得分之和相差0.01）';
  return `总分 = 指标得分${roundScore(indicatorSum)} + 预算执行得分${roundScore(execution)} = ${roundScore(total)}${note}，等级：${grade}`;
}

/**
 * Scores a project whose weight set is consistent (see validateWeights). Null when nothing with a weight
 * remains after removing the not-applicable indicators. Problems of single indicators (missing actual,
 * an evaluator's score outside its band) leave those indicators at 0 and `complete` false.
 */
export function computeProjectScore(project: Project, evaluation: SelfEvaluation, pack: RulePack): ComputedScore | null {
  const byPosition = new Map(evaluation.indicators.map((entry) => [entry.indicator, entry]));
  const notApplicable = new Set(evaluation.indicators.filter((entry) => entry.notApplicable).map((entry) => entry.indicator));
  const effective = effectiveWeights(evaluation.weights, notApplicable);
  if (!effective) return null;
  const original = new Map(evaluation.weights.indicators.map((entry) => [entry.indicator, entry.weight]));
  const results = project.indicators.map((indicator, index) => {
    const weight = original.get(index + 1) ?? 0;
    const weights = { effective: points(effective.indicators.get(index + 1) ?? weight), original: points(weight) };
    return scoreIndicator(indicator, byPosition.get(index + 1), weights, pack.scoring);
  });
  const execution = scoreExecution(evaluation.adjustedBudget, evaluation.spent, points(effective.execution), pack.scoring);
  const indicatorSum = add(...results.map((result) => result.exact ?? zero));
  const total = add(indicatorSum, execution.exact);
  const grade = gradeOf(total, pack.gradeBands);
  const score: ProjectScore = {
    projectCode: project.code,
    indicators: results.map((result, index) => indicatorScore(index + 1, project.indicators[index]?.name ?? '', effective.indicators.get(index + 1) ?? 0, result)),
    execution: { ratePercent: execution.ratePercent, weight: formatHundredths(effective.execution), score: scoreValue(execution.exact), needsExplanation: execution.needsExplanation, working: execution.working },
    total: scoreValue(total),
    grade,
    rescaling: effective.rescaling,
    complete: results.every((result) => result.outcome !== 'unscored'),
    working: totalWorking(indicatorSum, execution.exact, total, grade),
  };
  return { score, results, execution };
}
