/** Pieces the resource schemas share: references to units, counts by severity, ids, years, amounts as text. */
import { z } from 'zod';
import { reviewGrades, unitYearStatuses } from '../core/workflow/unit-year-status';

export const idSchema = z.uuid('编号格式不正确。');
export const idParamsSchema = z.object({ id: z.string().max(100) });

export const yearSchema = z.coerce.number().int('年度应为整数，如 2021。').min(2000, '年度应在 2000 到 2100 之间。').max(2100, '年度应在 2000 到 2100 之间。');

export const unitYearStatusSchema = z
  .enum(unitYearStatuses)
  .describe('draft 填报中；submitted 已提交待审核；approved 已批复；returned 已退回修改');
export const reviewGradeSchema = z.enum(reviewGrades).describe('财政审核评定：优 通过；良 共同修改后通过；中 退回修改；差 不予通过');

export const unitRefSchema = z.object({ id: z.uuid(), code: z.string(), name: z.string(), divisionCode: z.string().nullable() });

export const severityCountsSchema = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });

export const gradeCountsSchema = z
  .object({ 优: z.number().int(), 良: z.number().int(), 中: z.number().int(), 差: z.number().int(), ungraded: z.number().int() })
  .describe('各评定等级的项目数；ungraded 为尚未评定');

/** Amounts in JSON are numbers in 万元. */
export const budgetSchema = z.object({ total: z.number(), fiscal: z.number(), other: z.number() }).describe('万元');

/** An editable amount: text in 万元 ("20.32"), read exactly; a malformed one is refused with its field path. */
export const amountTextSchema = z.string().trim().min(1, '请填写金额。').max(30, '金额太长。').describe('万元，文本形式，如 "20.32"');

/** An edit names the version of the record it started from. */
export const expectedVersionSchema = z.number().int().min(1).describe('修改前读到的 version；若他人已先修改，返回 409');

/** A short free text (names, titles) and a long one (purposes, goals). */
export const shortTextSchema = (what: string, max = 200) => z.string().trim().min(1, `请填写${what}。`).max(max, `${what}最多 ${max} 个字符。`);
export const longTextSchema = (what: string, max = 20_000) => z.string().max(max, `${what}最多 ${max} 个字符。`);

/** The formats a unit's monitoring or self-evaluation table exports to (Excel unless asked). */
export const tableExportQuerySchema = z.object({ format: z.enum(['docx', 'xlsx', 'open-data']).default('xlsx') });

/** Who last changed a record (from the audit trail); null when nobody has since it was imported. */
export const changedBySchema = z.object({ id: z.uuid().nullable(), displayName: z.string() }).nullable();

/** What the caller may do with a record now (role, scope and status considered), for the web app to offer. */
export const permissionsSchema = z.object({
  edit: z.boolean().describe('修改绩效目标（填报中或已退回时，本单位用户）'),
  submit: z.boolean(),
  approve: z.boolean(),
  return: z.boolean(),
  publish: z.boolean(),
  grade: z.boolean().describe('评定项目（已提交时，财政审核人）'),
});

export type SeverityCounts = z.infer<typeof severityCountsSchema>;
export type GradeCounts = z.infer<typeof gradeCountsSchema>;
export type Permissions = z.infer<typeof permissionsSchema>;
