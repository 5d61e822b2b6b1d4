/** A unit edits its department plan (部门整体绩效目标); the commitments follow from the overall goal, the review runs again. */
import { readDepartmentPlanEdit, type DepartmentPlanText } from '../../core/edit/department-plan-edit';
import { assertEditable } from '../../core/workflow/unit-year-status';
import { findDepartmentPlan, replaceDepartmentPlan, type DepartmentPlanRecord } from '../../db/unit-year-edit.repository';
import type { Caller } from '../audit/caller';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';
import { openUnitYear } from './open-unit-year';
import { editorOf } from './project-view';
import { reviewAgain } from './review-again';
import { departmentPlanSnapshot } from './snapshots';
import { stateOf } from './target-scope';
import { versionConflict } from './version-conflict';

/**
 * Replaces the overall goal, sub-goals and measures if the plan is still at `expectedVersion`; audited as
 * `department_plan.update`.
 * @throws DomainError('conflict') a newer version exists (details: the plan now, changed fields), or the targets
 *   are not editable in their status
 * @throws DomainError('not_found' | 'forbidden' | 'unauthenticated') as the policy decides
 */
export async function updateDepartmentPlan(
  deps: Deps,
  input: { caller: Caller; unitYearId: string; expectedVersion: number; plan: DepartmentPlanText },
): Promise<DepartmentPlanRecord> {
  const { caller, unitYearId, expectedVersion } = input;
  return withAudit(deps, caller, async (tx, record) => {
    const head = await openUnitYear(tx, caller, unitYearId, 'edit_targets');
    assertEditable(stateOf(head));
    const before = await findDepartmentPlan(tx, unitYearId);
    if (!before) throw new Error(`unit year ${unitYearId} has no department plan`);
    const replaced = await replaceDepartmentPlan(tx, { id: before.id, expectedVersion, at: deps.clock() }, readDepartmentPlanEdit(input.plan));
    if (!replaced) {
      const snapshot = departmentPlanSnapshot(before);
      throw await versionConflict(tx, { entityType: 'department_plan', entityId: before.id, what: '部门整体绩效目标', expectedVersion, current: before, currentVersion: before.version, snapshot, updatedAt: before.updatedAt });
    }
    await reviewAgain(tx, unitYearId);
    const after = await findDepartmentPlan(tx, unitYearId);
    if (!after) throw new Error(`unit year ${unitYearId} lost its department plan`);
    await record({ action: 'department_plan.update', entityType: 'department_plan', entityId: before.id, unitId: head.unit.id, divisionCode: head.unit.divisionCode, before: departmentPlanSnapshot(before), after: departmentPlanSnapshot(after) });
    return { ...after, updatedBy: editorOf(caller) };
  });
}
