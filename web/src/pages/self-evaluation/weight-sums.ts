/**
 * 分值 while they are being changed: each weight as typed, its default, its reason; the sums by level that must
 * hold (level-3 weights add up to their level 2, level 2s to their level 1, level 1s and budget execution to
 * 100.00), computed exactly in hundredths of a point as the server does (core's weights-validation).
 */
import { formatHundredths, fullMarks, hundredthsOf, isWeight, type Hundredths } from '../../../../src/core/self-evaluation/weights';
import type { SelfEvaluationJson, WeightChange, WeightKeyJson } from '../../api/self-evaluation';

export interface WeightDraft {
  /** A stable key: `execution`, `level:<level1>|<level2>`, `indicator:<id>`. */
  id: string;
  key: WeightKeyJson;
  label: string;
  weight: string;
  defaultWeight: string | null;
  reason: string;
}

/** A weight as typed ("16.67", "10") in hundredths of a point (1667, 1000), read by core (hundredthsOf, isWeight); null when it is not 0–100 with at most two decimals. */
export function typedWeightOf(text: string): Hundredths | null {
  const value = hundredthsOf(text);
  return value !== null && isWeight(value) ? value : null;
}

/** Hundredths as a weight with two decimals: 1667 → "16.67" (core's formatHundredths, as the server writes weights). */
export const weightText = formatHundredths;

export const levelId = (level1: string, level2: string | null): string => `level:${level1}|${level2 ?? ''}`;

/** Every weight of an evaluation, in the order of the table: budget execution, then each level 1 with its level 2s, then the indicators. */
export function weightDraftsOf(evaluation: SelfEvaluationJson): WeightDraft[] {
  const { execution, levels } = evaluation.weights;
  const entry = (id: string, key: WeightKeyJson, label: string, weight: { weight: string; defaultWeight: string | null; reason: string | null }): WeightDraft => ({ id, key, label, weight: weight.weight, defaultWeight: weight.defaultWeight, reason: weight.reason ?? '' });
  return [
    entry('execution', { kind: 'execution' }, '预算执行', execution),
    ...levels.map((level) => entry(levelId(level.level1, level.level2), { kind: 'level', level1: level.level1, level2: level.level2 }, level.level2 ?? level.level1, level)),
    ...evaluation.indicators.flatMap((indicator) => (indicator.weight ? [entry(`indicator:${indicator.id}`, { kind: 'indicator', indicatorId: indicator.id }, indicator.name, indicator.weight)] : [])),
  ];
}

/** Whether the weight was changed from its default (and so needs a reason). */
export const isChanged = (draft: WeightDraft): boolean => draft.defaultWeight === null || typedWeightOf(draft.weight) !== typedWeightOf(draft.defaultWeight);

/** The weights that differ from their defaults, in table order (the order they are sent in). */
export function changedWeights(drafts: readonly WeightDraft[]): WeightDraft[] {
  return drafts.filter(isChanged);
}

/** The weights to send: those that differ from their defaults, each with its reason (a weight left out is the default). */
export function weightChangesOf(drafts: readonly WeightDraft[]): WeightChange[] {
  return changedWeights(drafts).map((draft) => ({ key: draft.key, weight: draft.weight.trim(), reason: draft.reason }));
}

export interface LevelSum {
  /** The weight whose children are summed (`levelId`), or `total`. */
  id: string;
  label: string;
  /** The weight as typed (hundredths), or 100.00 for the total. */
  expected: number | null;
  /** The sum of its children (hundredths); null when one of them cannot be read. */
  sum: number | null;
}

type IndicatorJson = SelfEvaluationJson['indicators'][number];

/** The level 2 (its level row) an indicator's weight counts under: the row with its level 2, preferring its own level 1. */
function levelRowOf(indicator: Pick<IndicatorJson, 'level1' | 'level2'>, levels: SelfEvaluationJson['weights']['levels']): { level1: string; level2: string } | null {
  const rows = levels.filter((level): level is typeof level & { level2: string } => level.level2 === indicator.level2);
  const row = rows.find((level) => level.level1 === indicator.level1) ?? rows[0];
  return row ? { level1: row.level1, level2: row.level2 } : null;
}

function sumOf(drafts: readonly WeightDraft[]): number | null {
  const values = drafts.map((draft) => typedWeightOf(draft.weight));
  return values.some((value) => value === null) ? null : values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
}

/** The sums that must hold, each with what it must equal: every level 2, every level 1, and the total. */
export function levelSumsOf(evaluation: SelfEvaluationJson, drafts: readonly WeightDraft[]): LevelSum[] {
  const byId = new Map(drafts.map((draft) => [draft.id, draft]));
  const weightOf = (id: string) => typedWeightOf(byId.get(id)?.weight ?? '');
  const { levels } = evaluation.weights;
  const level2Sums = levels.flatMap((level) => {
    if (level.level2 === null) return [];
    const children = evaluation.indicators.filter((indicator) => {
      const row = levelRowOf(indicator, levels);
      return row?.level1 === level.level1 && row.level2 === level.level2;
    });
    const id = levelId(level.level1, level.level2);
    return [{ id, label: `${level.level1} · ${level.level2}`, expected: weightOf(id), sum: sumOf(children.flatMap((indicator) => byId.get(`indicator:${indicator.id}`) ?? [])) }];
  });
  const level1Sums = levels.flatMap((level) => {
    if (level.level2 !== null) return [];
    const id = levelId(level.level1, null);
    const children = levels.filter((child) => child.level1 === level.level1 && child.level2 !== null).flatMap((child) => byId.get(levelId(child.level1, child.level2)) ?? []);
    return [{ id, label: level.level1, expected: weightOf(id), sum: sumOf(children) }];
  });
  const topIds = [...levels.filter((level) => level.level2 === null).map((level) => levelId(level.level1, null)), 'execution'];
  const tops = topIds.flatMap((id) => byId.get(id) ?? []);
  return [...level2Sums, ...level1Sums, { id: 'total', label: '总分（一级指标 + 预算执行）', expected: fullMarks, sum: sumOf(tops) }];
}

/** Whether a sum holds. */
export const holds = (sum: LevelSum): boolean => sum.sum !== null && sum.expected !== null && sum.sum === sum.expected;
