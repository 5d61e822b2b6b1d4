/**
 * One project's monitoring report: the funds block and the indicator block, editable in place with the
 * problems of each cell shown as the user types; save sends the version it read (a draft with problems is
 * saved too, submitting needs none); someone else's save first opens both versions side by side.
 */
import { App, Button, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { messageOf } from '../../api/client';
import { useSaveMonitoringReport, type MonitoringProjectJson } from '../../api/monitoring';
import { VersionConflictModal } from '../../components/version-conflict-modal';
import { FundsBlock } from './funds-block';
import { ReportFindings } from './report-findings';
import { findingsByReportCell } from './report-cells';
import { conflictLines, fieldProblemsOf, reportConflictOf, type ReportConflict } from './report-conflict';
import { ReportEditingContext, type ReportEditing } from './report-context';
import { changedOwners, draftOf, problemsOf, problemsWithin, requestOf, type IndicatorDraft, type ReportDraft } from './report-draft';
import { ReportGrid } from './report-grid';

interface ProjectReportProps {
  roundId: string;
  unitId: string;
  project: MonitoringProjectJson;
  editable: boolean;
  months: string;
  highlightedIndicatorId: string | null;
  onDirtyChange: (dirty: boolean) => void;
}

/** The draft and the version it started from; the draft starts again from whatever was last saved. */
function useReportDraft(project: MonitoringProjectJson) {
  const [base, setBase] = useState(project);
  const [draft, setDraft] = useState<ReportDraft>(() => draftOf(project));
  const restart = (saved: MonitoringProjectJson) => {
    setBase(saved);
    setDraft(draftOf(saved));
  };
  const setFunds = (changes: Partial<Omit<ReportDraft, 'indicators'>>) => setDraft((current) => ({ ...current, ...changes }));
  const setRow = (indicatorId: string, changes: Partial<IndicatorDraft>) =>
    setDraft((current) => ({ ...current, indicators: current.indicators.map((row) => (row.indicatorId === indicatorId ? { ...row, ...changes } : row)) }));
  return { base, draft, restart, setFunds, setRow };
}

function SaveBar({ dirty, saving, isNew, onSave, onDiscard }: { dirty: boolean; saving: boolean; isNew: boolean; onSave: () => void; onDiscard: () => void }) {
  return (
    <Space wrap>
      <Button type="primary" loading={saving} disabled={!dirty} onClick={onSave}>保存</Button>
      <Button disabled={!dirty || saving} onClick={onDiscard}>放弃修改</Button>
      {dirty ? <Tag color="orange">有未保存的修改</Tag> : <Typography.Text type="secondary">{isNew ? '尚未填报' : '已保存'}</Typography.Text>}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>黄色底色为必填（有可能：偏差原因和备注；完全不可能：偏差原因和整改措施）；鼠标停在彩色圆点上可看亮灯的依据。</Typography.Text>
    </Space>
  );
}

export function ProjectReport({ roundId, unitId, project, editable, months, highlightedIndicatorId, onDirtyChange }: ProjectReportProps) {
  const { base, draft, restart, setFunds, setRow } = useReportDraft(project);
  const [conflict, setConflict] = useState<ReportConflict | null>(null);
  const save = useSaveMonitoringReport(roundId, unitId);
  const { message, modal } = App.useApp();
  const saved = useMemo(() => draftOf(base), [base]);
  const dirty = JSON.stringify(requestOf(base, draft, 0)) !== JSON.stringify(requestOf(base, saved, 0));
  const fieldProblems = useMemo(() => fieldProblemsOf(save.error, draft), [save.error, draft]);
  const problems = useMemo(() => new Map([...fieldProblems, ...problemsWithin(problemsOf(project, draft), changedOwners(saved, draft))]), [fieldProblems, project, draft, saved]);
  const byCell = useMemo(() => findingsByReportCell(project.findings), [project.findings]);

  const send = (version: number) =>
    save.mutate(
      { projectId: project.id, report: requestOf(project, draft, version) },
      {
        onSuccess: (saved) => {
          restart(saved);
          setConflict(null);
          onDirtyChange(false);
          void message.success(saved.findings.some((finding) => finding.severity === 'error') ? '已保存草稿。表中标红的问题改正后才能提交。' : '已保存。');
        },
        onError: (error) => {
          const found = reportConflictOf(error);
          if (found) setConflict(found);
          else if (fieldProblemsOf(error, draft).size === 0) void modal.error({ title: '没有保存', content: messageOf(error) });
        },
      },
    );
  const keepTheirs = () => {
    if (conflict) restart(conflict.theirs);
    setConflict(null);
    onDirtyChange(false);
  };
  const editing: ReportEditing = {
    project,
    draft,
    editable,
    months,
    problems,
    findingsOf: (cell) => byCell.get(cell) ?? [],
    highlightedIndicatorId,
    setFunds: (changes) => { setFunds(changes); onDirtyChange(true); },
    setRow: (indicatorId, changes) => { setRow(indicatorId, changes); onDirtyChange(true); },
  };
  return (
    <ReportEditingContext value={editing}>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {editable ? <SaveBar dirty={dirty} saving={save.isPending} isNew={project.version === 0} onSave={() => send(base.version)} onDiscard={() => { restart(base); onDirtyChange(false); }} /> : null}
        <div className="form-grid-wrap">
          <FundsBlock />
          <div style={{ height: 12 }} />
          <ReportGrid />
        </div>
        <ReportFindings project={project} />
      </Space>
      {conflict ? (
        <VersionConflictModal
          title="保存冲突：这个项目的监控填报已被他人修改"
          message={conflict.message}
          who={conflict.who}
          when={conflict.when}
          lines={conflictLines(project, conflict.theirs, draft)}
          saving={save.isPending}
          onKeepTheirs={keepTheirs}
          onOverwrite={() => send(conflict.currentVersion)}
        />
      ) : null}
    </ReportEditingContext>
  );
}
