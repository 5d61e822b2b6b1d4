/**
 * A monitoring report being typed and the version it started from (useVersionedDraft): saving answers with the
 * project's lights, findings and new version.
 */
import { useSaveMonitoringReport, type MonitoringProjectJson, type SaveMonitoringReportRequest } from '../../api/monitoring';
import { useVersionedDraft, type DraftRules } from '../../components/versioned-draft';
import { fieldProblemsOf, reportConflictOf } from './report-conflict';
import { changedOwners, draftOf, problemsOf, requestOf, type IndicatorDraft, type ReportDraft } from './report-draft';

const reportRules: DraftRules<MonitoringProjectJson, ReportDraft, { projectId: string; report: SaveMonitoringReportRequest }> = {
  draftOf,
  requestOf: (project, draft, version) => ({ projectId: project.id, report: requestOf(project, draft, version) }),
  problemsOf,
  changedOwners,
  fieldProblemsOf,
  conflictOf: reportConflictOf,
  savedMessage: (saved) => (saved.findings.some((finding) => finding.severity === 'error') ? '已保存草稿。表中标红的问题改正后才能提交。' : '已保存。'),
};

export function useReportDraft(roundId: string, unitId: string, project: MonitoringProjectJson) {
  const { setDraft, ...state } = useVersionedDraft(project, reportRules, useSaveMonitoringReport(roundId, unitId));
  return {
    ...state,
    setFunds: (changes: Partial<Omit<ReportDraft, 'indicators'>>) => setDraft((current) => ({ ...current, ...changes })),
    setRow: (indicatorId: string, changes: Partial<IndicatorDraft>) =>
      setDraft((current) => ({ ...current, indicators: current.indicators.map((row) => (row.indicatorId === indicatorId ? { ...row, ...changes } : row)) })),
  };
}
