/**
 * A project's self-evaluation as use cases return it: the stored rows (indicators by id, weights changed from
 * the pack's defaults) turned into the core's evaluation (positions, a whole weight set), scored by the core,
 * and the score and findings mapped back to ids. Nothing computed is stored.
 */
import type { Finding } from '../../core/finding';
import { zeroFen } from '../../core/money';
import type { Budget, Indicator, Project } from '../../core/model';
import type { RulePack } from '../../core/review/rule-pack';
import { adjustWeight, defaultWeights, notSplit, scoreProject, type Actual, type Hundredths, type IndicatorScore, type ProjectScore, type SelfEvaluation, type WeightSet } from '../../core/self-evaluation';
import { selfEvaluationFinding } from '../../core/self-evaluation/findings';
import type { EvaluationInput, StoredEvaluation } from '../../db/self-evaluation.repository';
import { withIndicatorIds, type LocatedFinding } from '../monitoring/monitoring-view';

export interface WeightView {
  weight: Hundredths;
  /** null when the default weight set has no such entry. */
  defaultWeight: Hundredths | null;
  reason: string | null;
}

export interface EvaluatedIndicatorView {
  id: string;
  position: number;
  indicator: Indicator;
  actual: Actual | null;
  explanation: string;
  notApplicable: boolean;
  weight: WeightView | null;
  score: IndicatorScore | null;
}

/** The parts of an evaluation that the core computes from the stored rows. */
export interface ScoredEvaluation {
  evaluation: SelfEvaluation;
  defaults: WeightSet;
  score: ProjectScore | null;
  findings: LocatedFinding[];
}

/** The saved amounts and texts (zero and '' while none is saved). */
type SavedFigures = Pick<EvaluationInput, 'adjustedBudget' | 'spent' | 'adjustedBudgetBySource' | 'spentBySource' | 'executionExplanation' | 'goalCompletion'>;

export interface EvaluationView extends SavedFigures {
  project: { id: string; code: string; name: string; unitYearId: string; unit: { id: string; code: string; name: string; divisionCode: string | null }; year: number; budget: Budget; goals: string[] };
  rulePack: string;
  version: number;
  updatedAt: Date | null;
  updatedBy: { id: string | null; displayName: string } | null;
  indicators: EvaluatedIndicatorView[];
  weights: { execution: WeightView; levels: (WeightView & { level1: string; level2: string | null })[] };
  score: ProjectScore | null;
  findings: LocatedFinding[];
  can: { edit: boolean };
}

/** The default weights with the stored changes applied; a change that names no weight any more is a finding. */
function weightsOf(project: Project, indicatorIds: readonly string[], stored: StoredEvaluation | null, defaults: WeightSet): { weights: WeightSet; findings: Finding[] } {
  let weights = defaults;
  const findings: Finding[] = [];
  if (!stored) return { weights, findings };
  if (stored.executionWeight) weights = adjustWeight(weights, { execution: true }, stored.executionWeight.weight, stored.executionWeight.reason) ?? weights;
  for (const change of stored.levelWeights) {
    const next = adjustWeight(weights, { level1: change.level1, level2: change.level2 }, change.weight, change.reason);
    if (next) weights = next;
    else findings.push(selfEvaluationFinding('self-evaluation.weights-mismatch', { projectCode: project.code, field: 'weights', cell: '分值' }, `调整过的分值“${[change.level1, change.level2].filter(Boolean).join('·')}”已不在本项目的指标中，该调整未计入。`, '按项目现在的指标重新设置分值。'));
  }
  for (const row of stored.indicators) {
    const position = indicatorIds.indexOf(row.indicatorId) + 1;
    if (row.weight && position > 0) weights = adjustWeight(weights, { indicator: position }, row.weight.weight, row.weight.reason) ?? weights;
  }
  return { weights, findings };
}

/** A blank evaluation (nothing saved yet): the budget as adjusted budget, nothing spent, every indicator unanswered. */
function blankRows(project: Project): SelfEvaluation['indicators'] {
  return project.indicators.map((_, index) => ({ indicator: index + 1, actual: null, explanation: '', notApplicable: false }));
}

/** The core's evaluation of `project` from what is stored (or a blank one), scored, with findings by indicator id. */
export function scoreStored(project: Project, indicatorIds: readonly string[], stored: StoredEvaluation | null, pack: RulePack): ScoredEvaluation {
  const defaults = defaultWeights(project, pack);
  const { weights, findings: weightFindings } = weightsOf(project, indicatorIds, stored, defaults.value);
  const evaluation: SelfEvaluation = {
    projectCode: project.code,
    adjustedBudget: stored?.adjustedBudget ?? project.budget.total,
    spent: stored?.spent ?? zeroFen,
    adjustedBudgetBySource: stored?.adjustedBudgetBySource ?? notSplit,
    spentBySource: stored?.spentBySource ?? notSplit,
    executionExplanation: stored?.executionExplanation ?? '',
    weights,
    indicators: stored
      ? stored.indicators.map(({ indicatorId, actual, explanation, notApplicable }) => ({ indicator: indicatorIds.indexOf(indicatorId) + 1, actual, explanation, notApplicable }))
      : blankRows(project),
  };
  const scored = scoreProject(project, evaluation, pack);
  // The defaults' own findings (an indicator the pack's framework does not place, points redistributed) stand
  // beside validation's: validation checks the weights' sums, not why a default came out as it did.
  return { evaluation, defaults: defaults.value, score: scored.value, findings: withIndicatorIds([...defaults.findings, ...weightFindings, ...scored.findings], indicatorIds) };
}

/** The indicator rows of the view: each indicator with its stored row, weight (and default) and score. */
export function indicatorViews(project: Project, indicatorIds: readonly string[], scored: ScoredEvaluation): EvaluatedIndicatorView[] {
  return project.indicators.map((indicator, index) => {
    const position = index + 1;
    const row = scored.evaluation.indicators.find((entry) => entry.indicator === position);
    const weight = scored.evaluation.weights.indicators.find((entry) => entry.indicator === position);
    const fallback = scored.defaults.indicators.find((entry) => entry.indicator === position);
    return {
      id: indicatorIds[index] ?? '',
      position,
      indicator,
      actual: row?.actual ?? null,
      explanation: row?.explanation ?? '',
      notApplicable: row?.notApplicable ?? false,
      weight: weight ? { weight: weight.weight, defaultWeight: fallback?.weight ?? null, reason: weight.reason } : null,
      score: scored.score?.indicators.find((entry) => entry.indicator === position) ?? null,
    };
  });
}

/** The execution and level weights of the view, each with its default. */
export function weightViews(scored: ScoredEvaluation): EvaluationView['weights'] {
  const { weights } = scored.evaluation;
  const { defaults } = scored;
  return {
    execution: { weight: weights.execution.weight, defaultWeight: defaults.execution.weight, reason: weights.execution.reason },
    levels: weights.levels.map((entry) => ({
      level1: entry.level1,
      level2: entry.level2,
      weight: entry.weight,
      defaultWeight: defaults.levels.find((other) => other.level1 === entry.level1 && other.level2 === entry.level2)?.weight ?? null,
      reason: entry.reason,
    })),
  };
}
