/**
 * A project's target table over HTTP: read it whole, edit the project, add / edit / delete / reorder its
 * indicators, and the finance reviewer's grade. Every edit answers with the project's findings as the review
 * computed them again, inside the edit's transaction.
 */
import { z } from 'zod';
import {
  amountTextSchema,
  budgetSchema,
  changedBySchema,
  expectedVersionSchema,
  longTextSchema,
  permissionsSchema,
  reviewGradeSchema,
  shortTextSchema,
  unitRefSchema,
  unitYearStatusSchema,
} from './common';
import { findingSchema } from './finding';
import { storedFindingSchema } from './review';
import { indicatorSchema } from './unit-year';

export const indicatorRecordSchema = z
  .object({
    id: z.uuid(),
    position: z.number().int().describe('从 0 开始的顺序'),
    ...indicatorSchema.shape,
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'Indicator' });

export const spendingCheckpointRecordSchema = z.object({
  checkpoint: z.string().describe('如 6月底'),
  month: z.number().int(),
  percent: z.number().nullable().describe('累计支出百分比；空白（不作承诺）为 null'),
  raw: z.string().describe('原文，如 50.00%'),
});

export const projectDetailSchema = z
  .object({
    id: z.uuid(),
    unitYearId: z.uuid(),
    unit: unitRefSchema,
    year: z.number().int(),
    status: unitYearStatusSchema.describe('所属单位年度的状态'),
    moneyUnit: z.enum(['万元', '元']).describe('原文件的金额单位；JSON 中金额一律为万元'),
    position: z.number().int(),
    code: z.string(),
    name: z.string(),
    budget: budgetSchema,
    budgetRaw: z.object({ total: z.string(), fiscal: z.string(), other: z.string() }).describe('原文（原文件的金额单位）'),
    purpose: z.string(),
    spendingPlan: z.array(spendingCheckpointRecordSchema),
    goals: z.array(z.string()),
    indicators: z.array(indicatorRecordSchema),
    findings: z.array(storedFindingSchema).describe('本项目的审核发现，指标的发现带 indicatorId'),
    reviewGrade: reviewGradeSchema.nullable(),
    reviewComment: z.string().nullable(),
    gradedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
    updatedBy: changedBySchema,
    version: z.number().int(),
    can: permissionsSchema,
  })
  .meta({ id: 'ProjectDetail' });

export const updateProjectRequestSchema = z.object({
  expectedVersion: expectedVersionSchema,
  name: shortTextSchema('项目名称').optional(),
  budget: z.object({ total: amountTextSchema, fiscal: amountTextSchema, other: amountTextSchema }).optional().describe('万元，文本'),
  purpose: longTextSchema('资金用途', 10_000).optional(),
  spendingPlan: z
    .array(z.object({ checkpoint: shortTextSchema('支出计划时点', 20), raw: z.string().max(30) }))
    .max(12, '资金支出计划最多 12 个时点。')
    .optional()
    .describe('时点如“6月底”，raw 如“50%”；空白表示不作承诺'),
  goals: z.array(longTextSchema('绩效目标', 5000)).max(50, '绩效目标最多 50 条。').optional(),
});

const indicatorFields = {
  level1: shortTextSchema('一级指标', 50),
  level2: shortTextSchema('二级指标', 50),
  name: shortTextSchema('三级指标名称', 200),
  description: longTextSchema('指标描述', 2000),
  target: z.string().max(500, '指标值最多 500 个字符。').describe('指标值原文，如 ≥95%、418个、2021年12月底前完成'),
  basis: longTextSchema('指标值确定依据', 2000),
};

export const createIndicatorRequestSchema = z.object({
  ...indicatorFields,
  position: z.number().int().min(0).optional().describe('插入位置（从 0 开始）；省略则加在最后'),
});

export const updateIndicatorRequestSchema = z.object({
  expectedVersion: expectedVersionSchema,
  level1: indicatorFields.level1.optional(),
  level2: indicatorFields.level2.optional(),
  name: indicatorFields.name.optional(),
  description: indicatorFields.description.optional(),
  target: indicatorFields.target.optional(),
  basis: indicatorFields.basis.optional(),
});

export const deleteIndicatorQuerySchema = z.object({ expectedVersion: z.coerce.number().int().min(1) });

export const indicatorOrderRequestSchema = z.object({
  expectedVersion: expectedVersionSchema.describe('项目的 version'),
  indicatorIds: z.array(z.uuid()).max(1000).describe('该项目全部指标的编号，按新的顺序'),
});

export const gradeProjectRequestSchema = z.object({
  expectedVersion: expectedVersionSchema.describe('项目的 version'),
  grade: reviewGradeSchema,
  comment: longTextSchema('审核意见', 2000),
});

/** The answer to an indicator edit: the indicator (null once deleted), what the target parser said, the project's findings. */
export const indicatorChangeSchema = z
  .object({
    indicator: indicatorRecordSchema.nullable(),
    targetFindings: z.array(findingSchema).describe('指标值解析的提示（如无法识别的数值）'),
    projectVersion: z.number().int(),
    findings: z.array(storedFindingSchema).describe('本项目重新审核后的全部发现'),
  })
  .meta({ id: 'IndicatorChange' });

export type IndicatorRecordJson = z.infer<typeof indicatorRecordSchema>;
export type ProjectDetailJson = z.infer<typeof projectDetailSchema>;
export type UpdateProjectRequest = z.infer<typeof updateProjectRequestSchema>;
export type CreateIndicatorRequest = z.infer<typeof createIndicatorRequestSchema>;
export type UpdateIndicatorRequest = z.infer<typeof updateIndicatorRequestSchema>;
export type IndicatorChangeJson = z.infer<typeof indicatorChangeSchema>;
