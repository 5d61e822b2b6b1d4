/**
 * The indicator block of the self-evaluation table (domain.md §6): 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 |
 * 分值 | 得分 | 偏差原因分析及改进措施, merged level cells as in the target table, then 总分 and 等级. Every score
 * carries its working; an explanation the server refused ("暂无", a copy) shows its message at the cell.
 */
import { Input, Tag } from 'antd';
import type { EvaluatedIndicatorJson } from '../../api/self-evaluation';
import { GridCell } from '../../components/grid-cell';
import { GridHead } from '../../components/grid-head';
import { rowSpansOf } from '../project/indicator-groups';
import { ActualCell } from './actual-cell';
import { evaluationCell } from './evaluation-cells';
import { useEvaluationEditing } from './evaluation-context';
import { isExplanationRequired, type IndicatorEvaluationDraft } from './evaluation-draft';
import { ScoreWorking } from './score-working';
import { WeightCell } from './weight-cell';

function ExplanationCell({ indicator, row }: { indicator: EvaluatedIndicatorJson; row: IndicatorEvaluationDraft }) {
  const { evaluation, editable, problems, findingsOf, setRow } = useEvaluationEditing();
  const cell = evaluationCell(indicator.id, 'explanation');
  const required = isExplanationRequired(evaluation, row);
  return (
    <GridCell cell={cell} required={editable && required} problem={problems.get(cell)} findings={findingsOf(cell)}>
      {editable ? (
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} value={row.explanation} placeholder={required ? (row.notApplicable ? '不适用的理由' : '未达到（或超过）目标的原因和改进措施') : undefined} aria-label={`偏差原因分析及改进措施：${indicator.name}`} onChange={(event) => setRow(indicator.id, { explanation: event.target.value })} />
      ) : (
        <span className="cell-text">{row.explanation || '—'}</span>
      )}
    </GridCell>
  );
}

function ScoreCell({ indicator }: { indicator: EvaluatedIndicatorJson }) {
  const score = indicator.score;
  const flag = score?.overAchieved ? <Tag color="blue" style={{ marginInlineEnd: 0 }}>超额</Tag> : null;
  return (
    <td className="number" data-cell={evaluationCell(indicator.id, 'score')}>
      {score?.outcome === 'not-applicable' ? <span className="cell-sub">不适用</span> : <ScoreWorking score={score?.score?.rounded ?? null} working={score?.working ?? null} subject={indicator.name} />}
      {flag}
    </td>
  );
}

function IndicatorRow({ indicator, row, spans }: { indicator: EvaluatedIndicatorJson; row: IndicatorEvaluationDraft; spans: { level1: number; level2: number } }) {
  const { findingsOf } = useEvaluationEditing();
  const nameCell = evaluationCell(indicator.id, 'name');
  return (
    <tr data-indicator={indicator.id} className={row.notApplicable ? 'not-applicable' : undefined}>
      {spans.level1 > 0 ? <td rowSpan={spans.level1} className="center">{indicator.level1}</td> : null}
      {spans.level2 > 0 ? <td rowSpan={spans.level2} className="center">{indicator.level2}</td> : null}
      <GridCell cell={nameCell} findings={findingsOf(nameCell)}>{indicator.name}</GridCell>
      <td className="cell-text">{indicator.target.raw}</td>
      <ActualCell indicator={indicator} row={row} />
      <WeightCell weightId={`indicator:${indicator.id}`} subject={indicator.name} scoredWeight={indicator.score?.weight} />
      <ScoreCell indicator={indicator} />
      <ExplanationCell indicator={indicator} row={row} />
    </tr>
  );
}

function TotalRow() {
  const { evaluation } = useEvaluationEditing();
  const score = evaluation.score;
  return (
    <tr className="total-row">
      <th colSpan={5}>总分</th>
      <td className="number">100</td>
      <td className="number" data-testid="total-score">
        <ScoreWorking score={score?.total.rounded ?? null} working={score?.working ?? null} subject="总分" strong />
      </td>
      <td>
        等级：<strong data-testid="grade">{score?.grade ?? '—'}</strong>
        {score && !score.complete ? <span className="cell-sub">（有指标未填写实际完成值，按0分计）</span> : null}
      </td>
    </tr>
  );
}

export function IndicatorSection() {
  const { evaluation, draft, showWorking, editingWeights } = useEvaluationEditing();
  // The working written under each score, and a weight's reason while adjusting, need room; the explanations give it.
  const [weightWidth, scoreWidth] = [editingWeights ? 13 : 8, showWorking ? 16 : 10];
  const spans = rowSpansOf(evaluation.indicators);
  return (
    <table className="form-grid" data-testid="indicator-section">
      <GridHead columns={[['一级指标', 8], ['二级指标', 9], ['三级指标', 14], ['年度指标值', 10], ['实际完成值', 16], ['分值', weightWidth], ['得分', scoreWidth], ['偏差原因分析及改进措施', 43 - weightWidth - scoreWidth]]} />
      <tbody>
        {evaluation.indicators.map((indicator, index) => {
          const row = draft.indicators.find((entry) => entry.indicatorId === indicator.id);
          return row ? <IndicatorRow key={indicator.id} indicator={indicator} row={row} spans={spans[index] ?? { level1: 1, level2: 1 }} /> : null;
        })}
        <TotalRow />
      </tbody>
    </table>
  );
}
