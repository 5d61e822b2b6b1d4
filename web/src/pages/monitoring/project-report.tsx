/**
 * One project's monitoring report: the funds block and the indicator block, editable in place with the
 * problems of each cell shown as the user types; save sends the version it read (a draft with problems is
 * saved too, submitting needs none); someone else's save first opens both versions side by side.
 */
import { Button, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import type { MonitoringProjectJson } from '../../api/monitoring';
import { VersionConflictModal } from '../../components/version-conflict-modal';
import { savedFindingsOf } from '../../components/versioned-draft';
import { FundsBlock } from './funds-block';
import { ReportFindings } from './report-findings';
import { findingsByReportCell } from './report-cells';
import { conflictLines } from './report-conflict';
import { ReportEditingContext, type ReportEditing } from './report-context';
import { ReportGrid } from './report-grid';
import { useReportDraft } from './use-report-draft';

interface ProjectReportProps {
  roundId: string;
  unitId: string;
  project: MonitoringProjectJson;
  editable: boolean;
  months: string;
  highlightedIndicatorId: string | null;
  onDirtyChange: (dirty: boolean) => void;
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
  const state = useReportDraft(roundId, unitId, project);
  const byCell = useMemo(() => findingsByReportCell(project.findings), [project.findings]);
  // The unit page asks before leaving a project with unsaved changes.
  useEffect(() => onDirtyChange(state.dirty), [state.dirty, onDirtyChange]);
  const editing: ReportEditing = {
    project,
    draft: state.draft,
    editable,
    months,
    problems: state.problems,
    findingsOf: savedFindingsOf(byCell, state.changed),
    highlightedIndicatorId,
    setFunds: state.setFunds,
    setRow: state.setRow,
  };
  const { conflict } = state;
  return (
    <ReportEditingContext value={editing}>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {editable ? <SaveBar dirty={state.dirty} saving={state.saving} isNew={project.version === 0} onSave={state.save} onDiscard={state.discard} /> : null}
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
          lines={conflictLines(project, conflict.theirs, state.draft)}
          saving={state.saving}
          onKeepTheirs={() => void state.keepTheirs()}
          onOverwrite={() => void state.overwrite()}
        />
      ) : null}
    </ReportEditingContext>
  );
}
