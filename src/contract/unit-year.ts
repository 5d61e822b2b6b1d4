/**
 * The JSON shape of a unit's year (`jixiao import --json`, `jixiao show --json`, the API): amounts are numbers in
 * 万元, percents are numbers (null for a blank spending-plan cell), targets keep their raw text.
 */
import { z } from 'zod';
import { amountInUnit, type Fen } from '../core/money';
import type { Budget, Indicator, Project, UnitYear } from '../core/model';
import type { Target } from '../core/target/target';

export const targetSchema = z.object({
  raw: z.string().describe('指标值原文'),
  kind: z.enum(['quantitative', 'deadline', 'qualitative']),
  comparator: z.enum(['≥', '≤', '=', '>', '<', '~']).nullable(),
  value: z.number().nullable().describe('数值；区间时为下限'),
  upper: z.number().nullable().describe('区间上限'),
  unit: z.string().nullable().describe('计量单位（度量单位）'),
  direction: z.enum(['higher', 'lower', 'exact']).nullable(),
  date: z.string().nullable().describe('期限（yyyy-mm-dd）'),
});

export const indicatorSchema = z.object({
  level1: z.string(),
  level2: z.string(),
  name: z.string(),
  description: z.string(),
  target: targetSchema,
  basis: z.string(),
});

/** An indicator as a monitoring or self-evaluation table lists it: id, position, names and target. */
export const tableIndicatorSchema = z.object({
  id: z.uuid(),
  position: z.number().int().describe('从 1 开始的序号'),
  level1: z.string(),
  level2: z.string(),
  name: z.string(),
  target: targetSchema,
});

export const projectSchema = z.object({
  code: z.string(),
  name: z.string(),
  budget: z.object({ total: z.number(), fiscal: z.number(), other: z.number() }).describe('万元'),
  purpose: z.string(),
  spendingPlan: z.array(z.object({ checkpoint: z.string(), month: z.number().int(), percent: z.number().nullable() })),
  goals: z.array(z.string()),
  indicators: z.array(indicatorSchema),
});

export const departmentPlanSchema = z.object({
  overallGoal: z.string(),
  commitments: z.array(z.string()),
  subGoals: z.array(z.object({ title: z.string(), goal: z.string(), indicatorText: z.string() })),
  measures: z.array(z.object({ title: z.string(), text: z.string() })),
});

export const unitYearSchema = z.object({
  unit: z.object({ code: z.string(), name: z.string(), divisionCode: z.string().nullable() }),
  year: z.number().int(),
  moneyUnit: z.enum(['万元', '元']).describe('原文件的金额单位；JSON 中金额一律为万元'),
  departmentPlan: departmentPlanSchema,
  projects: z.array(projectSchema),
});

export type TargetJson = z.infer<typeof targetSchema>;
export type ProjectJson = z.infer<typeof projectSchema>;
export type UnitYearJson = z.infer<typeof unitYearSchema>;

/** The one conversion of money for JSON: an exact amount in fen as a number of 万元 (20,320,000 fen → 20.32). */
export const wanYuan = (amount: Fen): number => amountInUnit(amount, '万元');

/** A budget's three amounts in 万元. */
export const budgetInWanYuan = (budget: Budget) => ({ total: wanYuan(budget.total), fiscal: wanYuan(budget.fiscal), other: wanYuan(budget.other) });

export function presentTarget(target: Target): TargetJson {
  if (target.kind === 'quantitative') {
    const { raw, kind, comparator, value, upper, measureUnit, direction } = target;
    return { raw, kind, comparator, value, upper, unit: measureUnit, direction, date: null };
  }
  if (target.kind === 'deadline') {
    return { raw: target.raw, kind: 'deadline', comparator: target.comparator, value: null, upper: null, unit: null, direction: null, date: target.date };
  }
  return { raw: target.raw, kind: 'qualitative', comparator: null, value: null, upper: null, unit: null, direction: null, date: null };
}

export function presentTableIndicator(entry: { id: string; position: number; indicator: Indicator }): z.infer<typeof tableIndicatorSchema> {
  const { level1, level2, name, target } = entry.indicator;
  return { id: entry.id, position: entry.position, level1, level2, name, target: presentTarget(target) };
}

export function presentProject(project: Project): ProjectJson {
  return {
    code: project.code,
    name: project.name,
    budget: budgetInWanYuan(project.budget),
    purpose: project.purpose,
    spendingPlan: project.spendingPlan.map(({ checkpoint, month, percent }) => ({ checkpoint, month, percent })),
    goals: project.goals,
    indicators: project.indicators.map((indicator) => ({ ...indicator, target: presentTarget(indicator.target) })),
  };
}

/** The unit year as JSON (amounts in 万元). */
export function presentUnitYear(unitYear: UnitYear): UnitYearJson {
  return {
    unit: unitYear.unit,
    year: unitYear.year,
    moneyUnit: unitYear.moneyUnit,
    departmentPlan: unitYear.departmentPlan,
    projects: unitYear.projects.map(presentProject),
  };
}
