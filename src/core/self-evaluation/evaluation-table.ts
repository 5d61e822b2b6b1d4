/**
 * What the self-evaluation table (项目支出绩效自评表, domain.md §6) says, whatever the format writes it: the
 * funds block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, rows 年度资金总额, 其中：当年财政
 * 拨款, 上年结转资金, 其他资金), the goal block (预期目标 | 实际完成情况), the indicator block (一级 | 二级 |
 * 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施) and 总分. The source rows carry the
 * parts of 全年预算数 and 全年执行数 the unit gave; parts not given, and 上年结转资金's 年初预算数 (targets have
 * no carry-over), are left blank, not guessed.
 */
import { formatAmount, type Fen } from '../money';
import type { Indicator, Project, Unit } from '../model';
import { fundSourceLabels, type FundSource } from './sources';
import { formatHundredths } from './weights';
import { qualitativeGradeLabels, type Actual, type ProjectScore, type SelfEvaluation } from './types';

/** One project of a unit's self-evaluation tables. */
export interface SelfEvaluationTableProject {
  project: Project;
  evaluation: SelfEvaluation;
  /** 实际完成情况 of the goals. */
  goalCompletion: string;
  /** null when the evaluation cannot be scored (see validateSelfEvaluation). */
  score: ProjectScore | null;
}

export interface SelfEvaluationTable {
  unit: Unit;
  year: number;
  projects: SelfEvaluationTableProject[];
}

export const fundsHeaders = ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'] as const;
export const indicatorHeaders = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'] as const;

/** A row of the funds block: amounts in fen (null: blank), and the texts of 分值, 执行率, 得分. */
export interface FundsRow {
  label: string;
  initial: Fen | null;
  adjusted: Fen | null;
  spent: Fen | null;
  weight: string;
  rate: string;
  score: string;
}

/** 实际完成值 as the table writes it: "216人", "2022年11月30日完成", "达成年度指标"; "不适用" when it does not apply. */
export function actualText(indicator: Indicator, actual: Actual | null, notApplicable = false): string {
  if (notApplicable) return '不适用';
  if (actual === null) return '';
  if (actual.kind === 'number') return indicator.target.kind === 'quantitative' ? `${actual.value}${indicator.target.measureUnit}` : actual.value;
  if (actual.kind === 'grade') return qualitativeGradeLabels[actual.grade];
  const [year, month, day] = actual.date.split('-').map(Number);
  return `${year}年${month}月${day}日完成`;
}

/** The four rows of the funds block: 年度资金总额 with the score, then each source with its parts as given. */
export function fundsRows(entry: SelfEvaluationTableProject): FundsRow[] {
  const { project, evaluation, score } = entry;
  const execution = score?.execution;
  const weight = execution?.weight ?? formatHundredths(evaluation.weights.execution.weight);
  const sourceRow = (label: string, source: FundSource, initial: Fen | null): FundsRow => ({
    label,
    initial,
    adjusted: evaluation.adjustedBudgetBySource[source],
    spent: evaluation.spentBySource[source],
    weight: '',
    rate: '',
    score: '',
  });
  return [
    { label: '年度资金总额', initial: project.budget.total, adjusted: evaluation.adjustedBudget, spent: evaluation.spent, weight, rate: execution?.ratePercent ? `${execution.ratePercent}%` : '', score: execution?.score.rounded ?? '' },
    sourceRow(`其中：${fundSourceLabels.fiscal}`, 'fiscal', project.budget.fiscal),
    sourceRow(fundSourceLabels.carryover, 'carryover', null),
    sourceRow(fundSourceLabels.other, 'other', project.budget.other),
  ];
}

/** One row of the indicator block, as texts. */
export interface EvaluationRowTexts {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: string;
  score: string;
  explanation: string;
}

/** The indicator rows in document order: weights after rescaling when scored, else as set. */
export function evaluationRows(entry: SelfEvaluationTableProject): EvaluationRowTexts[] {
  const { project, evaluation, score } = entry;
  return project.indicators.map((indicator, index) => {
    const position = index + 1;
    const row = evaluation.indicators.find((candidate) => candidate.indicator === position);
    const scored = score?.indicators.find((candidate) => candidate.indicator === position);
    const set = evaluation.weights.indicators.find((candidate) => candidate.indicator === position);
    return {
      level1: indicator.level1,
      level2: indicator.level2,
      name: indicator.name,
      target: indicator.target.raw,
      actual: actualText(indicator, row?.actual ?? null, row?.notApplicable),
      weight: row?.notApplicable ? '—' : (scored?.weight ?? (set ? formatHundredths(set.weight) : '')),
      score: row?.notApplicable ? '—' : (scored?.score?.rounded ?? ''),
      explanation: row?.explanation ?? '',
    };
  });
}

/** 总分: 100 and the total as rounded once, '' when not scored. */
export function totalRow(entry: SelfEvaluationTableProject): { weight: string; score: string; grade: string } {
  return { weight: '100', score: entry.score?.total.rounded ?? '', grade: entry.score?.grade ?? '' };
}

/** An amount in 万元 as the table writes it ("25.00"), '' for a blank. */
export function wanText(amount: Fen | null): string {
  return amount === null ? '' : formatAmount(amount, '万元');
}
