/**
 * A 分值 cell: the weight, or, while weights are being adjusted, the weight as an input and — once it differs
 * from the default — the reason the change needs. A weight rescaled because indicators do not apply shows the
 * weight it was scored against.
 */
import { Input, Typography } from 'antd';
import { GridCell } from '../../components/grid-cell';
import { weightCell } from './evaluation-cells';
import { useEvaluationEditing } from './evaluation-context';
import { isChanged, typedWeightOf } from './weight-sums';

interface WeightCellProps {
  weightId: string;
  subject: string;
  /** The weight scored against after rescaling, when it differs from the weight set's. */
  scoredWeight?: string | null;
}

export function WeightCell({ weightId, subject, scoredWeight }: WeightCellProps) {
  const { evaluation, draft, editable, editingWeights, problems, findingsOf, setWeight } = useEvaluationEditing();
  const cell = weightCell(weightId);
  const weight = draft.weights.find((entry) => entry.id === weightId);
  if (!weight) return <GridCell cell={cell} className="number" findings={findingsOf(cell)}>—</GridCell>;
  const changed = isChanged(weight);
  const isRescaled = evaluation.score?.rescaling && scoredWeight && typedWeightOf(scoredWeight) !== typedWeightOf(weight.weight);
  const rescaled = isRescaled ? <div className="cell-sub">剔除不适用指标后折算为 {scoredWeight}</div> : null;
  if (!(editable && editingWeights)) {
    return (
      <GridCell cell={cell} className="number" findings={findingsOf(cell)}>
        {weight.weight}
        {changed ? <div className="cell-sub" title={weight.reason}>默认 {weight.defaultWeight ?? '—'}</div> : null}
        {rescaled}
      </GridCell>
    );
  }
  return (
    <GridCell cell={cell} problem={problems.get(cell)} findings={findingsOf(cell)} required={changed}>
      <Input size="small" inputMode="decimal" value={weight.weight} aria-label={`分值：${subject}`} onChange={(event) => setWeight(weightId, { weight: event.target.value })} style={{ textAlign: 'right' }} />
      {changed ? (
        <>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>默认 {weight.defaultWeight ?? '—'}，调整理由：</Typography.Text>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} value={weight.reason} aria-label={`分值调整理由：${subject}`} onChange={(event) => setWeight(weightId, { reason: event.target.value })} />
        </>
      ) : null}
      {rescaled}
    </GridCell>
  );
}
