/**
 * 规则包: the data that makes review, scoring and monitoring regional without a line of regional code.
 * A pack names its region (a division-code prefix, "" for national) and years, the indicator framework,
 * the measure units, the accepted qualitative grades, grade bands, default weights, scoring and
 * monitoring options, and the enabled review rules with their severities and thresholds.
 * A pack may `extends` another: the parent is deep-merged under it (objects merge, arrays replace).
 */
import { z } from 'zod';
import type { Severity } from '../finding';

export const severities = ['error', 'warning', 'info'] as const satisfies readonly Severity[];
export const severitySchema = z.enum(severities);

/** What a level 1 is for, so that rules reason about roles and not about names. */
export const level1Roles = ['output', 'cost', 'effect', 'satisfaction'] as const;
/** What a level 2 is for; rules use `quantity`, `timeliness` and `cost`. */
export const level2Roles = ['quantity', 'quality', 'timeliness', 'cost', 'economic', 'social', 'ecological', 'sustainability', 'satisfaction'] as const;

export type Level1Role = (typeof level1Roles)[number];
export type Level2Role = (typeof level2Roles)[number];

const nameSchema = z.string().trim().min(1);

const level2Schema = z.strictObject({
  name: nameSchema,
  role: z.enum(level2Roles),
  /** Every project must have at least one indicator under it. */
  required: z.boolean(),
});

const level1Schema = z.strictObject({
  name: nameSchema,
  role: z.enum(level1Roles),
  /** Every project must have at least one indicator under it. */
  required: z.boolean(),
  level2: z.array(level2Schema).min(1),
});

/** Kinds of measure units: units of one kind are comparable (个 and 台 count things, 期 and 次 count occurrences). */
export const measureUnitKinds = ['percent', 'money', 'count', 'occurrence', 'time', 'length', 'area', 'weight', 'other'] as const;
export type MeasureUnitKind = (typeof measureUnitKinds)[number];

const measureUnitSchema = z.strictObject({
  /** The canonical spelling, e.g. "%", "万元", "个". */
  unit: nameSchema,
  kind: z.enum(measureUnitKinds),
  /** Accepted other spellings, silently understood (百分比 → %, 万 → 万元). */
  aliases: z.array(nameSchema),
  /** Known misspellings, reported with the canonical spelling as the fix (百分百 → %). */
  typos: z.array(nameSchema),
  /** Money units only: how many fen one unit is (万元 → 1000000). A power of ten. */
  fen: z.number().int().positive().optional(),
});

const gradeBandSchema = z.strictObject({ grade: nameSchema, min: z.number().min(0).max(100) });

const percentSchema = z.number().min(0).max(1000);

export const scoringSchema = z.strictObject({
  /** Lower-is-better formula: "linear-2a" (B ≤ A → w; A < B < 2A → w·(1 − (B−A)/A); else 0) or "ratio" (w·A/B). */
  lowerIsBetter: z.enum(['linear-2a', 'ratio']),
  /** B ≥ ratio·A scores full but needs an explanation (1.3). */
  overAchievementRatio: z.number().gt(1),
  /** Qualitative bands as shares of the weight: achieved ≥ 0.8, partially ≥ 0.6. */
  qualitativeBands: z.strictObject({ achieved: z.number().gt(0).max(1), partial: z.number().gt(0).max(1) }),
  /** A budget execution rate below this percent needs an explanation (90). */
  executionExplanationBelowPercent: percentSchema,
});

export const monitoringSchema = z.strictObject({
  /** Ratio to the scheduled share below which the light is red (60). */
  redBelowPercent: percentSchema,
  /** … below which it is yellow; green from here (80). */
  yellowBelowPercent: percentSchema,
  /** Progress at or above this percent of the target is flagged blue: over-achieving (120). */
  overAchievementPercent: percentSchema,
});

/** A rule's entry: enabled (default true), severity (default the rule's), and the rule's own thresholds. */
export const ruleEntrySchema = z.looseObject({ enabled: z.boolean().optional(), severity: severitySchema.optional() });

export const rulePackSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '规则包编号只能由小写字母、数字和连字符组成'),
  name: nameSchema,
  description: z.string().optional(),
  /** Division-code prefix the pack applies to ("13" = 河北省); "" for national. */
  region: z.string().regex(/^\d*$/, '适用地区应为财政区划代码的前几位数字，全国为空字符串'),
  years: z.strictObject({ from: z.number().int().min(2000).max(2100), to: z.number().int().min(2000).max(2100).nullable() }),
  extends: z.string().optional(),
  framework: z.strictObject({ level1: z.array(level1Schema).min(1) }),
  measureUnits: z.array(measureUnitSchema).min(1),
  /** Cell contents that stand for "nothing" (*, _, -, —, /, 无): not a value, not a basis. */
  placeholders: z.array(nameSchema),
  /** Qualitative targets accepted as gradeable (成效显著, 长期 …): not reported as unmeasurable. */
  qualitativeGrades: z.array(nameSchema),
  /** 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差: highest first, inclusive lower bounds. */
  gradeBands: z.array(gradeBandSchema).min(2),
  /** Default weights: per level-1 name, plus budget execution; they add up to 100. */
  weights: z.strictObject({ level1: z.record(nameSchema, z.number().min(0).max(100)), execution: z.number().min(0).max(100) }),
  scoring: scoringSchema,
  monitoring: monitoringSchema,
  rules: z.record(z.string(), ruleEntrySchema),
});

export type RulePack = z.output<typeof rulePackSchema>;
export type Level1 = RulePack['framework']['level1'][number];
export type Level2 = Level1['level2'][number];
export type MeasureUnit = RulePack['measureUnits'][number];
export type RuleEntry = z.output<typeof ruleEntrySchema>;

/** The header every pack source must have, even one that only overrides data of its parent. */
export const rulePackHeaderSchema = z.looseObject(
  rulePackSchema.pick({ id: true, name: true, region: true, years: true, extends: true, description: true }).shape,
);
