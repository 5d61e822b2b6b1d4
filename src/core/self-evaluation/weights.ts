/**
 * 分值: the weights of a project's indicators and of budget execution, in hundredths of a point, adding
 * up to exactly 100.00 and level by level (level-3 weights to their level 2, level 2s to their level 1).
 *
 * Default spreading (`defaultWeights`): each level 1 gets the rule pack's weight for it
 * (`pack.weights.level1`, by name), budget execution `pack.weights.execution`; a level 1 with a weight
 * but no indicator in the project gives its points to the others in proportion (so the total stays
 * 100); within a level 1 the level 2s present share its weight equally, and within a level 2 the
 * indicators share equally. Every split is exact to the hundredth: the hundredths left over go one
 * each to the earlier parts (largest remainder, ties in document order), see apportion.ts.
 *
 * Which level 1 an indicator counts under is read from the pack's framework: its level 2 if the pack
 * knows that level 2 (its parent), else its level 2 if the pack lifts it to a level 1 (成本指标 in the
 * central 2021 framework, so a 2020-style table scored under that pack gives its cost indicators the
 * 成本 weight), else its level 1 by name. An indicator none of these places is reported and weighs 0.
 */
import type { Finding, WithFindings } from '../finding';
import type { Indicator, Project } from '../model';
import type { RulePack } from '../review/rule-pack';
import { apportion, splitEvenly } from './apportion';
import { indicatorAt, projectAt, selfEvaluationFinding } from './findings';
import { add, fromNumber, isZero } from '../rational';

/** A weight in hundredths of a point (1667 = 16.67 分): weights have exactly two decimals. */
export type Hundredths = number;

/** The whole: 100.00 points. */
export const fullMarks: Hundredths = 10_000;

/** A weight and, when it was changed from the default, why (null: the default). */
export interface WeightEntry {
  weight: Hundredths;
  reason: string | null;
}

/** The weight of a level 1 (`level2` null) or of a level 2 within its level 1. */
export interface LevelWeight extends WeightEntry {
  level1: string;
  level2: string | null;
}

/** The weight of one indicator; `level1` is the level 1 it counts under (see the module comment). */
export interface IndicatorWeight extends WeightEntry {
  /** 1-based position in the project. */
  indicator: number;
  level1: string;
  level2: string;
}

/** All weights of a project: flat rows, ready to store. */
export interface WeightSet {
  execution: WeightEntry;
  levels: LevelWeight[];
  indicators: IndicatorWeight[];
}

/** The level 1 (a name of the pack's framework) an indicator's weight counts under; null when the pack does not place it. */
export function weightGroupOf(indicator: Pick<Indicator, 'level1' | 'level2'>, pack: Pick<RulePack, 'framework'>): string | null {
  const level1 = pack.framework.level1;
  const parent = level1.find((entry) => entry.level2.some((child) => child.name === indicator.level2));
  if (parent) return parent.name;
  if (level1.some((entry) => entry.name === indicator.level2)) return indicator.level2;
  return level1.some((entry) => entry.name === indicator.level1) ? indicator.level1 : null;
}

interface Placed {
  indicator: number;
  level1: string;
  level2: string;
}

/** Indicators grouped by level 1 (pack order, unplaced ones last) then level 2 (document order). */
function groupIndicators(placed: readonly Placed[], pack: RulePack): Map<string, Map<string, number[]>> {
  const order = pack.framework.level1.map((entry) => entry.name);
  const sorted = [...placed].sort((a, b) => rank(order, a.level1) - rank(order, b.level1));
  const groups = new Map<string, Map<string, number[]>>();
  for (const { indicator, level1, level2 } of sorted) {
    const level2s = groups.get(level1) ?? new Map<string, number[]>();
    level2s.set(level2, [...(level2s.get(level2) ?? []), indicator]);
    groups.set(level1, level2s);
  }
  return groups;
}

function rank(order: readonly string[], name: string): number {
  const index = order.indexOf(name);
  return index === -1 ? order.length : index;
}

function place(project: Project, pack: RulePack, findings: Finding[]): Placed[] {
  return project.indicators.map((indicator, index) => {
    const group = weightGroupOf(indicator, pack);
    if (group === null) {
      const message = `指标“${indicator.name}”的一级指标“${indicator.level1}”、二级指标“${indicator.level2}”不在规则包“${pack.name}”的指标体系中，无法确定默认分值，暂记0分。`;
      findings.push(selfEvaluationFinding('self-evaluation.weights-unplaced', indicatorAt(project.code, index + 1, 'weights', '分值'), message, '请核对一级、二级指标名称，或手工设置该指标的分值并说明理由。'));
    }
    return { indicator: index + 1, level1: group ?? indicator.level1, level2: indicator.level2 };
  });
}

/** The level-1 points of the groups present plus execution, scaled to 100 when a weighted level 1 is absent. */
function level1Points(project: Project, pack: RulePack, groups: Map<string, unknown>, findings: Finding[]): { level1: Map<string, Hundredths>; execution: Hundredths } {
  const weightOf = (name: string) => fromNumber(pack.weights.level1[name] ?? 0);
  const names = [...groups.keys()];
  const proportions = [...names.map(weightOf), fromNumber(pack.weights.execution)];
  if (isZero(add(...proportions))) {
    findings.push(selfEvaluationFinding('self-evaluation.nothing-to-score', projectAt(project.code, 'weights', '分值'), `项目“${project.name}”没有可以计分的指标，规则包“${pack.name}”也没有给预算执行设分值。`));
    return { level1: new Map(names.map((name) => [name, 0])), execution: 0 };
  }
  const missing = Object.entries(pack.weights.level1).filter(([name, weight]) => weight > 0 && !groups.has(name));
  if (missing.length > 0) {
    const list = missing.map(([name, weight]) => `“${name}”（${weight}分）`).join('、');
    findings.push(selfEvaluationFinding('self-evaluation.weights-redistributed', projectAt(project.code, 'weights', '分值'), `项目“${project.name}”没有${list}下的指标，这些分值已按比例分配给其余一级指标和预算执行，总分仍为100分。`));
  }
  const parts = apportion(fullMarks, proportions);
  return { level1: new Map(names.map((name, index) => [name, parts[index] ?? 0])), execution: parts[names.length] ?? 0 };
}

/**
 * The default weights of `project` under `pack` (see the module comment), with findings for indicators
 * the pack's framework does not place (error, weight 0) and for level 1s without indicators whose points
 * were redistributed (info). The result always adds up to exactly 100.00 and level by level, unless
 * nothing at all can carry a weight (an error finding then says so).
 */
export function defaultWeights(project: Project, pack: RulePack): WithFindings<WeightSet> {
  const findings: Finding[] = [];
  const groups = groupIndicators(place(project, pack, findings), pack);
  const points = level1Points(project, pack, groups, findings);
  const levels: LevelWeight[] = [];
  const indicators: IndicatorWeight[] = [];
  for (const [level1, level2s] of groups) {
    const level1Weight = points.level1.get(level1) ?? 0;
    levels.push({ level1, level2: null, weight: level1Weight, reason: null });
    const level2Weights = splitEvenly(level1Weight, level2s.size);
    [...level2s].forEach(([level2, positions], index) => {
      const level2Weight = level2Weights[index] ?? 0;
      levels.push({ level1, level2, weight: level2Weight, reason: null });
      splitEvenly(level2Weight, positions.length).forEach((weight, at) => indicators.push({ indicator: positions[at] ?? 0, level1, level2, weight, reason: null }));
    });
  }
  indicators.sort((a, b) => a.indicator - b.indicator);
  return { value: { execution: { weight: points.execution, reason: null }, levels, indicators }, findings };
}

/** Which weight to change: an indicator (1-based), a level 1 (`level2` null) or level 2, or budget execution. */
export type WeightKey = { indicator: number } | { level1: string; level2: string | null } | { execution: true };

/**
 * `weights` with one weight changed and its reason recorded. Nothing else moves: a change that breaks a
 * sum is reported by `validateWeights` until the other weights are changed to match. Returns null when
 * the key names no weight of the set.
 */
export function adjustWeight(weights: WeightSet, key: WeightKey, weight: Hundredths, reason: string): WeightSet | null {
  if ('execution' in key) return { ...weights, execution: { weight, reason } };
  if ('indicator' in key) {
    if (!weights.indicators.some((entry) => entry.indicator === key.indicator)) return null;
    return { ...weights, indicators: weights.indicators.map((entry) => (entry.indicator === key.indicator ? { ...entry, weight, reason } : entry)) };
  }
  const matches = (entry: LevelWeight) => entry.level1 === key.level1 && entry.level2 === key.level2;
  if (!weights.levels.some(matches)) return null;
  return { ...weights, levels: weights.levels.map((entry) => (matches(entry) ? { ...entry, weight, reason } : entry)) };
}

/**
 * A weight as written ("16.67", "10", "12.5") in hundredths (1667, 1000, 1250): up to three digits and at most
 * two decimals, as requests send it; null otherwise. Whether it is within 0–100 is `isWeight`'s.
 */
export function hundredthsOf(text: string): Hundredths | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Whether a number of hundredths is a weight: whole, from 0 to 100.00. */
export const isWeight = (weight: number): boolean => Number.isSafeInteger(weight) && weight >= 0 && weight <= fullMarks;

/** Hundredths as a decimal with 2 decimals: 1667 → "16.67". */
export function formatHundredths(value: Hundredths): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(value)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Hundredths without trailing zeros, for working texts: 1000 → "10", 1250 → "12.5", 1667 → "16.67". */
export function formatWeight(value: Hundredths): string {
  return formatHundredths(value).replace(/\.?0+$/, '');
}
