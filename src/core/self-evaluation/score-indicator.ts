/**
 * The score of one indicator against its (rescaled) weight, with its working in Chinese. An actual
 * value that is missing, of the wrong kind or unreadable, or an evaluator's score outside its band,
 * leaves the indicator unscored (0 points) with a `problem` that validation reports at the indicator.
 * An evaluator's score is given in points of the weight set's weight (before rescaling for
 * not-applicable indicators), checked against that weight's bands, and converted in proportion when
 * the weight was rescaled: marking another indicator not applicable never invalidates a score given.
 */
import type { Indicator } from '../model';
import type { RulePack } from '../review/rule-pack';
import type { DeadlineTarget } from '../target/target';
import { bandOf, isInBand } from './formulas';
import { parseIsoDate } from '../iso-date';
import { compare, divide, isZero, multiply, parseDecimal, zero, type Rational } from '../rational';
import { scoreQuantity } from './quantity-score';
import { roundScore } from './score-value';
import { formatPoints } from './working';
import { qualitativeGradeLabels, type Actual, type ActualKind, type IndicatorEvaluation, type IndicatorOutcome } from './types';

export type ActualProblemCode = 'self-evaluation.actual-missing' | 'self-evaluation.actual-kind' | 'self-evaluation.actual-unreadable' | 'self-evaluation.evaluator-score';

/** Why an indicator could not be scored, in Chinese. */
export interface ActualProblem {
  code: ActualProblemCode;
  message: string;
  suggestion: string;
}

export interface IndicatorResult {
  /** null when the indicator does not apply. */
  exact: Rational | null;
  outcome: IndicatorOutcome;
  overAchieved: boolean;
  needsExplanation: boolean;
  working: string;
  problem: ActualProblem | null;
}

const expectedKind: Readonly<Record<Indicator['target']['kind'], ActualKind>> = { quantitative: 'number', deadline: 'date', qualitative: 'grade' };
const kindLabels: Readonly<Record<ActualKind, string>> = { number: '数值', date: '完成日期', grade: '评定等级和评价人打分' };

function unscored(problem: ActualProblem): IndicatorResult {
  return { exact: zero, outcome: 'unscored', overAchieved: false, needsExplanation: false, working: `${problem.message}暂记0分。`, problem };
}

function scored(exact: Rational, weight: Rational, working: string, overAchieved = false): IndicatorResult {
  const isFull = compare(exact, weight) === 0;
  return { exact, outcome: isFull ? 'full' : 'partial', overAchieved, needsExplanation: !isFull || overAchieved, working, problem: null };
}

/** The evaluator's score when it is a number in [0, w], else null. */
function evaluatorScore(text: string | null, weight: Rational): Rational | null {
  const score = text === null ? null : parseDecimal(text);
  return score !== null && compare(score, zero) >= 0 && compare(score, weight) <= 0 ? score : null;
}

function scoreProblem(text: string | null, weight: Rational, message: string): ActualProblem {
  const given = text === null || text.trim() === '' ? '未打分' : `打分“${text}”不是0到${roundScore(weight)}之间的数`;
  return { code: 'self-evaluation.evaluator-score', message: `${message}，评价人${given}。`, suggestion: `评价人填写0到${roundScore(weight)}之间的分数。` };
}

/** The weight scored against (`effective`, after rescaling) and the weight set's (`original`). */
export interface IndicatorWeights {
  effective: Rational;
  original: Rational;
}

/** An evaluator's score (points of the original weight) in points of the effective weight, with the working of the conversion. */
function converted(score: Rational, weights: IndicatorWeights): { exact: Rational; working: string } {
  if (compare(weights.effective, weights.original) === 0) return { exact: score, working: '' };
  const exact = isZero(weights.original) ? zero : divide(multiply(score, weights.effective), weights.original);
  return { exact, working: `；按调整后的分值折算：${formatPoints(score)} × ${formatPoints(weights.effective)} ÷ ${formatPoints(weights.original)} = ${roundScore(exact)}` };
}

function scoreDeadline(indicator: Indicator & { target: DeadlineTarget }, actual: Extract<Actual, { kind: 'date' }>, weights: IndicatorWeights): IndicatorResult {
  const weight = weights.effective;
  const { name, target } = indicator;
  if (parseIsoDate(actual.date) === null) {
    return unscored({ code: 'self-evaluation.actual-unreadable', message: `指标“${name}”的实际完成日期“${actual.date}”不是有效日期。`, suggestion: '按“2021-12-20”的格式填写实际完成日期。' });
  }
  if (actual.date <= target.date) return scored(weight, weight, `实际完成日期${actual.date}不晚于指标值${target.date}，得满分${roundScore(weight)}`);
  const late = `实际完成日期${actual.date}晚于指标值${target.date}，未按期完成`;
  const score = evaluatorScore(actual.score, weights.original);
  if (score === null) return unscored(scoreProblem(actual.score, weights.original, `指标“${name}”${late}`));
  const conversion = converted(score, weights);
  return scored(conversion.exact, weight, `${late}；评价人打分${roundScore(score)}（满分${roundScore(weights.original)}）${conversion.working}`);
}

function scoreGrade(indicator: Indicator, actual: Extract<Actual, { kind: 'grade' }>, weights: IndicatorWeights, scoring: RulePack['scoring']): IndicatorResult {
  const weight = weights.original;
  const label = qualitativeGradeLabels[actual.grade];
  const score = evaluatorScore(actual.score, weight);
  if (score === null) return unscored(scoreProblem(actual.score, weight, `指标“${indicator.name}”评定为“${label}”`));
  const band = bandOf(actual.grade, weight, scoring.qualitativeBands);
  const range = `${roundScore(band.lower)}～${roundScore(band.upper)}${band.upperIncluded ? '' : `（不含${roundScore(band.upper)}）`}`;
  if (!isInBand(score, band)) {
    const message = `指标“${indicator.name}”评定为“${label}”，评价人打分${roundScore(score)}不在该档分值${range}之内。`;
    return unscored({ code: 'self-evaluation.evaluator-score', message, suggestion: '调整打分或评定等级，使分数落在所评等级的分值范围内。' });
  }
  const conversion = converted(score, weights);
  return scored(conversion.exact, weights.effective, `评价人评定为“${label}”，该档分值${range}，打分${roundScore(score)}${conversion.working}`);
}

function scoreNumber(indicator: Indicator, actual: Extract<Actual, { kind: 'number' }>, weight: Rational, scoring: RulePack['scoring']): IndicatorResult {
  if (indicator.target.kind !== 'quantitative') return wrongKind(indicator, actual);
  const value = parseDecimal(actual.value);
  if (value === null) {
    return unscored({ code: 'self-evaluation.actual-unreadable', message: `指标“${indicator.name}”的实际完成值“${actual.value}”不是数字。`, suggestion: `只填数字，单位按指标值的“${indicator.target.measureUnit || '无单位'}”。` });
  }
  const result = scoreQuantity(indicator.target, value, weight, scoring);
  return scored(result.exact, weight, result.working, result.overAchieved);
}

function wrongKind(indicator: Indicator, actual: Actual): IndicatorResult {
  const expected = kindLabels[expectedKind[indicator.target.kind]];
  const message = `指标“${indicator.name}”的指标值“${indicator.target.raw}”要求填写${expected}，实际完成值填的是${kindLabels[actual.kind]}。`;
  return unscored({ code: 'self-evaluation.actual-kind', message, suggestion: `按指标值填写${expected}。` });
}

function missing(indicator: Indicator): IndicatorResult {
  const target = indicator.target;
  const unit = target.kind === 'quantitative' && target.measureUnit ? `（单位：${target.measureUnit}）` : '';
  const expected = `${kindLabels[expectedKind[target.kind]]}${unit}`;
  return unscored({ code: 'self-evaluation.actual-missing', message: `指标“${indicator.name}”未填写实际完成值。`, suggestion: `填写${expected}。` });
}

/**
 * Scores one indicator against `weights` (see the module comment). A not-applicable indicator has no
 * score (`exact` null). Throws nothing: every problem of the input is a `problem` of the result.
 */
export function scoreIndicator(indicator: Indicator, evaluation: IndicatorEvaluation | undefined, weights: IndicatorWeights, scoring: RulePack['scoring']): IndicatorResult {
  if (evaluation?.notApplicable) {
    const working = `不适用，不计分；原分值${formatPoints(weights.original)}已按比例分配给其余指标。`;
    return { exact: null, outcome: 'not-applicable', overAchieved: false, needsExplanation: false, working, problem: null };
  }
  const actual = evaluation?.actual ?? null;
  if (actual === null) return missing(indicator);
  if (actual.kind !== expectedKind[indicator.target.kind]) return wrongKind(indicator, actual);
  if (actual.kind === 'number') return scoreNumber(indicator, actual, weights.effective, scoring);
  if (actual.kind === 'date' && indicator.target.kind === 'deadline') return scoreDeadline({ ...indicator, target: indicator.target }, actual, weights);
  if (actual.kind === 'grade') return scoreGrade(indicator, actual, weights, scoring);
  return wrongKind(indicator, actual);
}
