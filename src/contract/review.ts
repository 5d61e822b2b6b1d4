/**
 * The automatic review as the API gives it: stored findings (of a project, a unit year, or across units),
 * the rule catalogue and the rule packs.
 */
import { z } from 'zod';
import { ruleFamilies } from '../core/review/rule';
import { idSchema, severityCountsSchema, unitRefSchema, unitYearStatusSchema, yearSchema } from './common';
import { findingSchema, locationSchema } from './finding';
import { pageQuerySchema, pageSchema } from './pagination';

export const ruleFamilySchema = z.enum(ruleFamilies).describe('structure 结构；values 指标值；money 资金；spending-plan 支出计划；consistency 一致性；quality 质量');
export const severitySchema = z.enum(['error', 'warning', 'info']);

/** A stored review finding: where it points (project, indicator, field) and why it matters (the rule). */
export const storedFindingSchema = z
  .object({
    id: z.uuid(),
    code: z.string().describe('规则编号，如 values.unknown-unit'),
    family: ruleFamilySchema,
    severity: severitySchema,
    message: z.string(),
    suggestion: z.string().nullable(),
    location: locationSchema,
    evidence: z.array(z.object({ location: locationSchema, text: z.string() })),
    projectId: z.uuid().nullable(),
    indicatorId: z.uuid().nullable(),
    field: z.string().nullable().describe('所指字段，如 target、budget.total、spendingPlan[2]'),
    ruleTitle: z.string(),
    explanation: z.string().describe('规则说明：为什么这是问题'),
  })
  .meta({ id: 'StoredFinding' });

export const listFindingsQuerySchema = pageQuerySchema.extend({
  year: yearSchema.optional(),
  divisionCode: z.string().max(12).optional(),
  unitYearId: idSchema.optional(),
  projectId: idSchema.optional(),
  severity: severitySchema.optional(),
  family: ruleFamilySchema.optional(),
  code: z.string().max(100).optional().describe('规则编号'),
  q: z.string().max(100).optional().describe('单位、项目、指标名称或问题说明中的文字'),
});

export const findingListItemSchema = storedFindingSchema
  .extend({
    unitYearId: z.uuid(),
    unit: unitRefSchema,
    year: z.number().int(),
    status: unitYearStatusSchema,
    project: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
    indicator: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .meta({ id: 'FindingListItem' });

export const findingPageSchema = pageSchema(findingListItemSchema).extend({
  bySeverity: severityCountsSchema.describe('符合条件（不分页）的问题按严重程度计数'),
});

export const ruleSchema = z
  .object({
    id: z.string(),
    family: ruleFamilySchema,
    title: z.string(),
    explanation: z.string(),
    defaultSeverity: severitySchema,
    settingNames: z.array(z.string()),
  })
  .meta({ id: 'Rule' });
export const rulesSchema = z.object({ items: z.array(ruleSchema) });

export const rulePackInfoSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    region: z.string().describe('适用的财政区划代码前缀；全国为空'),
    years: z.object({ from: z.number().int(), to: z.number().int().nullable() }),
    enabledRules: z.array(z.string()),
  })
  .meta({ id: 'RulePackInfo' });
export const rulePacksSchema = z.object({ items: z.array(rulePackInfoSchema) });

/** The review of a document not yet stored (an import preview): its pack, counts and findings. */
export const reviewReportSchema = z.object({
  pack: z.object({ id: z.string(), name: z.string() }),
  summary: z.object({
    total: z.number().int(),
    bySeverity: severityCountsSchema,
    byFamily: z.record(ruleFamilySchema, z.number().int()),
  }),
  findings: z.array(findingSchema),
});

export type StoredFindingJson = z.infer<typeof storedFindingSchema>;
export type FindingListItemJson = z.infer<typeof findingListItemSchema>;
export type RuleJson = z.infer<typeof ruleSchema>;
export type RulePackInfoJson = z.infer<typeof rulePackInfoSchema>;
export type ReviewReportJson = z.infer<typeof reviewReportSchema>;
export type ListFindingsQuery = z.infer<typeof listFindingsQuerySchema>;
