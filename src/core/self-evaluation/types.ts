/**
 * 绩效自评: what a unit enters after the year for one project (the self-evaluation table of
 * domain.md §6), and what scoring returns. Every type here is plain JSON (no bigint, no Date), so that
 * it can be stored and sent as is. Decimal values travel as text ("86.5"), read exactly.
 */
import type { Fen } from '../money';
import type { AmountsBySource } from './sources';
import type { WeightSet } from './weights';

/** The evaluator's grade of a qualitative indicator (domain.md §5). */
export const qualitativeGrades = ['achieved', 'partial', 'not-achieved'] as const;
export type QualitativeGrade = (typeof qualitativeGrades)[number];

/** The grades as the self-evaluation table writes them. */
export const qualitativeGradeLabels: Readonly<Record<QualitativeGrade, string>> = {
  achieved: '达成年度指标',
  partial: '部分达成年度指标并具有一定效果',
  'not-achieved': '未达成年度指标且效果较差',
};

/**
 * 实际完成值, of the kind the target asks for:
 * - a number, in the target's unit of measure (a 万元 cap is answered in 万元), as decimal text;
 * - a date of completion (ISO yyyy-mm-dd) for a deadline; when it is late, the evaluator's score;
 * - a grade and the evaluator's score for a qualitative target.
 * An evaluator's score is in points of the indicator's weight in the weight set, as decimal text ("7.5");
 * when not-applicable indicators rescale that weight, the score is converted in proportion.
 */
export type Actual =
  | { kind: 'number'; value: string }
  | { kind: 'date'; date: string; score: string | null }
  | { kind: 'grade'; grade: QualitativeGrade; score: string };

export type ActualKind = Actual['kind'];

/** One row of the indicator block. */
export interface IndicatorEvaluation {
  /** 1-based position of the indicator in its project (as in `Location.indicator`). */
  indicator: number;
  /** null until entered; an applicable indicator without it is scored 0 and reported. */
  actual: Actual | null;
  /** 偏差原因分析及改进措施; for a not-applicable indicator, why it does not apply. */
  explanation: string;
  /** Removed from scoring; the remaining weights are rescaled to 100 (see score-project.ts). */
  notApplicable: boolean;
}

/** A project's self-evaluation. 年初预算数 is the project's budget in the target table. */
export interface SelfEvaluation {
  projectCode: string;
  /** 全年预算数: the budget after adjustments during the year. */
  adjustedBudget: Fen;
  /** 全年执行数. */
  spent: Fen;
  /** 全年预算数 by source (其中：当年财政拨款, 上年结转资金, 其他资金); `notSplit` when not given. */
  adjustedBudgetBySource: AmountsBySource;
  /** 全年执行数 by source. */
  spentBySource: AmountsBySource;
  /** Why execution fell short of the pack's threshold (or exceeded the budget). */
  executionExplanation: string;
  weights: WeightSet;
  indicators: IndicatorEvaluation[];
}

/**
 * A score: exact, as a reduced fraction "n/d" (for audit, re-computation and the budget-weighted unit
 * score), and rounded half-up to 2 decimals ("8.62") by `roundScore`, the one rounding of scores.
 */
export interface ScoreValue {
  exact: string;
  rounded: string;
}

/** How an indicator came out. */
export type IndicatorOutcome = 'full' | 'partial' | 'unscored' | 'not-applicable';

/** 得分 of one indicator, with its working in Chinese. */
export interface IndicatorScore {
  /** 1-based position in the project. */
  indicator: number;
  name: string;
  /** The weight scored against, after rescaling, with 2 decimals ("16.67"). */
  weight: string;
  /** null only when the indicator does not apply. */
  score: ScoreValue | null;
  outcome: IndicatorOutcome;
  /** The actual reached the pack's over-achievement ratio: full score, explanation required. */
  overAchieved: boolean;
  /** Below full or over-achieved: 偏差原因分析及改进措施 is required. */
  needsExplanation: boolean;
  /** The working, e.g. "实际完成值85% < 指标值95%；得分 = 20 × 85 ÷ 95 = 17.89". */
  working: string;
}

/** 预算执行率 and its score. */
export interface ExecutionScore {
  /** spent ÷ adjusted budget as a percent, half-up to 2 decimals, for display ("86.18"); null when the budget is 0. */
  ratePercent: string | null;
  weight: string;
  score: ScoreValue;
  needsExplanation: boolean;
  /** e.g. "执行率 = 215,457.60 ÷ 250,000.00 = 86.18%；得分 = 86.18% × 10 = 8.62". */
  working: string;
}

/** How not-applicable indicators changed the weights. */
export interface Rescaling {
  /** The weight removed, with 2 decimals ("10.00"). */
  removed: string;
  /** The factor the remaining weights were multiplied by, exact ("10/9"). */
  factor: string;
}

/** A project's score. */
export interface ProjectScore {
  projectCode: string;
  indicators: IndicatorScore[];
  execution: ExecutionScore;
  /** Σ indicator scores + execution score, exact, rounded once. */
  total: ScoreValue;
  /** 优/良/中/差 by the pack's bands, applied to the rounded total (the number people see). */
  grade: string;
  rescaling: Rescaling | null;
  /** Every applicable indicator has a usable actual value (otherwise it counted 0). */
  complete: boolean;
  /** e.g. "总分 = 指标得分90.00 + 预算执行得分8.62 = 98.62，等级：优". */
  working: string;
}
