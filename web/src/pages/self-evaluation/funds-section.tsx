/**
 * The funds block and the goal block of the self-evaluation table (domain.md §6): 年初预算数 | 全年预算数 |
 * 全年执行数 | 分值 | 执行率 | 得分 for 年度资金总额, then the rows 其中：当年财政拨款, 上年结转资金 and 其他资金
 * with their 年初预算数 from the targets (none carried over) and the parts of 全年预算数 and 全年执行数 the unit
 * gives; the explanation of an execution shortfall, and the year's goals (预期目标) beside what was achieved
 * (实际完成情况).
 */
import { Input } from 'antd';
import { fundSourceLabels, sourceField, sourcesField, splitColumnLabels, type FundSource, type SplitColumn } from '../../../../src/core/self-evaluation/sources';
import { formatWan } from '../../components/format';
import { GridCell } from '../../components/grid-cell';
import { GridHead } from '../../components/grid-head';
import { evaluationCell } from './evaluation-cells';
import { useEvaluationEditing } from './evaluation-context';
import { ScoreWorking } from './score-working';
import { WeightCell } from './weight-cell';

function AmountCell({ field, label }: { field: 'adjustedBudget' | 'spent'; label: string }) {
  const { draft, editable, problems, findingsOf, setFunds } = useEvaluationEditing();
  const cell = evaluationCell('project', field);
  return (
    <GridCell cell={cell} className="number" problem={problems.get(cell)} findings={findingsOf(cell)}>
      {editable ? <Input size="small" inputMode="decimal" value={draft[field]} aria-label={label} placeholder="万元" onChange={(event) => setFunds({ [field]: event.target.value })} style={{ textAlign: 'right' }} /> : draft[field] || '—'}
    </GridCell>
  );
}

/** A part by source of 全年预算数 or 全年执行数: blank when not given. */
function SourceCell({ column, source }: { column: SplitColumn; source: FundSource }) {
  const { draft, editable, problems, findingsOf, setFunds } = useEvaluationEditing();
  const cell = evaluationCell('project', sourceField(column, source));
  const parts = draft[sourcesField(column)];
  const label = `${splitColumnLabels[column]}：${fundSourceLabels[source]}（万元）`;
  return (
    <GridCell cell={cell} className="number" problem={problems.get(cell)} findings={findingsOf(cell)}>
      {editable ? <Input size="small" inputMode="decimal" value={parts[source]} aria-label={label} placeholder="万元" onChange={(event) => setFunds({ [sourcesField(column)]: { ...parts, [source]: event.target.value } })} style={{ textAlign: 'right' }} /> : parts[source] || '—'}
    </GridCell>
  );
}

/** 其中：当年财政拨款, 上年结转资金, 其他资金: 年初预算数 from the targets (nothing carried over into them), the parts typed. */
function SourceRow({ source, initial }: { source: FundSource; initial: number | null }) {
  return (
    <tr>
      <th className="block-label">{source === 'fiscal' ? `其中：${fundSourceLabels[source]}` : fundSourceLabels[source]}</th>
      <td className="number">{initial === null ? '—' : formatWan(initial)}</td>
      <SourceCell column="adjustedBudget" source={source} />
      <SourceCell column="spent" source={source} />
      <td colSpan={3} className="cell-sub">—</td>
    </tr>
  );
}

function ExecutionExplanationRow() {
  const { draft, editable, problems, findingsOf, setFunds, evaluation } = useEvaluationEditing();
  const cell = evaluationCell('project', 'executionExplanation');
  const required = evaluation.score?.execution.needsExplanation ?? false;
  if (!required && !draft.executionExplanation && findingsOf(cell).length === 0) return null;
  return (
    <tr>
      <th className="block-label">执行偏差说明</th>
      <GridCell cell={cell} colSpan={6} required={editable && required} problem={problems.get(cell)} findings={findingsOf(cell)}>
        {editable ? <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} value={draft.executionExplanation} aria-label="预算执行偏差说明" placeholder="预算执行率偏低（或超预算）的原因和改进措施" onChange={(event) => setFunds({ executionExplanation: event.target.value })} /> : <span className="cell-text">{draft.executionExplanation || '—'}</span>}
      </GridCell>
    </tr>
  );
}

function TotalRow() {
  const { evaluation } = useEvaluationEditing();
  const execution = evaluation.score?.execution;
  return (
    <tr>
      <th className="block-label">年度资金总额</th>
      <td className="number">{formatWan(evaluation.project.budget.total)}</td>
      <AmountCell field="adjustedBudget" label="全年预算数（万元）" />
      <AmountCell field="spent" label="全年执行数（万元）" />
      <WeightCell weightId="execution" subject="预算执行" scoredWeight={execution?.weight} />
      <td className="number" data-testid="execution-rate">{execution?.ratePercent ? `${execution.ratePercent}%` : '—'}</td>
      <td className="number">
        <ScoreWorking score={execution?.score.rounded ?? null} working={execution?.working ?? null} subject="预算执行" />
      </td>
    </tr>
  );
}

function GoalRows({ goals }: { goals: readonly string[] }) {
  const { draft, editable, problems, findingsOf, setFunds } = useEvaluationEditing();
  const cell = evaluationCell('project', 'goalCompletion');
  return (
    <>
      <tr>
        <th className="block-label" rowSpan={2}>年度总体目标</th>
        <th colSpan={3}>预期目标</th>
        <th colSpan={3}>实际完成情况</th>
      </tr>
      <tr>
        <td colSpan={3} className="cell-text">{goals.length > 0 ? goals.join('\n') : '—'}</td>
        <GridCell cell={cell} colSpan={3} problem={problems.get(cell)} findings={findingsOf(cell)}>
          {editable ? <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} value={draft.goalCompletion} aria-label="年度总体目标实际完成情况" placeholder="对照预期目标，写明全年实际完成了什么" onChange={(event) => setFunds({ goalCompletion: event.target.value })} /> : <span className="cell-text">{draft.goalCompletion || '—'}</span>}
        </GridCell>
      </tr>
    </>
  );
}

export function FundsSection() {
  const { evaluation } = useEvaluationEditing();
  const { budget, goals } = evaluation.project;
  return (
    <table className="form-grid" data-testid="funds-section">
      <GridHead columns={[['项目资金（万元）', 16], ['年初预算数', 14], ['全年预算数', 16], ['全年执行数', 16], ['分值', 14], ['执行率', 10], ['得分', 14]]} />
      <tbody>
        <TotalRow />
        <SourceRow source="fiscal" initial={budget.fiscal} />
        <SourceRow source="carryover" initial={null} />
        <SourceRow source="other" initial={budget.other} />
        <ExecutionExplanationRow />
        <GoalRows goals={goals} />
      </tbody>
    </table>
  );
}
