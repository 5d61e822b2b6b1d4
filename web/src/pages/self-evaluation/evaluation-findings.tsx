/**
 * The checks of the saved self-evaluation under the table, but for cells changed since the save (checked again
 * on the next one); a click brings the reader to the cell.
 */
import { CheckList } from '../../components/check-list';
import { evaluationCellOf } from './evaluation-cells';
import { useEvaluationEditing } from './evaluation-context';

export function EvaluationFindings() {
  const { evaluation, findingsOf } = useEvaluationEditing();
  const nameOf = (indicatorId: string | null) => evaluation.indicators.find((indicator) => indicator.id === indicatorId)?.name ?? null;
  const items = evaluation.findings
    .map((finding) => ({ ...finding, place: [nameOf(finding.indicatorId), finding.location.cell].filter(Boolean).join(' · '), cell: evaluationCellOf(finding, evaluation) }))
    .filter((item) => findingsOf(item.cell).length > 0);
  const title = evaluation.version === 0 ? '尚未保存' : items.length > 0 ? `${items.length} 条` : evaluation.findings.length === 0 ? '没有问题' : '修改处保存后再校验';
  return <CheckList title={`校验（${title}）`} items={items} />;
}
