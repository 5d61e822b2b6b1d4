/** Self-evaluations as the API gives them (src/contract/self-evaluation.ts): amounts in 万元, weights with two decimals. */
import type { EvaluationView, WeightView } from '../../app/self-evaluation/evaluation-view';
import type { RankingView } from '../../app/self-evaluation/rank-self-evaluations';
import type { UnitEvaluationView } from '../../app/self-evaluation/show-unit-self-evaluation';
import type { RankingJson, SelfEvaluationJson, UnitSelfEvaluationJson } from '../../contract/self-evaluation';
import { budgetInWanYuan, presentTableIndicator, wanYuan } from '../../contract/unit-year';
import { formatHundredths, mapAmountsBySource, type IndicatorScore } from '../../core/self-evaluation';

const weightOf = (view: WeightView) => ({ weight: formatHundredths(view.weight), defaultWeight: view.defaultWeight === null ? null : formatHundredths(view.defaultWeight), reason: view.reason });

const scoreOf = ({ weight, score, outcome, overAchieved, needsExplanation, working }: IndicatorScore) => ({ weight, score, outcome, overAchieved, needsExplanation, working });

export function presentSelfEvaluation(view: EvaluationView): SelfEvaluationJson {
  const { project, score } = view;
  return {
    project: { ...project, budget: budgetInWanYuan(project.budget) },
    rulePack: view.rulePack,
    version: view.version,
    updatedAt: view.updatedAt?.toISOString() ?? null,
    updatedBy: view.updatedBy,
    adjustedBudget: wanYuan(view.adjustedBudget),
    spent: wanYuan(view.spent),
    adjustedBudgetBySource: mapAmountsBySource(view.adjustedBudgetBySource, wanYuan),
    spentBySource: mapAmountsBySource(view.spentBySource, wanYuan),
    executionExplanation: view.executionExplanation,
    goalCompletion: view.goalCompletion,
    indicators: view.indicators.map((entry) => ({
      ...presentTableIndicator(entry),
      actual: entry.actual,
      explanation: entry.explanation,
      notApplicable: entry.notApplicable,
      weight: entry.weight && weightOf(entry.weight),
      score: entry.score && scoreOf(entry.score),
    })),
    weights: { execution: weightOf(view.weights.execution), levels: view.weights.levels.map((level) => ({ level1: level.level1, level2: level.level2, ...weightOf(level) })) },
    score: score && { execution: score.execution, total: score.total, grade: score.grade, rescaling: score.rescaling, complete: score.complete, working: score.working },
    findings: view.findings,
    can: view.can,
  };
}

export function presentUnitSelfEvaluation(view: UnitEvaluationView): UnitSelfEvaluationJson {
  const { score } = view;
  return {
    unitYearId: view.unitYearId,
    unit: view.unit,
    year: view.year,
    status: view.status,
    rulePack: view.rulePack,
    score: score.score,
    grade: score.grade,
    working: score.working,
    budget: wanYuan(score.budget),
    scoredCount: score.projectCount,
    projects: view.projects.map((project) => ({ ...project, budget: wanYuan(project.budget), adjustedBudget: project.adjustedBudget === null ? null : wanYuan(project.adjustedBudget) })),
  };
}

export function presentRanking(view: RankingView): RankingJson {
  return {
    year: view.year,
    divisionCode: view.divisionCode,
    units: view.rows.map(({ ranked, view: unit }) => ({
      rank: ranked.rank,
      unit: unit.unit,
      unitYearId: unit.unitYearId,
      score: ranked.score,
      grade: ranked.grade,
      budget: wanYuan(ranked.budget),
      scoredCount: ranked.projectCount,
      projectCount: unit.projects.length,
      working: ranked.working,
    })),
  };
}
