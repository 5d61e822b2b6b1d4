/**
 * 绩效运行监控 over HTTP (domain.md §4). A finance reviewer opens a round (a year and a cut-off date) over the
 * units of a division; each unit reports, per project, spending to date and the year-end estimate, and per
 * indicator the value to date, the year-end estimate, the likelihood of reaching the target, deviation causes,
 * a remark and a rectification; then its unit leader submits. Lights (红/黄/绿/蓝) are computed on every read
 * from what is stored, and explain themselves (numbers, threshold, rule).
 *
 * - `POST /api/monitoring-rounds` {year, cutOff, title?, divisionCode?, unitIds?} (finance reviewers of the
 *   division, admins) → the round. Without unitIds: every unit of the division with targets for the year.
 * - `GET /api/monitoring-rounds?year=&status=` → the rounds in the caller's reach (unit users: rounds that ask
 *   their unit; finance reviewers: their division's; admins: all).
 * - `GET /api/monitoring-rounds/:id` (finance, admin) → the division view: every unit, those not reported first,
 *   then by worst light (red first), with counts of lights.
 * - `POST /api/monitoring-rounds/:id/close` {expectedVersion} (finance, admin) → the round, closed: figures final.
 * - `GET /api/monitoring-rounds/:id/units/:unitId` → the unit's projects, each with its report (version 0 and
 *   report null while none is saved), its lights and its validation findings.
 * - `PUT /api/monitoring-rounds/:id/projects/:projectId` {expectedVersion (0 for the first save), spent,
 *   expectedSpent, overspendExplanation, indicators} (unit editors and leaders of the unit, admins) → the
 *   project's entry. Drafts are saved with their findings; amounts that cannot be read and indicator ids that
 *   are not the project's are refused (400 with field paths). A stale version → 409 with `details.current`.
 * - `POST /api/monitoring-rounds/:id/units/:unitId/submit` (unit leaders of the unit, admins) → the unit view.
 *   Every project needs a saved report without errors (else 400 `validation_failed`, `details.findings`).
 *   A submitted unit's reports are final for the round (409, `details.reason: 'submitted'`).
 * - `GET …/units/:unitId/template.xlsx` → an Excel workbook to fill offline: one sheet per project (项目1, 项目2 …),
 *   the targets, the figures saved so far, the cells to fill unlocked and shaded, lists for likelihood, status
 *   and causes. `POST …/units/:unitId/template.xlsx` (multipart, field `file`) stores every project of the
 *   workbook in one transaction, or nothing: problems answer 422 `import_rejected` with `details.findings`,
 *   each located at its cell (`location.cell` = `'项目1'!F7`).
 * - `GET …/units/:unitId/export?format=docx|xlsx|open-data` → the monitoring table of domain.md §6.
 * While a round is closed nothing in it can be saved or submitted (409, `details.reason: 'closed'`).
 */
import { z } from 'zod';
import { deviationCauseKinds, lightColors, likelihoods, progressStatuses } from '../core/monitoring/types';
import { amountTextSchema, changedBySchema, idSchema, longTextSchema, unitRefSchema, unitYearStatusSchema, yearSchema } from './common';
import { findingSchema } from './finding';
import { tableIndicatorSchema } from './unit-year';

export const lightColorSchema = z.enum(lightColors).describe('red 红灯（严重滞后）；yellow 黄灯（滞后）；green 绿灯（正常）；blue 蓝灯（超额完成，需说明）；none 不亮灯（未填报或不判断）');
export const likelihoodSchema = z.enum(likelihoods).describe('完成目标可能性：certain 确定能；possible 有可能；impossible 完全不可能');
export const progressStatusSchema = z.enum(progressStatuses).describe('达成 achieved；部分达成 partial；未达成 not-achieved');
export const deviationCauseKindSchema = z.enum(deviationCauseKinds).describe('偏差原因：funding 经费保障；rules 制度保障；staffing 人员保障；equipment 硬件条件保障；other 其他');
export const roundStatusSchema = z.enum(['open', 'closed']).describe('open 填报中；closed 已关闭（数据为最终值）');

/** A value to date or expected at year end: decimal text in the target's unit for quantitative targets, a status otherwise. */
export const progressSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('number'), value: z.string().trim().min(1, '请填写数值。').max(30, '数值太长。').describe('十进制文本，单位与指标值相同，如 "250"、"98.5"') }),
    z.object({ kind: z.literal('status'), status: progressStatusSchema }),
  ])
  .meta({ id: 'MonitoringProgress' });

export const deviationCauseSchema = z.object({ kind: deviationCauseKindSchema, text: longTextSchema('偏差原因说明', 2000) });
export const rectificationSchema = z.object({ needed: z.boolean().describe('是否需要整改'), action: longTextSchema('整改措施', 2000) });

/** The counts of lights of each color. */
export const lightCountsSchema = z.object({ red: z.number().int(), yellow: z.number().int(), blue: z.number().int(), green: z.number().int(), none: z.number().int() });

export const spendingLightSchema = z
  .object({
    color: lightColorSchema,
    ratio: z.number().nullable().describe('比值（执行率 ÷ 序时进度），仅供图表；判断以 explanation 中的精确值为准'),
    explanation: z.string().describe('中文说明：数字、阈值和结论'),
    inputs: z.object({
      budget: z.number().describe('预算数，万元'),
      spent: z.number().describe('1—N月执行数，万元'),
      cutOff: z.string(),
      executionPercent: z.string().nullable().describe('执行率，两位小数的百分数文本'),
      scheduledPercent: z.string().describe('序时进度，两位小数的百分数文本'),
      schedule: z.enum(['plan', 'months']).describe('plan 按项目支出计划插值；months 按月份 m/12'),
      scheduleWorking: z.string(),
    }),
  })
  .meta({ id: 'SpendingLight' });

export const indicatorLightSchema = z
  .object({
    color: lightColorSchema,
    ratio: z.number().nullable(),
    explanation: z.string(),
    inputs: z.object({
      indicator: z.number().int().describe('指标在项目中的序号，从 1 开始'),
      target: z.string().describe('年度指标值原文'),
      progress: z.string().nullable().describe('执行情况，如 “250人”“部分达成”'),
      elapsedPercent: z.string().nullable().describe('截止日期时全年已过的比例，百分数文本'),
      rule: z.enum(['higher', 'lower', 'zero', 'range', 'deadline', 'qualitative', 'not-judged']),
    }),
  })
  .meta({ id: 'IndicatorLight' });

/** A finding of monitoring with the indicator it points at (by id), when it points at one. */
export const monitoringFindingSchema = findingSchema.extend({ indicatorId: z.uuid().nullable() }).meta({ id: 'MonitoringFinding' });

export const indicatorReportRequestSchema = z.object({
  indicatorId: idSchema,
  progress: progressSchema.nullable().describe('1—N月执行情况'),
  expected: progressSchema.nullable().describe('全年预计完成情况'),
  likelihood: likelihoodSchema.nullable(),
  causes: z.array(deviationCauseSchema).max(5, '偏差原因最多 5 项。'),
  remark: longTextSchema('备注', 2000),
  rectification: rectificationSchema,
});

export const saveMonitoringReportRequestSchema = z.object({
  expectedVersion: z.number().int().min(0).describe('读到的 version；尚未填报时为 0。若他人已先保存，返回 409'),
  spent: amountTextSchema.describe('1—N月执行数，万元，文本'),
  expectedSpent: amountTextSchema.describe('全年预计执行数，万元，文本'),
  overspendExplanation: longTextSchema('超预算说明', 2000).default(''),
  indicators: z.array(indicatorReportRequestSchema).max(500),
});

export const indicatorReportSchema = indicatorReportRequestSchema.extend({ position: z.number().int().describe('从 1 开始的序号') });

export const monitoringReportSchema = z.object({
  spent: z.number().describe('万元'),
  expectedSpent: z.number().describe('万元'),
  overspendExplanation: z.string(),
  indicators: z.array(indicatorReportSchema),
});

/** One indicator of a project in a round: the target, the row reported (null while none), its light. */
export const monitoringIndicatorSchema = tableIndicatorSchema.extend({ light: indicatorLightSchema });

export const monitoringProjectSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    budget: z.number().describe('预算数，万元'),
    version: z.number().int().describe('填报记录的 version；尚未填报为 0'),
    updatedAt: z.iso.datetime().nullable(),
    updatedBy: changedBySchema,
    report: monitoringReportSchema.nullable().describe('尚未填报时为 null'),
    spendingLight: spendingLightSchema,
    indicators: z.array(monitoringIndicatorSchema),
    worst: lightColorSchema,
    counts: lightCountsSchema,
    findings: z.array(monitoringFindingSchema).describe('校验发现；有 error 时不能提交'),
  })
  .meta({ id: 'MonitoringProject' });

export const monitoringRoundSchema = z
  .object({
    id: z.uuid(),
    year: z.number().int(),
    cutOff: z.string().describe('截止日期 yyyy-mm-dd'),
    title: z.string(),
    divisionCode: z.string(),
    status: roundStatusSchema,
    unitCount: z.number().int(),
    submittedCount: z.number().int().describe('已提交的单位数'),
    createdAt: z.iso.datetime(),
    closedAt: z.iso.datetime().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'MonitoringRound' });

export const monitoringRoundListSchema = z.object({ items: z.array(monitoringRoundSchema) });

export const listMonitoringRoundsQuerySchema = z.object({ year: yearSchema.optional(), status: roundStatusSchema.optional() });

export const createMonitoringRoundRequestSchema = z
  .object({
    year: z.number().int().min(2000, '年度应在 2000 到 2100 之间。').max(2100, '年度应在 2000 到 2100 之间。'),
    cutOff: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '截止日期应为 yyyy-mm-dd，如 2021-07-31。'),
    title: z.string().trim().max(200, '标题最多 200 个字符。').optional().describe('省略时为“2021年1—7月绩效运行监控”'),
    divisionCode: z.string().trim().max(12).optional().describe('财政区划；财政审核人省略时为本人区划'),
    unitIds: z.array(idSchema).max(2000).optional().describe('参加的单位；省略时为该区划当年有绩效目标的全部单位'),
  })
  .describe('unitIds 与 divisionCode 至少给出其一（财政审核人可都省略）');

export const closeMonitoringRoundRequestSchema = z.object({ expectedVersion: z.number().int().min(1).describe('批次的 version') });

/** A unit's line in the division view. */
export const divisionRowSchema = z.object({
  unit: unitRefSchema,
  unitYearId: z.uuid().nullable(),
  targetStatus: unitYearStatusSchema.nullable().describe('该单位当年绩效目标的状态'),
  reported: z.boolean().describe('已提交'),
  submittedAt: z.iso.datetime().nullable(),
  worst: lightColorSchema.nullable().describe('未提交时为 null'),
  counts: lightCountsSchema,
});

export const monitoringRoundDetailSchema = z
  .object({
    round: monitoringRoundSchema,
    units: z.array(divisionRowSchema).describe('未提交的单位在前，其次按最严重的灯（红灯在前）、红灯数、黄灯数、单位名称'),
    counts: lightCountsSchema.describe('已提交单位的灯数合计'),
    can: z.object({ close: z.boolean() }),
  })
  .meta({ id: 'MonitoringRoundDetail' });

export const monitoringUnitParamsSchema = z.object({ id: z.string().max(100), unitId: z.string().max(100) });
export const monitoringProjectParamsSchema = z.object({ id: z.string().max(100), projectId: z.string().max(100) });

export const monitoringUnitSchema = z
  .object({
    round: monitoringRoundSchema,
    unit: unitRefSchema,
    unitYearId: z.uuid(),
    submitted: z.boolean(),
    submittedAt: z.iso.datetime().nullable(),
    submittedBy: changedBySchema,
    projects: z.array(monitoringProjectSchema),
    worst: lightColorSchema,
    counts: lightCountsSchema,
    can: z.object({ report: z.boolean().describe('可以保存填报（批次未关闭、未提交、本单位用户）'), submit: z.boolean() }),
  })
  .meta({ id: 'MonitoringUnit' });

export type LightColorJson = z.infer<typeof lightColorSchema>;
export type ProgressJson = z.infer<typeof progressSchema>;
export type SpendingLightJson = z.infer<typeof spendingLightSchema>;
export type IndicatorLightJson = z.infer<typeof indicatorLightSchema>;
export type MonitoringFindingJson = z.infer<typeof monitoringFindingSchema>;
export type IndicatorReportRequest = z.infer<typeof indicatorReportRequestSchema>;
export type SaveMonitoringReportRequest = z.input<typeof saveMonitoringReportRequestSchema>;
export type MonitoringProjectJson = z.infer<typeof monitoringProjectSchema>;
export type MonitoringRoundJson = z.infer<typeof monitoringRoundSchema>;
export type MonitoringRoundListJson = z.infer<typeof monitoringRoundListSchema>;
export type CreateMonitoringRoundRequest = z.infer<typeof createMonitoringRoundRequestSchema>;
export type DivisionRowJson = z.infer<typeof divisionRowSchema>;
export type MonitoringRoundDetailJson = z.infer<typeof monitoringRoundDetailSchema>;
export type MonitoringUnitJson = z.infer<typeof monitoringUnitSchema>;
