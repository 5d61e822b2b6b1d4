/**
 * 实际完成值, of the kind the target asks for: a number in the target's unit; a completion date (and, when it is
 * late, the evaluator's score); a grade (达成 / 部分达成 / 未达成年度指标) and the evaluator's score. An indicator
 * may be marked not applicable: it is then left out and the other weights rescaled to 100.
 */
import { Checkbox, DatePicker, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { qualitativeGradeLabels, qualitativeGrades, type QualitativeGrade } from '../../../../src/core/self-evaluation/types';
import type { EvaluatedIndicatorJson } from '../../api/self-evaluation';
import { GridCell } from '../../components/grid-cell';
import { evaluationCell } from './evaluation-cells';
import { useEvaluationEditing } from './evaluation-context';
import type { IndicatorEvaluationDraft } from './evaluation-draft';

const gradeOptions = qualitativeGrades.map((grade) => ({ value: grade, label: qualitativeGradeLabels[grade] }));

/** The actual as read, for a table that is not being edited. */
export function actualText(row: IndicatorEvaluationDraft, unit: string): string {
  if (row.notApplicable) return '不适用';
  if (row.kind === 'number') return row.value ? `${row.value}${unit}` : '—';
  if (row.kind === 'date') return row.date ? `${row.date}${row.score ? `（评价得分 ${row.score}）` : ''}` : '—';
  return row.grade ? `${qualitativeGradeLabels[row.grade]}（评价得分 ${row.score || '—'}）` : '—';
}

function Editor({ indicator, row }: { indicator: EvaluatedIndicatorJson; row: IndicatorEvaluationDraft }) {
  const { setRow, problems } = useEvaluationEditing();
  const set = (changes: Partial<IndicatorEvaluationDraft>) => setRow(indicator.id, changes);
  const scoreProblem = problems.get(evaluationCell(indicator.id, 'score'));
  const score = (placeholder: string) => (
    <Input size="small" inputMode="decimal" value={row.score} placeholder={placeholder} status={scoreProblem ? 'error' : undefined} aria-label={`评价得分：${indicator.name}`} onChange={(event) => set({ score: event.target.value })} style={{ marginTop: 4 }} />
  );
  if (row.kind === 'number') {
    return <Input size="small" inputMode="decimal" value={row.value} suffix={indicator.target.unit ?? undefined} aria-label={`实际完成值：${indicator.name}`} onChange={(event) => set({ value: event.target.value })} />;
  }
  if (row.kind === 'date') {
    return (
      <>
        <DatePicker size="small" value={row.date ? dayjs(row.date) : null} placeholder="完成日期" aria-label={`完成日期：${indicator.name}`} onChange={(date) => set({ date: date ? date.format('YYYY-MM-DD') : '' })} />
        {row.date && indicator.target.date && row.date > indicator.target.date ? score('逾期：评价得分') : null}
      </>
    );
  }
  return (
    <>
      <Select<QualitativeGrade> size="small" value={row.grade ?? undefined} placeholder="完成等级" options={gradeOptions} aria-label={`完成等级：${indicator.name}`} onChange={(grade) => set({ grade })} popupMatchSelectWidth={false} />
      {score('评价得分')}
    </>
  );
}

export function ActualCell({ indicator, row }: { indicator: EvaluatedIndicatorJson; row: IndicatorEvaluationDraft }) {
  const { editable, problems, findingsOf, setRow } = useEvaluationEditing();
  const cell = evaluationCell(indicator.id, 'actual');
  const problem = problems.get(cell) ?? problems.get(evaluationCell(indicator.id, 'score'));
  if (!editable) return <GridCell cell={cell} findings={findingsOf(cell)}>{actualText(row, indicator.target.unit ?? '')}</GridCell>;
  return (
    <GridCell cell={cell} problem={problem} findings={findingsOf(cell)}>
      {row.notApplicable ? null : <Editor indicator={indicator} row={row} />}
      <Checkbox checked={row.notApplicable} onChange={(event) => setRow(indicator.id, { notApplicable: event.target.checked })} style={{ marginTop: 4 }}>不适用</Checkbox>
    </GridCell>
  );
}
