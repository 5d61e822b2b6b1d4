/**
 * A project's monitoring report while it is being typed: texts as the user enters them, turned into the save
 * request (src/contract/monitoring.ts) only when saving. Checks that need nothing but the row (amounts and
 * numbers readable, what the chosen likelihood requires: core's requiredExplanations) run as the user types, with
 * the same words of explanation as the server (core's explanationProblem); the server's findings after a save are
 * the full check.
 */
import { explanationProblem } from '../../../../src/core/explanation';
import { formatAmount, parseAmount } from '../../../../src/core/money';
import { deviationCauseKinds, progressStatuses, type DeviationCauseKind, type Likelihood, type ProgressStatus } from '../../../../src/core/monitoring/types';
import { executionPercent } from '../../../../src/core/monitoring/spending-light';
import { requiredExplanations } from '../../../../src/core/monitoring/validate-report';
import { compare, parseDecimal, zero } from '../../../../src/core/rational';
import type { MonitoringProjectJson, ProgressJson, SaveMonitoringReportRequest } from '../../api/monitoring';

type IndicatorJson = MonitoringProjectJson['indicators'][number];

/** One indicator row being typed. `progress`/`expected`: number text for quantitative targets, a status key otherwise ('' = blank). */
export interface IndicatorDraft {
  indicatorId: string;
  progress: string;
  expected: string;
  likelihood: Likelihood | null;
  /** The ticked causes with their text, in the order of the monitoring table. */
  causes: { kind: DeviationCauseKind; text: string }[];
  remark: string;
  rectificationNeeded: boolean;
  rectificationAction: string;
}

export interface ReportDraft {
  spent: string;
  expectedSpent: string;
  overspendExplanation: string;
  indicators: IndicatorDraft[];
}

/** Whether a target is answered with a number (quantitative) or a status (达成/部分达成/未达成). */
export const takesNumber = (indicator: Pick<IndicatorJson, 'target'>): boolean => indicator.target.kind === 'quantitative';

function progressText(progress: ProgressJson | null): string {
  if (!progress) return '';
  return progress.kind === 'number' ? progress.value : progress.status;
}

const wanText = (amount: number): string => {
  const exact = parseAmount(String(amount), '万元');
  return exact === null ? String(amount) : formatAmount(exact, '万元');
};

/** The draft of a project as saved (or blank when nothing is saved yet): one row per indicator, in table order. */
export function draftOf(project: MonitoringProjectJson): ReportDraft {
  const report = project.report;
  const indicators = project.indicators.map((indicator): IndicatorDraft => {
    const row = report?.indicators.find((entry) => entry.indicatorId === indicator.id);
    return {
      indicatorId: indicator.id,
      progress: progressText(row?.progress ?? null),
      expected: progressText(row?.expected ?? null),
      likelihood: row?.likelihood ?? null,
      causes: deviationCauseKinds.flatMap((kind) => row?.causes.filter((cause) => cause.kind === kind) ?? []),
      remark: row?.remark ?? '',
      rectificationNeeded: row?.rectification.needed ?? false,
      rectificationAction: row?.rectification.action ?? '',
    };
  });
  if (!report) return { spent: '', expectedSpent: '', overspendExplanation: '', indicators };
  return { spent: wanText(report.spent), expectedSpent: wanText(report.expectedSpent), overspendExplanation: report.overspendExplanation, indicators };
}

export const isProgressStatus = (text: string): text is ProgressStatus => (progressStatuses as readonly string[]).includes(text);

function progressOf(text: string, isNumber: boolean): ProgressJson | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (isNumber) return { kind: 'number', value: trimmed };
  return isProgressStatus(trimmed) ? { kind: 'status', status: trimmed } : null;
}

/** The save request of a draft, naming the version it was read at. */
export function requestOf(project: MonitoringProjectJson, draft: ReportDraft, expectedVersion: number): SaveMonitoringReportRequest {
  return {
    expectedVersion,
    spent: draft.spent.trim(),
    expectedSpent: draft.expectedSpent.trim(),
    overspendExplanation: draft.overspendExplanation,
    indicators: draft.indicators.map((row) => {
      const isNumber = project.indicators.some((indicator) => indicator.id === row.indicatorId && takesNumber(indicator));
      return {
        indicatorId: row.indicatorId,
        progress: progressOf(row.progress, isNumber),
        expected: progressOf(row.expected, isNumber),
        likelihood: row.likelihood,
        causes: row.causes,
        remark: row.remark,
        rectification: { needed: row.rectificationNeeded, action: row.rectificationAction },
      };
    }),
  };
}

/** A cell of the grid: `project:<field>` or `<indicatorId>:<field>` (progress, expected, likelihood, causes, remark, rectification). */
export type Problems = Map<string, string>;

const isNotExplained = (text: string): boolean => explanationProblem(text) !== null;

function numberProblem(text: string, label: string): string | null {
  if (text.trim() === '') return null;
  const value = parseDecimal(text);
  if (value === null) return `${label}“${text.trim()}”不是数。`;
  return compare(value, zero) < 0 ? `${label}不能为负数。` : null;
}

function rowProblems(row: IndicatorDraft, isNumber: boolean, problems: Problems): void {
  const at = (field: string, message: string | null) => message && problems.set(`${row.indicatorId}:${field}`, message);
  if (isNumber) {
    at('progress', numberProblem(row.progress, '执行情况'));
    at('expected', numberProblem(row.expected, '全年预计完成情况'));
  }
  const required = requiredExplanations(row.likelihood, row.rectificationNeeded);
  if (required.causes && row.causes.length === 0) at('causes', '请选择偏差原因并写明具体情况。');
  const unexplained = row.causes.find((cause) => isNotExplained(cause.text));
  if (unexplained) at('causes', `请写明偏差原因的具体情况${unexplained.text.trim() ? `，“${unexplained.text.trim()}”不是说明` : ''}。`);
  if (required.remark && isNotExplained(row.remark)) at('remark', '完成目标可能性为“有可能”，需在备注中说明。');
  if (required.rectification && isNotExplained(row.rectificationAction)) at('rectification', row.likelihood === 'impossible' ? '完成目标可能性为“完全不可能”，需写明整改措施。' : '标明需要整改时，需写明整改措施。');
}

function fundsProblems(project: MonitoringProjectJson, draft: ReportDraft, problems: Problems): void {
  const spent = draft.spent.trim() === '' ? null : parseAmount(draft.spent, '万元');
  const expected = draft.expectedSpent.trim() === '' ? null : parseAmount(draft.expectedSpent, '万元');
  if (draft.spent.trim() !== '' && spent === null) problems.set('project:spent', '请填写金额（万元），如 12.5。');
  if (draft.expectedSpent.trim() !== '' && expected === null) problems.set('project:expectedSpent', '请填写金额（万元），如 20.32。');
  if (spent !== null && spent < 0) problems.set('project:spent', '执行数不能为负数。');
  if (spent !== null && expected !== null && expected < spent) problems.set('project:expectedSpent', '全年预计执行数少于截至目前的执行数。');
  if (isOverBudget(project, draft) && isNotExplained(draft.overspendExplanation)) problems.set('project:overspendExplanation', '执行数或全年预计执行数超过预算数，需说明原因（如预算调整的批复文号）。');
}

/** The problems the draft shows while typing, by cell. Blank cells are not problems until saved (drafts may be partial). */
export function problemsOf(project: MonitoringProjectJson, draft: ReportDraft): Problems {
  const problems: Problems = new Map();
  fundsProblems(project, draft, problems);
  for (const row of draft.indicators) {
    const indicator = project.indicators.find((entry) => entry.id === row.indicatorId);
    if (indicator) rowProblems(row, takesNumber(indicator), problems);
  }
  return problems;
}

/** Whether the project's funds go over its budget in the draft (the overspend explanation is then asked for). */
export function isOverBudget(project: MonitoringProjectJson, draft: ReportDraft): boolean {
  const budget = parseAmount(String(project.budget), '万元') ?? 0;
  return [draft.spent, draft.expectedSpent].some((text) => {
    const amount = text.trim() === '' ? null : parseAmount(text, '万元');
    return amount !== null && amount > budget;
  });
}

/** The execution rate typed so far as the spending light gives it (core's executionPercent: "35.00%", nothing spent below 0); null when unknown. */
export function executionRateOf(project: MonitoringProjectJson, spentText: string): string | null {
  const spent = spentText.trim() === '' ? null : parseAmount(spentText, '万元');
  const budget = parseAmount(String(project.budget), '万元');
  const percent = spent === null || budget === null ? null : executionPercent(spent, budget);
  return percent === null ? null : `${percent}%`;
}

/**
 * The parts of the grid the user changed since the last save: `project` (the funds) and the ids of the
 * indicators whose row changed. Problems found while typing are shown there; elsewhere the cells show the
 * server's findings about what was saved, in the server's words.
 */
export function changedOwners(saved: ReportDraft, draft: ReportDraft): Set<string> {
  const owners = new Set<string>();
  if (saved.spent !== draft.spent || saved.expectedSpent !== draft.expectedSpent || saved.overspendExplanation !== draft.overspendExplanation) owners.add('project');
  for (const row of draft.indicators) {
    if (JSON.stringify(row) !== JSON.stringify(saved.indicators.find((other) => other.indicatorId === row.indicatorId))) owners.add(row.indicatorId);
  }
  return owners;
}
