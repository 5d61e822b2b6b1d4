/** The checks of the saved self-evaluation under the table; a click brings the reader to the cell. */
import { CheckList } from '../../components/check-list';
import { evaluationCellOf } from './evaluation-cells';
import { useEvaluationEditing } from './evaluation-context';

export function EvaluationFindings() {
  const { evaluation } = useEvaluationEditing();
  const { findings } = evaluation;
  const nameOf = (indicatorId: string | null) => evaluation.indicators.find((indicator) => indicator.id === indicatorId)?.name ?? null;
  const title = evaluation.version === 0 ? '尚未保存' : findings.length === 0 ? '没有问题' : `${findings.length} 条`;
  const items = findings.map((finding) => ({
    ...finding,
    place: [nameOf(finding.indicatorId), finding.location.cell].filter(Boolean).join(' · '),
    cell: evaluationCellOf(finding, evaluation),
  }));
  return <CheckList title={`校验（${title}）`} items={items} />;
}
