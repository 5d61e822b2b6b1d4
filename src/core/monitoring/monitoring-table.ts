/**
 * What the monitoring table (项目支出绩效运行监控表, domain.md §6) says, whatever the format writes it: the
 * funds block (全年预算数, 1—N月执行数, 执行率, 全年预计执行数) and one row per indicator (年度指标值,
 * 1—N月执行情况, 全年预计完成情况, the five 偏差原因, 完成目标可能性, 备注). Word and Excel lay the same
 * texts out (src/core/docx, src/core/xlsx); the Excel template reads the same cells back.
 */
import type { Fen } from '../money';
import type { Indicator, Project, Unit } from '../model';
import { parseIsoDate } from '../iso-date';
import { likelihoodLabels, progressStatusLabels, type DeviationCauseKind, type IndicatorReport, type MonitoringReport, type Progress } from './types';

/** One project of a unit's monitoring table. */
export interface MonitoringTableProject {
  project: Project;
  /** null while the unit has not reported the project. */
  report: MonitoringReport | null;
  /** 执行率 at the cut-off as the spending light computed it ("35.00"), null when not computed. */
  executionPercent: string | null;
}

/** A unit's monitoring tables in a round. */
export interface MonitoringTable {
  unit: Unit;
  year: number;
  /** The round's cut-off, yyyy-mm-dd. */
  cutOff: string;
  title: string;
  projects: MonitoringTableProject[];
}

/** The month of the cut-off: N of "1—N月". */
export function cutOffMonth(cutOff: string): number {
  return parseIsoDate(cutOff)?.month ?? 12;
}

/** Column headers of the indicator block; the causes sit under one 偏差原因分析 header. */
export function monitoringHeaders(cutOff: string) {
  return {
    level1: '一级指标',
    level2: '二级指标',
    name: '三级指标',
    target: '年度指标值',
    progress: `1—${cutOffMonth(cutOff)}月执行情况`,
    expected: '全年预计完成情况',
    causes: '偏差原因分析',
    likelihood: '完成目标可能性',
    remark: '备注',
  } as const;
}

/** Headers of the funds block. */
export function fundsHeaders(cutOff: string) {
  return { budget: '全年预算数', spent: `1—${cutOffMonth(cutOff)}月执行数`, rate: '执行率', expected: '全年预计执行数' } as const;
}

/** A value to date or expected, as the table writes it: "250人", "98.5%", "部分达成"; '' when not given. */
export function progressText(indicator: Indicator, progress: Progress | null): string {
  if (progress === null) return '';
  if (progress.kind === 'status') return progressStatusLabels[progress.status];
  return indicator.target.kind === 'quantitative' ? `${progress.value}${indicator.target.measureUnit}` : progress.value;
}

/** The text under each of the five causes ('' for a cause not ticked). */
export function causeTexts(row: IndicatorReport | undefined): Record<DeviationCauseKind, string> {
  const texts: Record<DeviationCauseKind, string> = { funding: '', rules: '', staffing: '', equipment: '', other: '' };
  for (const cause of row?.causes ?? []) texts[cause.kind] = texts[cause.kind] ? `${texts[cause.kind]}\n${cause.text}` : cause.text || '（未说明）';
  return texts;
}

/** 备注 as the table writes it: the remark, then the rectification when one is needed. */
export function remarkText(row: IndicatorReport | undefined): string {
  if (!row) return '';
  const rectification = row.rectification.needed ? `整改措施：${row.rectification.action}` : '';
  return [row.remark, rectification].filter((part) => part.trim() !== '').join('\n');
}

/** One indicator row of the table, as texts. */
export interface MonitoringRowTexts {
  level1: string;
  level2: string;
  name: string;
  target: string;
  progress: string;
  expected: string;
  causes: Record<DeviationCauseKind, string>;
  likelihood: string;
  remark: string;
}

/** The indicator rows of a project's table, in document order. */
export function monitoringRows(entry: MonitoringTableProject): MonitoringRowTexts[] {
  return entry.project.indicators.map((indicator, index) => {
    const row = entry.report?.indicators.find((candidate) => candidate.indicator === index + 1);
    return {
      level1: indicator.level1,
      level2: indicator.level2,
      name: indicator.name,
      target: indicator.target.raw,
      progress: progressText(indicator, row?.progress ?? null),
      expected: progressText(indicator, row?.expected ?? null),
      causes: causeTexts(row),
      likelihood: row?.likelihood ? likelihoodLabels[row.likelihood] : '',
      remark: remarkText(row),
    };
  });
}

/** The funds block's amounts (fen; null where not reported) and 执行率 as a percent text ("35.00%"). */
export function fundsRow(entry: MonitoringTableProject): { budget: Fen; spent: Fen | null; expected: Fen | null; rate: string } {
  const { report } = entry;
  return { budget: entry.project.budget.total, spent: report?.spent ?? null, expected: report?.expectedSpent ?? null, rate: report && entry.executionPercent !== null ? `${entry.executionPercent}%` : '' };
}
