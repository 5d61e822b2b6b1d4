/**
 * 绩效自评 over HTTP (domain.md §5). After the year a unit enters, per project, the adjusted budget and the
 * spending of the year, and per indicator the actual value (a number, a completion date, or a grade with the
 * evaluator's score) with 偏差原因分析及改进措施; weights start at the rule pack's defaults and may be changed
 * with a reason. The score, with the working of every part, is computed on every read from what is stored.
 *
 * - `GET /api/projects/:id/self-evaluation` → the evaluation (a blank one, version 0, with default weights while
 *   none is saved), its score and working, its findings.
 * - `PUT /api/projects/:id/self-evaluation` {expectedVersion (0 for the first save), adjustedBudget, spent (万元
 *   text), adjustedBudgetBySource and spentBySource (optional: {fiscal, carryover, other} parts in 万元 text,
 *   blank or left out when not given), executionExplanation, goalCompletion (实际完成情况 of the goals),
 *   indicators, weights} (unit editors and leaders of the unit, admins) → the same as the GET. Drafts are saved
 *   with their findings (an explanation "暂无" is a finding, located at its indicator); amounts that cannot be
 *   read, negative parts, parts whose sum (blanks as 0) differs from their total (`spentBySource`), unknown
 *   indicator ids and weight keys are refused (400, field paths). `weights` lists the weights that differ from the defaults, each with its reason; a weight left out
 *   is the default. A stale version → 409 with `details.current`.
 * - `GET /api/unit-years/:id/self-evaluation` → the unit's summary: every project, the unit's score weighted by
 *   the adjusted budgets of its scored projects.
 * - `GET /api/self-evaluations/ranking?year=&divisionCode=` (finance reviewers: their division; admins) → the
 *   division's units ranked by their shown score.
 * - `GET /api/unit-years/:id/self-evaluation/export?format=docx|xlsx|open-data` → the self-evaluation tables of
 *   domain.md §6 (funds block, goal block, indicator block, 总分), one per project.
 */
import { z } from 'zod';
import { qualitativeGrades } from '../core/self-evaluation/types';
import { amountTextSchema, changedBySchema, idSchema, longTextSchema, unitRefSchema, unitYearStatusSchema, yearSchema } from './common';
import { findingSchema } from './finding';
import { tableIndicatorSchema } from './unit-year';

export const qualitativeGradeSchema = z
  .enum(qualitativeGrades)
  .describe('achieved 达成年度指标；partial 部分达成年度指标并具有一定效果；not-achieved 未达成年度指标且效果较差');

const scoreTextSchema = z.string().trim().max(20, '分数太长。').describe('评价人打分，十进制文本，如 "7.5"');

/** 实际完成值, of the kind the target asks for. */
export const actualSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('number'), value: z.string().trim().min(1, '请填写实际完成值。').max(30, '数值太长。').describe('十进制文本，单位与指标值相同') }),
    z.object({ kind: z.literal('date'), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '完成日期应为 yyyy-mm-dd。'), score: scoreTextSchema.nullable().describe('逾期时评价人的打分') }),
    z.object({ kind: z.literal('grade'), grade: qualitativeGradeSchema, score: scoreTextSchema }),
  ])
  .meta({ id: 'SelfEvaluationActual' });

/** Which weight: an indicator, a level 1 (level2 null) or a level 2, or budget execution. */
export const weightKeySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('indicator'), indicatorId: idSchema }),
  z.object({ kind: z.literal('level'), level1: z.string().max(50), level2: z.string().max(50).nullable() }),
  z.object({ kind: z.literal('execution') }),
]);

export const weightTextSchema = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, '分值应为 0 到 100 之间、最多两位小数的数。')
  .describe('分值，如 "10"、"16.67"');

export const weightChangeSchema = z.object({ key: weightKeySchema, weight: weightTextSchema, reason: longTextSchema('调整理由', 1000) });

export const indicatorEvaluationRequestSchema = z.object({
  indicatorId: idSchema,
  actual: actualSchema.nullable(),
  explanation: longTextSchema('偏差原因分析及改进措施', 5000),
  notApplicable: z.boolean().default(false),
});

/** A part of 全年预算数 or 全年执行数 by source: 万元 text; blank, null or left out when not given. */
const sourceAmountTextSchema = z.string().trim().max(30, '金额太长。').nullable().optional().describe('万元，文本形式，如 "15.00"；未填时留空或省略');

/** 全年预算数 or 全年执行数 by source (其中：当年财政拨款, 上年结转资金, 其他资金). */
export const sourceAmountsRequestSchema = z.object({
  fiscal: sourceAmountTextSchema.describe('当年财政拨款，万元，文本'),
  carryover: sourceAmountTextSchema.describe('上年结转资金，万元，文本'),
  other: sourceAmountTextSchema.describe('其他资金，万元，文本'),
});

/** The parts as the API gives them: numbers of 万元, null where not given. */
export const sourceAmountsSchema = z.object({
  fiscal: z.number().nullable().describe('当年财政拨款，万元'),
  carryover: z.number().nullable().describe('上年结转资金，万元'),
  other: z.number().nullable().describe('其他资金，万元'),
});

export const saveSelfEvaluationRequestSchema = z.object({
  expectedVersion: z.number().int().min(0).describe('读到的 version；尚未保存时为 0。若他人已先保存，返回 409'),
  adjustedBudget: amountTextSchema.describe('全年预算数，万元，文本'),
  spent: amountTextSchema.describe('全年执行数，万元，文本'),
  adjustedBudgetBySource: sourceAmountsRequestSchema.optional().describe('全年预算数按资金来源；填写任一项时，三项之和（未填按 0 计）须等于全年预算数'),
  spentBySource: sourceAmountsRequestSchema.optional().describe('全年执行数按资金来源；填写任一项时，三项之和（未填按 0 计）须等于全年执行数'),
  executionExplanation: longTextSchema('预算执行偏差说明', 5000).default(''),
  goalCompletion: longTextSchema('实际完成情况', 10_000).default('').describe('年度总体目标的实际完成情况'),
  indicators: z.array(indicatorEvaluationRequestSchema).max(500),
  weights: z.array(weightChangeSchema).max(1000).default([]).describe('与默认分值不同的分值，每项须说明理由；未列出的为默认分值'),
});

export const scoreValueSchema = z.object({ exact: z.string().describe('精确分数 n/d'), rounded: z.string().describe('四舍五入到两位小数，如 "8.62"') });

export const indicatorScoreSchema = z.object({
  weight: z.string().describe('计分所用分值（不适用指标剔除后重新折算），两位小数'),
  score: scoreValueSchema.nullable().describe('不适用时为 null'),
  outcome: z.enum(['full', 'partial', 'unscored', 'not-applicable']),
  overAchieved: z.boolean(),
  needsExplanation: z.boolean(),
  working: z.string().describe('计算过程，如 “实际完成值85% < 指标值95%；得分 = 20 × 85 ÷ 95 = 17.89”'),
});

export const executionScoreSchema = z.object({
  ratePercent: z.string().nullable().describe('预算执行率，两位小数的百分数文本'),
  weight: z.string(),
  score: scoreValueSchema,
  needsExplanation: z.boolean(),
  working: z.string(),
});

export const projectScoreSchema = z
  .object({
    execution: executionScoreSchema,
    total: scoreValueSchema,
    grade: z.string().describe('优、良、中、差'),
    rescaling: z.object({ removed: z.string(), factor: z.string() }).nullable().describe('剔除不适用指标后的折算'),
    complete: z.boolean().describe('每个适用指标都已填写可计分的实际完成值'),
    working: z.string().describe('如 “总分 = 指标得分90.00 + 预算执行得分8.62 = 98.62，等级：优”'),
  })
  .meta({ id: 'ProjectScore' });

export const weightEntrySchema = z.object({ weight: z.string().describe('两位小数'), defaultWeight: z.string().nullable().describe('默认分值；默认表中没有时为 null'), reason: z.string().nullable() });

export const evaluatedIndicatorSchema = tableIndicatorSchema.extend({
  actual: actualSchema.nullable(),
  explanation: z.string(),
  notApplicable: z.boolean(),
  weight: weightEntrySchema.nullable().describe('分值表中的分值；分值表中没有该指标时为 null'),
  score: indicatorScoreSchema.nullable().describe('无法计分（分值表有误等）时为 null'),
});

/** A finding of self-evaluation with the indicator it points at (by id), when it points at one. */
export const selfEvaluationFindingSchema = findingSchema.extend({ indicatorId: z.uuid().nullable() }).meta({ id: 'SelfEvaluationFinding' });

export const selfEvaluationSchema = z
  .object({
    project: z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      unitYearId: z.uuid(),
      unit: unitRefSchema,
      year: z.number().int(),
      budget: z.object({ total: z.number(), fiscal: z.number(), other: z.number() }).describe('年初预算数，万元'),
      goals: z.array(z.string()).describe('预期目标'),
    }),
    rulePack: z.string().describe('计分所用规则包编号'),
    version: z.number().int().describe('尚未保存时为 0'),
    updatedAt: z.iso.datetime().nullable(),
    updatedBy: changedBySchema,
    adjustedBudget: z.number().describe('全年预算数，万元；尚未保存时为年初预算数'),
    spent: z.number().describe('全年执行数，万元'),
    adjustedBudgetBySource: sourceAmountsSchema.describe('全年预算数按资金来源，未填的为 null'),
    spentBySource: sourceAmountsSchema.describe('全年执行数按资金来源，未填的为 null'),
    executionExplanation: z.string(),
    goalCompletion: z.string().describe('年度总体目标的实际完成情况'),
    indicators: z.array(evaluatedIndicatorSchema),
    weights: z.object({
      execution: weightEntrySchema,
      levels: z.array(weightEntrySchema.extend({ level1: z.string(), level2: z.string().nullable() })).describe('一级（level2 为 null）和二级指标的分值'),
    }),
    score: projectScoreSchema.nullable().describe('分值表或记录有误、无法计分时为 null'),
    findings: z.array(selfEvaluationFindingSchema),
    can: z.object({ edit: z.boolean() }),
  })
  .meta({ id: 'SelfEvaluation' });

export const unitSelfEvaluationProjectSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  budget: z.number().describe('年初预算数，万元'),
  adjustedBudget: z.number().nullable().describe('全年预算数，万元；尚未自评时为 null'),
  version: z.number().int().describe('尚未保存时为 0'),
  total: scoreValueSchema.nullable(),
  grade: z.string().nullable(),
  complete: z.boolean(),
  errors: z.number().int().describe('校验发现中的错误数'),
});

export const unitSelfEvaluationSchema = z
  .object({
    unitYearId: z.uuid(),
    unit: unitRefSchema,
    year: z.number().int(),
    status: unitYearStatusSchema,
    rulePack: z.string(),
    score: scoreValueSchema.nullable().describe('按已计分项目的全年预算数加权'),
    grade: z.string().nullable(),
    working: z.string(),
    budget: z.number().describe('参与加权的全年预算数合计，万元'),
    scoredCount: z.number().int(),
    projects: z.array(unitSelfEvaluationProjectSchema),
  })
  .meta({ id: 'UnitSelfEvaluation' });

export const rankingQuerySchema = z.object({ year: yearSchema, divisionCode: z.string().max(12).optional().describe('财政审核人省略时为本人区划') });

export const rankedUnitSchema = z.object({
  rank: z.number().int().nullable().describe('并列同名次（1, 2, 2, 4）；无得分为 null'),
  unit: unitRefSchema,
  unitYearId: z.uuid(),
  score: scoreValueSchema.nullable(),
  grade: z.string().nullable(),
  budget: z.number().describe('万元'),
  scoredCount: z.number().int(),
  projectCount: z.number().int(),
  working: z.string(),
});

export const rankingSchema = z
  .object({ year: z.number().int(), divisionCode: z.string().nullable(), units: z.array(rankedUnitSchema) })
  .meta({ id: 'SelfEvaluationRanking' });

export type ActualJson = z.infer<typeof actualSchema>;
export type WeightKeyJson = z.infer<typeof weightKeySchema>;
export type WeightChange = z.infer<typeof weightChangeSchema>;
export type SaveSelfEvaluationRequest = z.input<typeof saveSelfEvaluationRequestSchema>;
export type ProjectScoreJson = z.infer<typeof projectScoreSchema>;
export type SelfEvaluationJson = z.infer<typeof selfEvaluationSchema>;
export type UnitSelfEvaluationJson = z.infer<typeof unitSelfEvaluationSchema>;
export type RankingJson = z.infer<typeof rankingSchema>;
