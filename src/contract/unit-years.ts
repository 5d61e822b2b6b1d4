/**
 * Unit years over HTTP: the years in scope, the list of unit-year summaries, one unit year (department plan and
 * project list), editing the department plan, the status steps (submit, approve, return, publish), export.
 */
import { z } from 'zod';
import type { ExportFormat } from '../core/documents/export-document';
import {
  budgetSchema,
  changedBySchema,
  expectedVersionSchema,
  gradeCountsSchema,
  idSchema,
  longTextSchema,
  permissionsSchema,
  reviewGradeSchema,
  severityCountsSchema,
  shortTextSchema,
  unitRefSchema,
  unitYearStatusSchema,
  yearSchema,
} from './common';
import { pageQuerySchema, pageSchema } from './pagination';
import { storedFindingSchema } from './review';

export const yearsSchema = z.object({ years: z.array(z.number().int()).describe('调用者可见范围内已有数据的年度，从新到旧') });

export const listUnitYearsQuerySchema = pageQuerySchema.extend({
  year: yearSchema.optional(),
  divisionCode: z.string().max(12).optional().describe('财政区划编码'),
  unitId: idSchema.optional(),
  status: unitYearStatusSchema.optional(),
  q: z.string().max(100).optional().describe('单位名称或编码中的文字'),
});

export const unitYearSummarySchema = z
  .object({
    id: z.uuid(),
    unit: unitRefSchema,
    year: z.number().int(),
    moneyUnit: z.enum(['万元', '元']).describe('原文件的金额单位；JSON 中金额一律为万元'),
    status: unitYearStatusSchema,
    statusComment: z.string().nullable().describe('最近一次批复或退回时财政审核人的意见'),
    projectCount: z.number().int(),
    indicatorCount: z.number().int(),
    budgetTotal: z.number().describe('各项目预算数合计，万元'),
    findings: severityCountsSchema,
    reviewPack: z.string().nullable().describe('审核所用规则包编号'),
    grades: gradeCountsSchema,
    submittedAt: z.iso.datetime().nullable(),
    publishedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: 'UnitYearSummary' });

export const unitYearPageSchema = pageSchema(unitYearSummarySchema);

export const subGoalSchema = z.object({
  title: shortTextSchema('分项目标标题', 500),
  goal: longTextSchema('绩效目标', 5000),
  indicatorText: longTextSchema('绩效指标', 5000),
});
export const measureSchema = z.object({ title: shortTextSchema('措施标题', 500), text: longTextSchema('措施内容', 5000) });

/** 部门整体绩效目标 as stored, with its version. */
export const departmentPlanRecordSchema = z
  .object({
    id: z.uuid(),
    overallGoal: z.string(),
    commitments: z.array(z.string()).describe('由总体绩效目标“具体体现在如下方面：”之后的内容得出'),
    subGoals: z.array(z.object({ title: z.string(), goal: z.string(), indicatorText: z.string() })),
    measures: z.array(z.object({ title: z.string(), text: z.string() })),
    updatedAt: z.iso.datetime(),
    updatedBy: changedBySchema,
    version: z.number().int(),
  })
  .meta({ id: 'DepartmentPlan' });

export const projectRowSchema = z.object({
  id: z.uuid(),
  position: z.number().int().describe('从 0 开始的顺序'),
  code: z.string(),
  name: z.string(),
  budget: budgetSchema,
  spendingPlan: z.array(z.object({ checkpoint: z.string(), month: z.number().int(), percent: z.number().nullable() })),
  indicatorCount: z.number().int(),
  findings: severityCountsSchema,
  reviewGrade: reviewGradeSchema.nullable(),
  version: z.number().int(),
});

export const unitYearDetailSchema = unitYearSummarySchema
  .extend({
    departmentPlan: departmentPlanRecordSchema,
    projects: z.array(projectRowSchema),
    totals: z.object({ budget: budgetSchema, projectCount: z.number().int(), indicatorCount: z.number().int(), findings: severityCountsSchema }),
    planFindings: z.array(storedFindingSchema).describe('不属于某个项目的审核发现（部门整体目标、跨项目一致性）'),
    can: permissionsSchema,
  })
  .meta({ id: 'UnitYearDetail' });

export const updateDepartmentPlanRequestSchema = z.object({
  expectedVersion: expectedVersionSchema,
  overallGoal: longTextSchema('总体绩效目标'),
  subGoals: z.array(subGoalSchema).max(100, '分项绩效目标最多 100 项。'),
  measures: z.array(measureSchema).max(100, '工作保障措施最多 100 项。'),
});

/** POST /approve: an optional comment; POST /return: the comment is required (what to revise). */
export const approveRequestSchema = z.object({ comment: longTextSchema('审核意见', 2000).optional() }).nullish();
export const returnRequestSchema = z.object({ comment: shortTextSchema('退回意见（需要修改什么）', 2000) });

/** Listed here (checked against the core's type) so that the web app does not load the exporters for a list. */
export const exportFormats = ['docx', 'xlsx', 'txt', 'csv', 'open-data'] as const satisfies readonly ExportFormat[];

export const exportQuerySchema = z.object({
  format: z.enum(exportFormats).describe('docx Word；xlsx Excel；txt Word 导出文本；csv、open-data 开放数据（国家数据交换字段名）'),
});

export type UnitYearSummaryJson = z.infer<typeof unitYearSummarySchema>;
export type UnitYearDetailJson = z.infer<typeof unitYearDetailSchema>;
export type DepartmentPlanRecordJson = z.infer<typeof departmentPlanRecordSchema>;
export type ProjectRowJson = z.infer<typeof projectRowSchema>;
export type ListUnitYearsQuery = z.infer<typeof listUnitYearsQuerySchema>;
export type UpdateDepartmentPlanRequest = z.infer<typeof updateDepartmentPlanRequestSchema>;
