/**
 * What monitoring and self-evaluation add to an indicator's open-data record, under the national exchange names
 * (domain.md §6): perf_comp, est_perf_annual, ana_dev_reasons, complete_rate (monitoring) and ind_comp,
 * ind_weight, eval_score, devi_analy (self-evaluation). Matched to records by unit, year, project code and
 * indicator position; the texts are the tables' own (monitoring-table.ts, evaluation-table.ts).
 */
import type { Indicator, UnitYear } from '../model';
import { progressText, type MonitoringTable } from '../monitoring/monitoring-table';
import { deviationCauseLabels, type IndicatorReport } from '../monitoring/types';
import { compare, divide, multiply, parseDecimal, rational, toFixedText, zero } from '../rational';
import { evaluationRows, type SelfEvaluationTable } from '../self-evaluation/evaluation-table';

export interface ResultFields {
  perf_comp: string | null;
  est_perf_annual: string | null;
  ana_dev_reasons: string | null;
  complete_rate: string | null;
  ind_comp: string | null;
  ind_weight: string | null;
  eval_score: string | null;
  devi_analy: string | null;
}

/** Monitoring tables (one round each) and self-evaluation tables whose figures join the records. */
export interface OpenDataResults {
  monitoring?: readonly MonitoringTable[];
  selfEvaluation?: readonly SelfEvaluationTable[];
}

export const noResults: ResultFields = { perf_comp: null, est_perf_annual: null, ana_dev_reasons: null, complete_rate: null, ind_comp: null, ind_weight: null, eval_score: null, devi_analy: null };

const orNull = (text: string): string | null => (text === '' ? null : text);

/** 完成率: value to date ÷ the target's number, a percent with two decimals; null for words, deadlines or a 0 target. */
export function completeRate(indicator: Indicator, row: IndicatorReport | undefined): string | null {
  const target = indicator.target;
  if (target.kind !== 'quantitative' || row?.progress?.kind !== 'number') return null;
  const done = parseDecimal(row.progress.value);
  const goal = parseDecimal(target.valueText);
  if (done === null || goal === null || compare(goal, zero) <= 0) return null;
  return toFixedText(multiply(divide(done, goal), rational(100)), 2);
}

function monitoringFields(tables: readonly MonitoringTable[], unitYear: UnitYear, projectCode: string, indicator: Indicator, position: number): Partial<ResultFields> {
  const table = tables.find((candidate) => candidate.unit.code === unitYear.unit.code && candidate.year === unitYear.year);
  const report = table?.projects.find((entry) => entry.project.code === projectCode)?.report;
  if (!report) return {};
  const row = report.indicators.find((candidate) => candidate.indicator === position);
  if (!row) return {};
  const reasons = row.causes.map((cause) => `${deviationCauseLabels[cause.kind]}：${cause.text}`).join('；');
  return { perf_comp: orNull(progressText(indicator, row.progress)), est_perf_annual: orNull(progressText(indicator, row.expected)), ana_dev_reasons: orNull(reasons), complete_rate: completeRate(indicator, row) };
}

function evaluationFields(tables: readonly SelfEvaluationTable[], unitYear: UnitYear, projectCode: string, position: number): Partial<ResultFields> {
  const table = tables.find((candidate) => candidate.unit.code === unitYear.unit.code && candidate.year === unitYear.year);
  const entry = table?.projects.find((candidate) => candidate.project.code === projectCode);
  const row = entry && evaluationRows(entry)[position - 1];
  if (!row) return {};
  return { ind_comp: orNull(row.actual), ind_weight: orNull(row.weight), eval_score: orNull(row.score), devi_analy: orNull(row.explanation) };
}

/** The result fields of the indicator at `position` (1-based) of a project, null where nothing is known. */
export function resultFields(results: OpenDataResults, unitYear: UnitYear, projectCode: string, indicator: Indicator, position: number): ResultFields {
  return {
    ...noResults,
    ...monitoringFields(results.monitoring ?? [], unitYear, projectCode, indicator, position),
    ...evaluationFields(results.selfEvaluation ?? [], unitYear, projectCode, position),
  };
}
