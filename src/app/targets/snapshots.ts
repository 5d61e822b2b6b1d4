/**
 * What the audit trail keeps of each record of the targets before and after a change. The same snapshot
 * tells a 409 which fields changed since the version an edit started from.
 */
import type { BudgetRaw, SpendingCheckpoint } from '../../core/model';
import type { DepartmentPlanRecord } from '../../db/unit-year-edit.repository';
import type { IndicatorRecord } from './indicator-record';

/** What a project snapshot reads of a project (a ProjectView). */
export interface SnapshotSource {
  name: string;
  budgetRaw: BudgetRaw;
  purpose: string;
  spendingPlan: readonly SpendingCheckpoint[];
  goals: readonly string[];
  indicators: readonly { id: string }[];
  reviewGrade: string | null;
  reviewComment: string | null;
  version: number;
}

export function indicatorSnapshot(indicator: IndicatorRecord): Record<string, unknown> {
  const { level1, level2, name, description, target, basis, position, version } = indicator;
  return { level1, level2, name, description, target: target.raw, basis, position, version };
}

export function projectSnapshot(project: SnapshotSource): Record<string, unknown> {
  return {
    name: project.name,
    budget: project.budgetRaw,
    purpose: project.purpose,
    spendingPlan: project.spendingPlan.map(({ checkpoint, raw }) => ({ checkpoint, raw })),
    goals: project.goals,
    indicatorOrder: project.indicators.map((indicator) => indicator.id),
    reviewGrade: project.reviewGrade,
    reviewComment: project.reviewComment,
    version: project.version,
  };
}

export function departmentPlanSnapshot(plan: DepartmentPlanRecord): Record<string, unknown> {
  const { overallGoal, subGoals, measures, version } = plan;
  return { overallGoal, subGoals, measures, version };
}
