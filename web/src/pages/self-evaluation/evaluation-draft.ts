/**
 * A project's self-evaluation while it is being typed: texts as entered, turned into the save request
 * (src/contract/self-evaluation.ts) when saving. What can be told from the row alone shows as the user types:
 * unreadable numbers, dates, scores, and explanations that are no explanation ("暂无", "无", or the text of
 * another indicator), with core's own test of an explanation. Whether an explanation is required depends on
 * the score, which the server computes: its findings after a save place that requirement at the cell.
 */
import { explanationProblem, findCopies } from '../../../../src/core/explanation';
import { formatAmount, parseAmount, type Fen } from '../../../../src/core/money';
import { compare, parseDecimal, zero } from '../../../../src/core/rational';
import { fundSourceLabels, sourceField, sourceProblems, sourcesField, splitColumnLabels, splitColumns, type FundSource, type SplitColumn } from '../../../../src/core/self-evaluation/sources';
import type { QualitativeGrade } from '../../../../src/core/self-evaluation/types';
import type { ActualJson, EvaluatedIndicatorJson, SaveSelfEvaluationRequest, SelfEvaluationJson } from '../../api/self-evaluation';
import { evaluationCell, projectFieldCell } from './evaluation-cells';
import { isChanged, typedWeightOf, weightChangesOf, weightDraftsOf, type WeightDraft } from './weight-sums';

/** How the target of an indicator is answered: a number, a completion date, or a grade with the evaluator's score. */
export type ActualKind = ActualJson['kind'];

export interface IndicatorEvaluationDraft {
  indicatorId: string;
  kind: ActualKind;
  value: string;
  date: string;
  grade: QualitativeGrade | null;
  score: string;
  explanation: string;
  notApplicable: boolean;
}

/** The parts by source of 全年预算数 or 全年执行数 as typed (万元); '' when not given. */
export type SourceDrafts = Record<FundSource, string>;

export interface EvaluationDraft {
  adjustedBudget: string;
  spent: string;
  adjustedBudgetBySource: SourceDrafts;
  spentBySource: SourceDrafts;
  executionExplanation: string;
  /** 实际完成情况 of the year's goals (the goal block). */
  goalCompletion: string;
  indicators: IndicatorEvaluationDraft[];
  weights: WeightDraft[];
}

/** The funds and goal blocks of the draft: the amounts (with their parts by source) and the two texts. */
export type FundsDraft = Pick<EvaluationDraft, 'adjustedBudget' | 'spent' | 'adjustedBudgetBySource' | 'spentBySource' | 'executionExplanation' | 'goalCompletion'>;

/** A number for quantitative targets, a date for deadlines, a grade for qualitative ones. */
export function actualKindOf(indicator: Pick<EvaluatedIndicatorJson, 'target'>): ActualKind {
  if (indicator.target.kind === 'quantitative') return 'number';
  return indicator.target.kind === 'deadline' ? 'date' : 'grade';
}

const wanText = (amount: number): string => {
  const exact = parseAmount(String(amount), '万元');
  return exact === null ? String(amount) : formatAmount(exact, '万元');
};

const sourceDraftsOf = (parts: SelfEvaluationJson['spentBySource']): SourceDrafts => ({
  fiscal: parts.fiscal === null ? '' : wanText(parts.fiscal),
  carryover: parts.carryover === null ? '' : wanText(parts.carryover),
  other: parts.other === null ? '' : wanText(parts.other),
});

function indicatorDraftOf(indicator: EvaluatedIndicatorJson): IndicatorEvaluationDraft {
  const actual = indicator.actual;
  return {
    indicatorId: indicator.id,
    kind: actualKindOf(indicator),
    value: actual?.kind === 'number' ? actual.value : '',
    date: actual?.kind === 'date' ? actual.date : '',
    grade: actual?.kind === 'grade' ? actual.grade : null,
    score: actual?.kind === 'grade' ? actual.score : actual?.kind === 'date' ? (actual.score ?? '') : '',
    explanation: indicator.explanation,
    notApplicable: indicator.notApplicable,
  };
}

/** The draft of an evaluation as saved (or as the blank one the server offers). */
export function evaluationDraftOf(evaluation: SelfEvaluationJson): EvaluationDraft {
  return {
    adjustedBudget: wanText(evaluation.adjustedBudget),
    spent: evaluation.version === 0 && evaluation.spent === 0 ? '' : wanText(evaluation.spent),
    adjustedBudgetBySource: sourceDraftsOf(evaluation.adjustedBudgetBySource),
    spentBySource: sourceDraftsOf(evaluation.spentBySource),
    executionExplanation: evaluation.executionExplanation,
    goalCompletion: evaluation.goalCompletion,
    indicators: evaluation.indicators.map(indicatorDraftOf),
    weights: weightDraftsOf(evaluation),
  };
}

function actualOf(row: IndicatorEvaluationDraft): ActualJson | null {
  if (row.kind === 'number') return row.value.trim() === '' ? null : { kind: 'number', value: row.value.trim() };
  if (row.kind === 'date') return row.date === '' ? null : { kind: 'date', date: row.date, score: row.score.trim() === '' ? null : row.score.trim() };
  return row.grade === null ? null : { kind: 'grade', grade: row.grade, score: row.score.trim() };
}

/** The parts as the request sends them: trimmed texts, null where left blank. */
const sourceTextsOf = (parts: SourceDrafts) => ({
  fiscal: parts.fiscal.trim() || null,
  carryover: parts.carryover.trim() || null,
  other: parts.other.trim() || null,
});

/** The save request of a draft, naming the version it was read at. */
export function evaluationRequestOf(draft: EvaluationDraft, expectedVersion: number): SaveSelfEvaluationRequest {
  return {
    expectedVersion,
    adjustedBudget: draft.adjustedBudget.trim(),
    spent: draft.spent.trim(),
    adjustedBudgetBySource: sourceTextsOf(draft.adjustedBudgetBySource),
    spentBySource: sourceTextsOf(draft.spentBySource),
    executionExplanation: draft.executionExplanation,
    goalCompletion: draft.goalCompletion,
    indicators: draft.indicators.map((row) => ({ indicatorId: row.indicatorId, actual: actualOf(row), explanation: row.explanation, notApplicable: row.notApplicable })),
    weights: weightChangesOf(draft.weights),
  };
}

/** Problems by cell: `project:<field>`, `<indicatorId>:<actual|score|explanation|weight>`, `weight:<id>`. */
export type Problems = Map<string, string>;

function numberProblem(text: string, label: string): string | null {
  if (text.trim() === '') return null;
  const value = parseDecimal(text);
  if (value === null) return `${label}“${text.trim()}”不是数。`;
  return compare(value, zero) < 0 ? `${label}不能为负数。` : null;
}

/**
 * Where an explanation is required, as the last save scored it (a score below full, over-achievement, not
 * applicable): the requirement follows the score, which the server computes.
 */
export function isExplanationRequired(evaluation: SelfEvaluationJson, row: IndicatorEvaluationDraft): boolean {
  if (row.notApplicable) return true;
  return evaluation.indicators.find((indicator) => indicator.id === row.indicatorId)?.score?.needsExplanation ?? false;
}

/** Required explanations that say nothing ("暂无", "无") or repeat another row's text (core's findCopies), by indicator id. */
function explanationProblems(evaluation: SelfEvaluationJson, draft: EvaluationDraft): Map<string, string> {
  const problems = new Map<string, string>();
  const nameOf = (id: string) => (id === 'execution' ? '预算执行偏差说明' : `指标“${evaluation.indicators.find((indicator) => indicator.id === id)?.name ?? ''}”的说明`);
  const required = draft.indicators.filter((row) => isExplanationRequired(evaluation, row));
  for (const row of required) {
    const problem = explanationProblem(row.explanation);
    if (problem === 'placeholder') problems.set(row.indicatorId, `“${row.explanation.trim()}”不是说明：请写明${row.notApplicable ? '不适用的理由' : '未达到（或超过）目标的具体原因和改进措施'}。`);
  }
  const entries = [{ where: 'execution', text: draft.executionExplanation }, ...draft.indicators.map((row) => ({ where: row.indicatorId, text: row.explanation }))];
  for (const { entry, original } of findCopies(entries, (a, b) => a === b)) {
    if (required.some((row) => row.indicatorId === entry.where)) problems.set(entry.where, `与${nameOf(original.where)}相同，照抄的文字不能说明本指标的偏差。`);
  }
  return problems;
}

/**
 * The parts by source of a column: unreadable ones at their cell; when the total and the parts can be read, core's
 * own check (negative parts, a sum unlike the total) at the cells its fields name.
 */
function sourceProblemsOf(column: SplitColumn, draft: EvaluationDraft, problems: Problems): void {
  const texts = draft[sourcesField(column)];
  let readable = true;
  const read = (source: FundSource): Fen | null => {
    const text = texts[source].trim();
    if (text === '') return null;
    const amount = parseAmount(text, '万元');
    if (amount === null) {
      readable = false;
      problems.set(evaluationCell('project', sourceField(column, source)), `${splitColumnLabels[column]}的${fundSourceLabels[source]}应为万元数，如 15.00；没有则留空。`);
    }
    return amount;
  };
  const parts = { fiscal: read('fiscal'), carryover: read('carryover'), other: read('other') };
  const total = parseAmount(draft[column], '万元');
  if (!readable || total === null) return;
  for (const problem of sourceProblems(column, total, parts)) {
    const cell = projectFieldCell(problem.field);
    if (cell) problems.set(cell, problem.message);
  }
}

function fundsProblems(draft: EvaluationDraft, problems: Problems): void {
  const budget = parseAmount(draft.adjustedBudget, '万元');
  if (budget === null) problems.set('project:adjustedBudget', '请填写全年预算数（万元），如 20.32。');
  else if (budget <= 0) problems.set('project:adjustedBudget', '全年预算数应大于0。');
  if (draft.spent.trim() !== '' && parseAmount(draft.spent, '万元') === null) problems.set('project:spent', '请填写全年执行数（万元），如 18.6。');
  for (const column of splitColumns) sourceProblemsOf(column, draft, problems);
}

/** The problems the draft shows while typing, by cell. */
export function evaluationProblemsOf(evaluation: SelfEvaluationJson, draft: EvaluationDraft): Problems {
  const problems: Problems = new Map();
  fundsProblems(draft, problems);
  for (const row of draft.indicators) {
    const at = (field: string, message: string | null) => message && problems.set(`${row.indicatorId}:${field}`, message);
    if (row.notApplicable) continue;
    if (row.kind === 'number') at('actual', numberProblem(row.value, '实际完成值'));
    at('score', numberProblem(row.score, '评价得分'));
  }
  for (const [indicatorId, message] of explanationProblems(evaluation, draft)) problems.set(`${indicatorId}:explanation`, message);
  for (const weight of draft.weights) {
    if (typedWeightOf(weight.weight) === null) problems.set(`weight:${weight.id}`, '分值应为 0 到 100 之间、最多两位小数的数。');
    else if (isChanged(weight) && explanationProblem(weight.reason) !== null) problems.set(`weight:${weight.id}`, '分值与默认不同，请写明调整理由。');
  }
  return problems;
}

/**
 * The parts of the table the user changed since the last save: `project` (the funds), `weight`, and the ids of
 * the indicators whose row changed. Problems found while typing are shown there; elsewhere the cells show the
 * server's findings about what was saved, in the server's words.
 */
export function changedOwners(saved: EvaluationDraft, draft: EvaluationDraft): Set<string> {
  const owners = new Set<string>();
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const funds: (keyof FundsDraft)[] = ['adjustedBudget', 'spent', 'adjustedBudgetBySource', 'spentBySource', 'executionExplanation', 'goalCompletion'];
  if (funds.some((field) => !same(saved[field], draft[field]))) owners.add('project');
  if (!same(saved.weights, draft.weights)) owners.add('weight');
  for (const row of draft.indicators) if (!same(row, saved.indicators.find((other) => other.indicatorId === row.indicatorId))) owners.add(row.indicatorId);
  return owners;
}
