/**
 * The finance dashboard of a year: per unit (budget, projects, findings by severity, status), findings by rule
 * family, and the spending-plan curves.
 *
 * A curve is one unit's budget-weighted cumulative spending plan: at each month that is a checkpoint of any of
 * its projects, Σ(budget × planned %) / Σ budget over the projects that commit to something. A blank checkpoint
 * is no commitment: the project's plan is interpolated linearly between the checkpoints it does commit to (from
 * 0 % on 1 January; 100 % at year end when December is blank), as monitoring computes its scheduled share.
 * Projects with no usable plan (no committed checkpoint, a percent outside 0–100, a falling plan) or no budget
 * are left out of the weighting; a unit with none of them has no curve points.
 */
import { z } from 'zod';
import { gradeCountsSchema, severityCountsSchema, unitRefSchema, unitYearStatusSchema, yearSchema } from './common';
import { ruleFamilySchema } from './review';

export const dashboardQuerySchema = z.object({
  year: yearSchema.optional().describe('省略时为可见范围内最新的年度'),
  divisionCode: z.string().max(12).optional(),
});

export const dashboardUnitSchema = z.object({
  unitYearId: z.uuid(),
  unit: unitRefSchema,
  status: unitYearStatusSchema,
  publishedAt: z.iso.datetime().nullable(),
  budgetTotal: z.number().describe('万元'),
  projectCount: z.number().int(),
  indicatorCount: z.number().int(),
  findings: severityCountsSchema,
  grades: gradeCountsSchema,
});

export const curvePointSchema = z.object({ month: z.number().int().min(1).max(12), percent: z.number().describe('累计支出计划，预算加权，0–100，两位小数') });

export const spendingCurveSchema = z.object({
  unitYearId: z.uuid(),
  unit: z.object({ code: z.string(), name: z.string() }),
  budgetCovered: z.number().describe('参与加权的项目预算合计，万元'),
  points: z.array(curvePointSchema),
});

export const dashboardSchema = z
  .object({
    year: z.number().int().nullable().describe('没有任何数据时为 null'),
    divisionCode: z.string().nullable(),
    totals: z.object({
      units: z.number().int(),
      projects: z.number().int(),
      indicators: z.number().int(),
      budgetTotal: z.number().describe('万元'),
      findings: severityCountsSchema,
      byStatus: z.record(unitYearStatusSchema, z.number().int()),
    }),
    units: z.array(dashboardUnitSchema),
    findingsByFamily: z.array(z.object({ family: ruleFamilySchema, total: z.number().int(), bySeverity: severityCountsSchema })),
    spendingCurves: z.array(spendingCurveSchema),
  })
  .meta({ id: 'Dashboard' });

export type DashboardJson = z.infer<typeof dashboardSchema>;
export type SpendingCurveJson = z.infer<typeof spendingCurveSchema>;
