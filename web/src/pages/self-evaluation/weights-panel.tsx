/**
 * 分值 by level: each level 1 and level 2 weight (editable while adjusting, with its reason), beside the sum of
 * the weights under it; every sum that does not hold is marked, so the weights are seen to be consistent
 * before saving (level 3 → level 2 → level 1, and level 1s with budget execution → 100).
 */
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Typography } from 'antd';
import { GridCell } from '../../components/grid-cell';
import { GridHead } from '../../components/grid-head';
import { evaluationCell } from './evaluation-cells';
import { useEvaluationEditing } from './evaluation-context';
import { holds, levelId, levelSumsOf, weightText, type LevelSum } from './weight-sums';
import { WeightCell } from './weight-cell';

function SumCell({ sum }: { sum: LevelSum | undefined }) {
  if (!sum) return <td />;
  const ok = holds(sum);
  return (
    <td className="number" data-sum={sum.id} data-holds={ok}>
      {ok ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <CloseCircleFilled style={{ color: '#f5222d' }} />} {sum.sum === null ? '无法计算' : weightText(sum.sum)}
      {!ok && sum.expected !== null && sum.sum !== null ? <div className="cell-problem">应等于 {weightText(sum.expected)}</div> : null}
    </td>
  );
}

export function WeightsPanel() {
  const { evaluation, draft, findingsOf } = useEvaluationEditing();
  const sums = levelSumsOf(evaluation, draft.weights);
  const sumOf = (id: string) => sums.find((sum) => sum.id === id);
  const total = sumOf('total');
  const broken = sums.filter((sum) => !holds(sum)).length;
  const weightsCell = evaluationCell('project', 'weights');
  return (
    <div data-testid="weights-panel">
      <Typography.Text strong>各级分值及合计</Typography.Text>{' '}
      <Typography.Text type={broken ? 'danger' : 'success'}>{broken ? `有 ${broken} 处合计不一致` : '各级合计一致'}</Typography.Text>
      <table className="form-grid" style={{ marginTop: 8 }}>
        <GridHead columns={[['指标层级', 40], ['分值', 30], ['下级分值合计', 30]]} />
        <tbody>
          {evaluation.weights.levels.map((level) => {
            const id = levelId(level.level1, level.level2);
            return (
              <tr key={id}>
                <td style={{ paddingLeft: level.level2 === null ? 6 : 22 }}>{level.level2 === null ? <strong>{level.level1}</strong> : level.level2}</td>
                <WeightCell weightId={id} subject={level.level2 ?? level.level1} />
                <SumCell sum={sumOf(id)} />
              </tr>
            );
          })}
          <tr>
            <td><strong>预算执行</strong></td>
            <WeightCell weightId="execution" subject="预算执行" />
            <td />
          </tr>
          <tr>
            <GridCell cell={weightsCell} findings={findingsOf(weightsCell)}><strong>总分</strong></GridCell>
            <td className="number">100.00</td>
            <SumCell sum={total} />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
