/**
 * What a save of a self-evaluation can run into besides success: someone saved it first (409 with the
 * evaluation as it is now), or fields the server could not read (400 with field paths), placed on the table's
 * cells.
 */
import { fundSourceLabels, fundSources, sourceField, sourcesField, splitColumnLabels, splitColumns } from '../../../../src/core/self-evaluation/sources';
import { ApiError } from '../../api/client';
import type { SelfEvaluationJson } from '../../api/self-evaluation';
import type { ConflictLine } from '../../components/version-conflict-modal';
import { versionConflictOf, type VersionConflict } from '../../components/versioned-draft';
import { actualText } from './actual-cell';
import { evaluationCell, projectFieldCell, weightCell } from './evaluation-cells';
import { evaluationDraftOf, type EvaluationDraft } from './evaluation-draft';
import { changedWeights } from './weight-sums';

export type EvaluationConflict = VersionConflict<SelfEvaluationJson>;

function isSelfEvaluation(value: unknown): value is SelfEvaluationJson {
  if (typeof value !== 'object' || value === null) return false;
  return 'version' in value && typeof value.version === 'number' && 'indicators' in value && Array.isArray(value.indicators) && 'weights' in value && 'project' in value;
}

/** The version conflict a save ran into, or null for any other failure. */
export function evaluationConflictOf(error: unknown): EvaluationConflict | null {
  return versionConflictOf(error, isSelfEvaluation);
}

/** Both versions line by line: the funds, each indicator's actual and explanation, each weight. */
export function evaluationConflictLines(evaluation: SelfEvaluationJson, theirs: SelfEvaluationJson, mine: EvaluationDraft): ConflictLine[] {
  const other = evaluationDraftOf(theirs);
  const lines: ConflictLine[] = [
    { key: 'adjustedBudget', label: '全年预算数（万元）', theirs: other.adjustedBudget, mine: mine.adjustedBudget },
    { key: 'spent', label: '全年执行数（万元）', theirs: other.spent, mine: mine.spent },
    ...splitColumns.flatMap((column) =>
      fundSources.map((source) => ({ key: sourceField(column, source), label: `${splitColumnLabels[column]}：${fundSourceLabels[source]}（万元）`, theirs: other[sourcesField(column)][source], mine: mine[sourcesField(column)][source] })),
    ),
    { key: 'executionExplanation', label: '预算执行偏差说明', theirs: other.executionExplanation, mine: mine.executionExplanation },
    { key: 'goalCompletion', label: '年度总体目标实际完成情况', theirs: other.goalCompletion, mine: mine.goalCompletion },
  ];
  for (const indicator of evaluation.indicators) {
    const [a, b] = [other, mine].map((draft) => draft.indicators.find((row) => row.indicatorId === indicator.id));
    const unit = indicator.target.unit ?? '';
    lines.push({ key: `${indicator.id}:actual`, label: `${indicator.name}：实际完成值`, theirs: a ? actualText(a, unit) : '', mine: b ? actualText(b, unit) : '' });
    lines.push({ key: `${indicator.id}:explanation`, label: `${indicator.name}：偏差原因分析`, theirs: a?.explanation ?? '', mine: b?.explanation ?? '' });
  }
  for (const weight of mine.weights) {
    const theirWeight = other.weights.find((entry) => entry.id === weight.id);
    const text = (entry: { weight: string; reason: string } | undefined) => (entry ? `${entry.weight}${entry.reason ? `（${entry.reason}）` : ''}` : '');
    lines.push({ key: `weight:${weight.id}`, label: `分值：${weight.label}`, theirs: text(theirWeight), mine: text(weight) });
  }
  return lines;
}

/**
 * The server's field errors (400, paths such as `spent`, `spentBySource.fiscal`, `indicators.2.actual.value`,
 * `weights.0.weight`) by the table's cell; empty for any other failure.
 */
export function evaluationFieldProblemsOf(error: unknown, draft: EvaluationDraft): Map<string, string> {
  const problems = new Map<string, string>();
  if (!(error instanceof ApiError)) return problems;
  const changed = changedWeights(draft.weights);
  for (const { path, message } of error.fields) {
    const [head, index, field] = path.split('.');
    const row = head === 'indicators' ? draft.indicators[Number(index)] : undefined;
    const weight = head === 'weights' ? changed[Number(index)] : undefined;
    if (row) problems.set(evaluationCell(row.indicatorId, field === 'explanation' ? 'explanation' : 'actual'), message);
    else if (weight) problems.set(weightCell(weight.id), message);
    else if (head) problems.set(projectFieldCell(path) ?? evaluationCell('project', head), message);
  }
  return problems;
}
