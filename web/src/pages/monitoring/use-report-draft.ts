/**
 * A monitoring report being typed and the version it started from; saving sends that version and starts again
 * from what the server answers (lights, findings, new version); a 409 keeps the draft for the conflict dialog; a
 * 400 places the server's field messages at their cells.
 */
import { App } from 'antd';
import { useMemo, useState } from 'react';
import { messageOf } from '../../api/client';
import { useSaveMonitoringReport, type MonitoringProjectJson } from '../../api/monitoring';
import { fieldProblemsOf, reportConflictOf, type ReportConflict } from './report-conflict';
import { changedOwners, draftOf, problemsOf, problemsWithin, requestOf, type IndicatorDraft, type ReportDraft } from './report-draft';

export function useReportDraft(roundId: string, unitId: string, project: MonitoringProjectJson) {
  const [base, setBase] = useState(project);
  const [draft, setDraft] = useState<ReportDraft>(() => draftOf(project));
  const [conflict, setConflict] = useState<ReportConflict | null>(null);
  const save = useSaveMonitoringReport(roundId, unitId);
  const { message, modal } = App.useApp();
  const restart = (saved: MonitoringProjectJson) => {
    setBase(saved);
    setDraft(draftOf(saved));
    setConflict(null);
  };
  const saved = useMemo(() => draftOf(base), [base]);
  const dirty = JSON.stringify(requestOf(base, draft, 0)) !== JSON.stringify(requestOf(base, saved, 0));
  const fieldProblems = useMemo(() => fieldProblemsOf(save.error, draft), [save.error, draft]);
  const problems = useMemo(() => new Map([...fieldProblems, ...problemsWithin(problemsOf(project, draft), changedOwners(saved, draft))]), [fieldProblems, project, draft, saved]);
  const send = (version: number) =>
    save.mutate(
      { projectId: project.id, report: requestOf(project, draft, version) },
      {
        onSuccess: (answer) => {
          restart(answer);
          void message.success(answer.findings.some((finding) => finding.severity === 'error') ? '已保存草稿。表中标红的问题改正后才能提交。' : '已保存。');
        },
        onError: (error) => {
          const found = reportConflictOf(error);
          if (found) setConflict(found);
          else if (fieldProblemsOf(error, draft).size === 0) void modal.error({ title: '没有保存', content: messageOf(error) });
        },
      },
    );
  return {
    draft,
    dirty,
    problems,
    conflict,
    saving: save.isPending,
    save: () => send(base.version),
    overwrite: () => conflict && send(conflict.currentVersion),
    keepTheirs: () => conflict && restart(conflict.theirs),
    discard: () => restart(base),
    setFunds: (changes: Partial<Omit<ReportDraft, 'indicators'>>) => setDraft((current) => ({ ...current, ...changes })),
    setRow: (indicatorId: string, changes: Partial<IndicatorDraft>) =>
      setDraft((current) => ({ ...current, indicators: current.indicators.map((row) => (row.indicatorId === indicatorId ? { ...row, ...changes } : row)) })),
  };
}
