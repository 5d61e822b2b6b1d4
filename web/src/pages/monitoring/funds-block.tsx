/**
 * The funds block of the monitoring table (domain.md §6): 全年预算数, 1—N月执行数, 执行率, 序时进度 with the
 * spending light, 全年预计执行数; and, when spending goes over the budget, the explanation it then needs.
 */
import { Input } from 'antd';
import type { SpendingLightJson } from '../../api/monitoring';
import { formatWan } from '../../components/format';
import { GridCell } from '../../components/grid-cell';
import { GridHead } from '../../components/grid-head';
import { LightDot, type LightFigure } from '../../components/lights';
import { reportCell } from './report-cells';
import { useReportEditing } from './report-context';
import { executionRateOf, isOverBudget } from './report-draft';

/** The figures behind the spending light, for its popover. */
export function spendingFigures(light: SpendingLightJson): LightFigure[] {
  const { inputs } = light;
  return [
    { label: '预算数', value: `${formatWan(inputs.budget)} 万元` },
    { label: '执行数', value: `${formatWan(inputs.spent)} 万元` },
    { label: '执行率', value: inputs.executionPercent === null ? '—' : `${inputs.executionPercent}%` },
    { label: '序时进度', value: `${inputs.scheduledPercent}%（${inputs.schedule === 'plan' ? '按支出计划' : '按月份'}）` },
    { label: '序时进度的计算', value: inputs.scheduleWorking },
    { label: '截止日期', value: inputs.cutOff },
  ];
}

function AmountCell({ field, label }: { field: 'spent' | 'expectedSpent'; label: string }) {
  const { draft, editable, problems, findingsOf, setFunds } = useReportEditing();
  const cell = reportCell('project', field);
  return (
    <GridCell cell={cell} className="number" problem={problems.get(cell)} findings={findingsOf(cell)}>
      {editable ? (
        <Input size="small" inputMode="decimal" value={draft[field]} placeholder="万元" aria-label={label} onChange={(event) => setFunds({ [field]: event.target.value })} style={{ textAlign: 'right' }} />
      ) : (
        <span>{draft[field] || '—'}</span>
      )}
    </GridCell>
  );
}

function OverspendRow() {
  const { draft, editable, problems, findingsOf, setFunds } = useReportEditing();
  const cell = reportCell('project', 'overspendExplanation');
  return (
    <tr>
      <th className="block-label">超预算说明</th>
      <GridCell cell={cell} colSpan={5} required problem={problems.get(cell)} findings={findingsOf(cell)}>
        {editable ? (
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} value={draft.overspendExplanation} aria-label="超预算说明" placeholder="执行数超过预算数的原因，如预算调整的批复文号" onChange={(event) => setFunds({ overspendExplanation: event.target.value })} />
        ) : (
          <span className="cell-text">{draft.overspendExplanation || '—'}</span>
        )}
      </GridCell>
    </tr>
  );
}

export function FundsBlock() {
  const { project, draft, months, findingsOf } = useReportEditing();
  const light = project.spendingLight;
  const rate = executionRateOf(project, draft.spent);
  const nameCell = reportCell('project', 'name');
  return (
    <table className="form-grid funds-grid" data-testid="funds-block">
      <GridHead columns={[['全年预算数（万元）', 14], [`${months}执行数（万元）`, 17], ['全年预计执行数（万元）', 17], ['执行率', 14], ['序时进度 · 支出进度', 21], ['项目', 17]]} />
      <tbody>
        <tr>
          <td className="number">{formatWan(project.budget)}</td>
          <AmountCell field="spent" label={`${months}执行数（万元）`} />
          <AmountCell field="expectedSpent" label="全年预计执行数（万元）" />
          <td className="number" data-testid="execution-rate">{rate ?? '—'}</td>
          <td>
            <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
              <LightDot color={light.color} explanation={light.explanation} figures={spendingFigures(light)} subject="支出进度" />
              <span>{light.inputs.scheduledPercent}%</span>
            </span>
          </td>
          <GridCell cell={nameCell} findings={findingsOf(nameCell)}>
            <span className="cell-sub">{project.code}</span>
          </GridCell>
        </tr>
        {isOverBudget(project, draft) || draft.overspendExplanation ? <OverspendRow /> : null}
      </tbody>
    </table>
  );
}
