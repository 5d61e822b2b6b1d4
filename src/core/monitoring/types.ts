/**
 * 绩效运行监控 ("双监控", domain.md §4): a round with a cut-off date, what each unit reports per project
 * (the monitoring table of domain.md §6), and the lights computed from it. Every type is plain JSON (no
 * bigint, no Date), ready to store and send. Decimal values travel as text ("86.5"), read exactly.
 */
import type { Fen } from '../money';

/** A monitoring round: the county finance bureau asks a set of units for their figures at a cut-off date. */
export interface MonitoringRound {
  /** The fiscal year monitored. */
  year: number;
  /** 截止日期 (often 7月31日), ISO yyyy-mm-dd, within `year`. */
  cutOff: string;
  /** The units asked to report (预算单位编码). */
  unitCodes: string[];
  /** Open: units may still report; closed: the figures are final. */
  status: 'open' | 'closed';
}

/** 完成目标可能性. */
export const likelihoods = ['certain', 'possible', 'impossible'] as const;
export type Likelihood = (typeof likelihoods)[number];
export const likelihoodLabels: Readonly<Record<Likelihood, string>> = { certain: '确定能', possible: '有可能', impossible: '完全不可能' };

/** 偏差原因: the five causes of the monitoring table. */
export const deviationCauseKinds = ['funding', 'rules', 'staffing', 'equipment', 'other'] as const;
export type DeviationCauseKind = (typeof deviationCauseKinds)[number];
export const deviationCauseLabels: Readonly<Record<DeviationCauseKind, string>> = {
  funding: '经费保障',
  rules: '制度保障',
  staffing: '人员保障',
  equipment: '硬件条件保障',
  other: '其他',
};

/** One cause ticked in 偏差原因分析, with what actually happened. */
export interface DeviationCause {
  kind: DeviationCauseKind;
  text: string;
}

/** Progress of a qualitative or deadline indicator. */
export const progressStatuses = ['achieved', 'partial', 'not-achieved'] as const;
export type ProgressStatus = (typeof progressStatuses)[number];
export const progressStatusLabels: Readonly<Record<ProgressStatus, string>> = { achieved: '达成', partial: '部分达成', 'not-achieved': '未达成' };

/**
 * A value to date or expected at year end: a number (decimal text, in the target's unit of measure) for
 * a quantitative target, a status for a qualitative or deadline one.
 */
export type Progress = { kind: 'number'; value: string } | { kind: 'status'; status: ProgressStatus };

/** 整改: whether the unit will act on a deviation, and how. */
export interface Rectification {
  needed: boolean;
  action: string;
}

/** One indicator row of the monitoring table. */
export interface IndicatorReport {
  /** 1-based position of the indicator in its project. */
  indicator: number;
  /** 1–N月执行情况: the value at the cut-off. */
  progress: Progress | null;
  /** 全年预计完成情况. */
  expected: Progress | null;
  likelihood: Likelihood | null;
  causes: DeviationCause[];
  /** 备注. */
  remark: string;
  rectification: Rectification;
}

/** A project's monitoring report (glossary: MonitoringReport) in a round: the funds block and one row per indicator. */
export interface MonitoringReport {
  projectCode: string;
  /** 1–N月执行数: spent up to the cut-off. */
  spent: Fen;
  /** 全年预计执行数. */
  expectedSpent: Fen;
  /** Why spending (to date or expected) exceeds the budget; required only then. */
  overspendExplanation: string;
  indicators: IndicatorReport[];
}

/** A unit's reports in a round; `submitted` false is a draft, not yet reported. */
export interface UnitMonitoringReport {
  unitCode: string;
  submitted: boolean;
  projects: MonitoringReport[];
}

/** green on track, yellow behind, red far behind, blue over-achieving (to be explained), none not judged. */
export type LightColor = 'green' | 'yellow' | 'red' | 'blue' | 'none';
export const lightColors = ['red', 'yellow', 'blue', 'green', 'none'] as const satisfies readonly LightColor[];
export const lightLabels: Readonly<Record<LightColor, string>> = { green: '绿灯', yellow: '黄灯', red: '红灯', blue: '蓝灯', none: '不亮灯' };

/**
 * A warning light that explains itself: `explanation` states in Chinese the numbers and the threshold
 * that decided the color; `ratio` is the compared ratio as a float for charts (never for decisions,
 * which are exact); `inputs` are the figures behind it.
 */
export interface Light<Inputs> {
  color: LightColor;
  ratio: number | null;
  explanation: string;
  inputs: Inputs;
}

/** How the scheduled share at the cut-off was found. */
export type ScheduleSource = 'plan' | 'months';

/** The figures behind a spending light. */
export interface SpendingInputs {
  budget: Fen;
  spent: Fen;
  cutOff: string;
  /** spent ÷ budget, percent with 2 decimals ("35.00"); null when the budget is 0. */
  executionPercent: string | null;
  /** 序时进度 at the cut-off, percent with 2 decimals ("58.33"). */
  scheduledPercent: string;
  schedule: ScheduleSource;
  /** How the scheduled share was found, in Chinese. */
  scheduleWorking: string;
}

/** How an indicator light was judged. */
export type IndicatorRule = 'higher' | 'lower' | 'zero' | 'range' | 'deadline' | 'qualitative' | 'not-judged';

/** The figures behind an indicator light. */
export interface IndicatorInputs {
  /** 1-based position. */
  indicator: number;
  /** 年度指标值 as written. */
  target: string;
  /** The value to date as shown ("250人", "部分达成"); null when not reported. */
  progress: string | null;
  /** The share of the year elapsed at the cut-off (m/12, day-precise), percent with 2 decimals, for pro-rata rules. */
  elapsedPercent: string | null;
  rule: IndicatorRule;
}
