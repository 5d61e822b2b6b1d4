/**
 * A self-evaluation as a unit sends it (amounts in 万元 text, indicators and weights by id or name), read into
 * what is stored. Only what cannot be stored is refused here (amounts that are not numbers, parts by source that
 * are negative or do not add up to their total, indicators not of the project or repeated, weights that are not
 * numbers with at most two decimals, of nothing or named twice); the rest is the core validation's to report, so a
 * draft can be saved.
 */
import type { EditReading, FieldProblem } from '../../core/edit/field-problems';
import { parseAmount, type Fen } from '../../core/money';
import { hundredthsOf, type Actual, type Hundredths, type LevelWeight } from '../../core/self-evaluation';
import { fundSourceLabels, sourceField, sourceProblems, splitColumnLabels, type AmountsBySource, type FundSource, type SplitColumn } from '../../core/self-evaluation/sources';
import type { ChangedWeight, EvaluationInput, StoredIndicatorEvaluation } from '../../db/self-evaluation.repository';
import { canonicalDecimal, readWan } from '../monitoring/read-report-edit';

export type WeightKeyEdit = { kind: 'indicator'; indicatorId: string } | { kind: 'level'; level1: string; level2: string | null } | { kind: 'execution' };

/** The parts by source of a column as typed (万元 text); absent or blank: not given. */
export type SourceTexts = Partial<Record<FundSource, string | null>>;

export interface EvaluationEdit {
  adjustedBudget: string;
  spent: string;
  /** Absent for clients that do not split the amounts by source. */
  adjustedBudgetBySource?: SourceTexts;
  spentBySource?: SourceTexts;
  executionExplanation: string;
  goalCompletion: string;
  indicators: { indicatorId: string; actual: Actual | null; explanation: string; notApplicable: boolean }[];
  weights: { key: WeightKeyEdit; weight: string; reason: string }[];
}

/** A weight as sent in hundredths; one that cannot be read (the contract lets none through) is a problem at its path. */
function readWeight(text: string, path: string, problems: FieldProblem[]): Hundredths {
  const weight = hundredthsOf(text);
  if (weight === null) problems.push({ path, message: `分值“${text}”不是最多两位小数的数，如 16.67` });
  return weight ?? 0;
}

function canonicalActual(actual: Actual | null): Actual | null {
  if (actual === null) return null;
  if (actual.kind === 'number') return { kind: 'number', value: canonicalDecimal(actual.value) };
  if (actual.kind === 'date') return { ...actual, score: actual.score === null ? null : canonicalDecimal(actual.score) };
  return { ...actual, score: canonicalDecimal(actual.score) };
}

const keyText = (key: WeightKeyEdit): string => JSON.stringify(key.kind === 'indicator' ? [key.indicatorId] : key.kind === 'level' ? [key.level1, key.level2] : []);

function checkIndicators(edit: EvaluationEdit, indicatorIds: readonly string[], problems: FieldProblem[]): void {
  edit.indicators.forEach((row, index) => {
    const path = `indicators.${index}.indicatorId`;
    if (!indicatorIds.includes(row.indicatorId)) problems.push({ path, message: `第${index + 1}行的指标不是本项目的指标（可能已被删除），请刷新后重新填写` });
    else if (edit.indicators.findIndex((other) => other.indicatorId === row.indicatorId) !== index) problems.push({ path, message: `第${index + 1}行的指标重复填写` });
  });
}

function checkWeightKeys(edit: EvaluationEdit, levels: readonly Pick<LevelWeight, 'level1' | 'level2'>[], problems: FieldProblem[]): void {
  edit.weights.forEach(({ key }, index) => {
    const path = `weights.${index}.key`;
    if (edit.weights.findIndex((other) => keyText(other.key) === keyText(key) && other.key.kind === key.kind) !== index) problems.push({ path, message: `第${index + 1}项分值调整重复` });
    else if (key.kind === 'indicator' && !edit.indicators.some((row) => row.indicatorId === key.indicatorId)) problems.push({ path, message: `第${index + 1}项分值调整的指标不在本次填写的指标中` });
    else if (key.kind === 'level' && !levels.some((level) => level.level1 === key.level1 && level.level2 === key.level2)) {
      problems.push({ path, message: `本项目没有${key.level2 === null ? '一级' : '二级'}指标“${[key.level1, key.level2].filter(Boolean).join('·')}”` });
    }
  });
}

/** The parts of a column, read; an unreadable part is a problem at its path (and counts as not given). */
function readSources(column: SplitColumn, texts: SourceTexts | undefined, problems: FieldProblem[]): AmountsBySource {
  const read = (source: FundSource): Fen | null => {
    const text = texts?.[source]?.trim() ?? '';
    if (text === '') return null;
    const amount = parseAmount(text, '万元');
    if (amount === null) problems.push({ path: sourceField(column, source), message: `${splitColumnLabels[column]}的${fundSourceLabels[source]}“${text}”不是有效的金额，请填写以万元为单位的数字，如 20.32，没有则留空` });
    return amount;
  };
  return { fiscal: read('fiscal'), carryover: read('carryover'), other: read('other') };
}

/** The column's parts by source, when they and the total could be read: negative parts, sums unlike the total. */
function checkSources(column: SplitColumn, total: Fen, parts: AmountsBySource, problems: FieldProblem[]): void {
  problems.push(...sourceProblems(column, total, parts).map(({ field, message }) => ({ path: field, message: message.replace(/。$/, '') })));
}

/**
 * The evaluation to store, or the problems that stop it (field paths of the request). `levels` are the levels of
 * the project's default weights: only those can be changed.
 */
export function readEvaluationEdit(edit: EvaluationEdit, indicatorIds: readonly string[], levels: readonly Pick<LevelWeight, 'level1' | 'level2'>[]): EditReading<EvaluationInput> {
  const problems: FieldProblem[] = [];
  const adjustedBudget = readWan(edit.adjustedBudget, 'adjustedBudget', '全年预算数', problems);
  const spent = readWan(edit.spent, 'spent', '全年执行数', problems);
  const adjustedBudgetBySource = readSources('adjustedBudget', edit.adjustedBudgetBySource, problems);
  const spentBySource = readSources('spent', edit.spentBySource, problems);
  if (problems.length === 0) {
    checkSources('adjustedBudget', adjustedBudget, adjustedBudgetBySource, problems);
    checkSources('spent', spent, spentBySource, problems);
  }
  checkIndicators(edit, indicatorIds, problems);
  checkWeightKeys(edit, levels, problems);
  let executionWeight: ChangedWeight | null = null;
  const levelWeights: EvaluationInput['levelWeights'] = [];
  const indicatorWeights = new Map<string, ChangedWeight>();
  for (const [index, { key, weight, reason }] of edit.weights.entries()) {
    const change: ChangedWeight = { weight: readWeight(weight, `weights.${index}.weight`, problems), reason: reason.trim() };
    if (key.kind === 'execution') executionWeight = change;
    else if (key.kind === 'level') levelWeights.push({ level1: key.level1, level2: key.level2, ...change });
    else indicatorWeights.set(key.indicatorId, change);
  }
  if (problems.length > 0) return { ok: false, problems };
  const indicators: StoredIndicatorEvaluation[] = edit.indicators.map((row) => ({
    indicatorId: row.indicatorId,
    actual: canonicalActual(row.actual),
    explanation: row.explanation,
    notApplicable: row.notApplicable,
    weight: indicatorWeights.get(row.indicatorId) ?? null,
  }));
  return { ok: true, value: { adjustedBudget, spent, adjustedBudgetBySource, spentBySource, executionExplanation: edit.executionExplanation, goalCompletion: edit.goalCompletion, executionWeight, levelWeights, indicators } };
}
