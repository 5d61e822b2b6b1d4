/**
 * 绩效自评 of a project: the self-evaluation table as users know it (funds block with 执行率 and its score, the
 * goals, the indicator block, 总分 and 等级), filled in place; weights adjusted with a reason, their sums by
 * level always shown; the working of every score on hover, or written under every score on request; the
 * server's findings ("暂无" refused, copies) at their cells. Saving recomputes the score.
 */
import { Breadcrumb, Button, Card, Space, Switch, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useSelfEvaluation, type SelfEvaluationJson } from '../../api/self-evaluation';
import { formatDateTime } from '../../components/format';
import { LoadError, PageLoading } from '../../components/page-states';
import { VersionConflictModal } from '../../components/version-conflict-modal';
import { savedFindingsOf } from '../../components/versioned-draft';
import { findingsByEvaluationCell } from './evaluation-cells';
import { evaluationConflictLines } from './evaluation-conflict';
import { EvaluationEditingContext, type EvaluationEditing } from './evaluation-context';
import { EvaluationFindings } from './evaluation-findings';
import { FundsSection } from './funds-section';
import { IndicatorSection } from './indicator-section';
import { useEvaluationDraft } from './use-evaluation-draft';
import { WeightsPanel } from './weights-panel';
import './self-evaluation.css';

function Heading({ evaluation }: { evaluation: SelfEvaluationJson }) {
  const { project } = evaluation;
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/self-evaluation">绩效自评</Link> }, { title: <Link to={`/self-evaluation/unit-years/${project.unitYearId}`}>{project.unit.name} {project.year} 年</Link> }, { title: project.name }]} />
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{project.name}</Typography.Title>
        {evaluation.version === 0 ? <Tag>尚未自评</Tag> : <Typography.Text type="secondary">最近由 {evaluation.updatedBy?.displayName ?? '—'} 于 {formatDateTime(evaluation.updatedAt)} 保存</Typography.Text>}
        <Typography.Text type="secondary">计分规则包：{evaluation.rulePack}</Typography.Text>
      </Space>
    </Space>
  );
}

interface ToolbarProps {
  editable: boolean;
  dirty: boolean;
  saving: boolean;
  onSave: () => void;
  onDiscard: () => void;
  editingWeights: boolean;
  onEditingWeights: (on: boolean) => void;
  showWorking: boolean;
  onShowWorking: (on: boolean) => void;
}

function Toolbar({ editable, dirty, saving, onSave, onDiscard, editingWeights, onEditingWeights, showWorking, onShowWorking }: ToolbarProps) {
  return (
    <Space wrap>
      {editable ? <Button type="primary" loading={saving} disabled={!dirty} onClick={onSave}>保存并计分</Button> : null}
      {editable ? <Button disabled={!dirty || saving} onClick={onDiscard}>放弃修改</Button> : null}
      {dirty ? <Tag color="orange">有未保存的修改，得分为上次保存时的</Tag> : null}
      {editable ? <Switch checked={editingWeights} onChange={onEditingWeights} checkedChildren="调整分值" unCheckedChildren="调整分值" aria-label="调整分值" /> : null}
      <Switch checked={showWorking} onChange={onShowWorking} checkedChildren="显示计算过程" unCheckedChildren="显示计算过程" aria-label="显示每项得分的计算过程" />
    </Space>
  );
}

function Bottom({ evaluation, showWeights }: { evaluation: SelfEvaluationJson; showWeights: boolean }) {
  const weightsWrong = evaluation.findings.some((finding) => finding.code.startsWith('self-evaluation.weights'));
  return (
    <div className="evaluation-bottom">
      <Card size="small" className="evaluation-findings"><EvaluationFindings /></Card>
      {showWeights || weightsWrong ? <Card size="small" className="evaluation-weights"><WeightsPanel /></Card> : null}
    </div>
  );
}

function EvaluationView({ evaluation }: { evaluation: SelfEvaluationJson }) {
  const state = useEvaluationDraft(evaluation);
  const [editingWeights, setEditingWeights] = useState(false);
  const [showWorking, setShowWorking] = useState(false);
  const byCell = useMemo(() => findingsByEvaluationCell(evaluation), [evaluation]);
  const editing: EvaluationEditing = {
    evaluation,
    draft: state.draft,
    editable: evaluation.can.edit,
    editingWeights,
    showWorking,
    dirty: state.dirty,
    problems: state.problems,
    findingsOf: savedFindingsOf(byCell, state.changed),
    setFunds: state.setFunds,
    setRow: state.setRow,
    setWeight: state.setWeight,
  };
  const { conflict } = state;
  return (
    <EvaluationEditingContext value={editing}>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Heading evaluation={evaluation} />
        <Toolbar editable={editing.editable} dirty={state.dirty} saving={state.saving} onSave={state.save} onDiscard={state.discard} editingWeights={editingWeights} onEditingWeights={setEditingWeights} showWorking={showWorking} onShowWorking={setShowWorking} />
        <div className="form-grid-wrap evaluation-table">
          <div className="evaluation-caption">项目支出绩效自评表（{evaluation.project.year}年度）</div>
          <FundsSection />
          <div style={{ height: 12 }} />
          <IndicatorSection />
        </div>
        <Bottom evaluation={evaluation} showWeights={editingWeights} />
      </Space>
      {conflict ? (
        <VersionConflictModal title="保存冲突：这个项目的自评已被他人修改" message={conflict.message} who={conflict.who} when={conflict.when} lines={evaluationConflictLines(evaluation, conflict.theirs, state.draft)} saving={state.saving} onKeepTheirs={() => void state.keepTheirs()} onOverwrite={() => void state.overwrite()} />
      ) : null}
    </EvaluationEditingContext>
  );
}

export function ProjectEvaluationPage() {
  const { id = '' } = useParams();
  const evaluation = useSelfEvaluation(id);
  if (evaluation.isPending) return <PageLoading />;
  if (evaluation.isError) return <LoadError error={evaluation.error} onRetry={() => void evaluation.refetch()} />;
  return <EvaluationView key={evaluation.data.project.id} evaluation={evaluation.data} />;
}
