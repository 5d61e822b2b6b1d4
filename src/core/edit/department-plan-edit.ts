/** 部门整体绩效目标 typed by a user: the commitments follow from the overall goal exactly as the importer derives them. */
import type { DepartmentPlan, Measure, SubGoal } from '../model';
import { commitmentsOf } from '../target-table/department-plan';

export interface DepartmentPlanText {
  overallGoal: string;
  subGoals: SubGoal[];
  measures: Measure[];
}

/** The department plan, its commitments read from the overall goal (具体体现在如下方面：…；…). */
export function readDepartmentPlanEdit(text: DepartmentPlanText): DepartmentPlan {
  return { overallGoal: text.overallGoal, commitments: commitmentsOf(text.overallGoal), subGoals: text.subGoals, measures: text.measures };
}
