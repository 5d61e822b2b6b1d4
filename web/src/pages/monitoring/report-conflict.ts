/**
 * What a save of a monitoring report can run into besides success: someone saved the project first (409 with the
 * project's entry as it is now), or fields the server could not read (400 with field paths), placed on the grid's
 * cells.
 */
import { deviationCauseLabels, likelihoodLabels, progressStatusLabels } from '../../../../src/core/monitoring/types';
import { ApiError } from '../../api/client';
import type { MonitoringProjectJson } from '../../api/monitoring';
import type { ConflictLine } from '../../components/version-conflict-modal';
import { versionConflictOf, type VersionConflict } from '../../components/versioned-draft';
import { reportCell } from './report-cells';
import { draftOf, isProgressStatus, type IndicatorDraft, type ReportDraft } from './report-draft';

export type ReportConflict = VersionConflict<MonitoringProjectJson>;

function isMonitoringProject(value: unknown): value is MonitoringProjectJson {
  if (typeof value !== 'object' || value === null) return false;
  return 'id' in value && 'version' in value && typeof value.version === 'number' && 'indicators' in value && Array.isArray(value.indicators) && 'spendingLight' in value;
}

/** The version conflict a save ran into, or null for any other failure. */
export function reportConflictOf(error: unknown): ReportConflict | null {
  return versionConflictOf(error, isMonitoringProject);
}

const statusText = (text: string): string => (isProgressStatus(text) ? progressStatusLabels[text] : text);

function rowText(row: IndicatorDraft | undefined): string {
  if (!row) return '';
  const parts = [
    `执行情况：${statusText(row.progress) || '—'}`,
    `全年预计：${statusText(row.expected) || '—'}`,
    `可能性：${row.likelihood ? likelihoodLabels[row.likelihood] : '—'}`,
    ...row.causes.map((cause) => `${deviationCauseLabels[cause.kind]}：${cause.text}`),
    row.remark ? `备注：${row.remark}` : '',
    row.rectificationNeeded ? `整改：${row.rectificationAction}` : '',
  ];
  return parts.filter(Boolean).join('\n');
}

/** Both versions line by line: the funds, then one line per indicator. */
export function conflictLines(project: MonitoringProjectJson, theirs: MonitoringProjectJson, mine: ReportDraft): ConflictLine[] {
  const other = draftOf(theirs);
  const funds: ConflictLine[] = [
    { key: 'spent', label: '执行数（万元）', theirs: other.spent, mine: mine.spent },
    { key: 'expectedSpent', label: '全年预计执行数（万元）', theirs: other.expectedSpent, mine: mine.expectedSpent },
    { key: 'overspendExplanation', label: '超预算说明', theirs: other.overspendExplanation, mine: mine.overspendExplanation },
  ];
  const rows = project.indicators.map((indicator) => ({
    key: indicator.id,
    label: indicator.name,
    theirs: rowText(other.indicators.find((row) => row.indicatorId === indicator.id)),
    mine: rowText(mine.indicators.find((row) => row.indicatorId === indicator.id)),
  }));
  return [...funds, ...rows];
}

/**
 * The server's field errors (400 `validation_failed`, paths such as `spent` or `indicators.2.progress.value`) by
 * the grid's cell; empty for any other failure.
 */
export function fieldProblemsOf(error: unknown, draft: ReportDraft): Map<string, string> {
  const problems = new Map<string, string>();
  if (!(error instanceof ApiError)) return problems;
  for (const { path, message } of error.fields) {
    const [head, index, field] = path.split('.');
    const row = head === 'indicators' ? draft.indicators[Number(index)] : undefined;
    if (row) problems.set(reportCell(row.indicatorId, field ?? 'name'), message);
    else if (head) problems.set(reportCell('project', head), message);
  }
  return problems;
}
