/**
 * A unit edits a project's table: name, budget, use of funds, spending plan, goals. Amounts and percents are
 * read as an import reads them; the review runs again in the same transaction.
 */
import { readBudgetEdit, type BudgetEdit, type BudgetText } from '../../core/edit/budget-edit';
import { valueOrThrow } from '../../core/edit/field-problems';
import { readSpendingPlanEdit, type CheckpointText } from '../../core/edit/spending-plan-edit';
import { assertEditable } from '../../core/workflow/unit-year-status';
import { replaceSpendingPlan, updateProjectRow, type ProjectChanges } from '../../db/project.repository';
import type { Caller } from '../audit/caller';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';
import { editorOf, loadProjectView, openProject, projectConflict, projectNotFound, type ProjectView } from './project-view';
import { projectSnapshot } from './snapshots';
import { reviewAgain } from './review-again';
import { stateOf } from './target-scope';

export interface ProjectEdit {
  name?: string;
  /** In 万元, as typed. */
  budget?: BudgetText;
  purpose?: string;
  spendingPlan?: CheckpointText[];
  goals?: string[];
}

/**
 * Applies `changes` if the project is still at `expectedVersion`; audited as `project.update`.
 * @throws DomainError('validation_failed') an amount or a percent that cannot be read (with field paths)
 * @throws DomainError('conflict') a newer version exists (details: the project now, changed fields), or the
 *   targets are not editable in their status
 * @throws DomainError('not_found' | 'forbidden' | 'unauthenticated') as the policy decides
 */
export async function updateProject(deps: Deps, input: { caller: Caller; id: string; expectedVersion: number; changes: ProjectEdit }): Promise<ProjectView> {
  const { caller, id, expectedVersion, changes } = input;
  return withAudit(deps, caller, async (tx, record) => {
    const head = await openProject(tx, caller, id, 'edit_targets');
    assertEditable(stateOf(head.unitYear));
    const budget = changes.budget === undefined ? undefined : valueOrThrow(readBudgetEdit(changes.budget, head.unitYear.moneyUnit));
    const plan = changes.spendingPlan === undefined ? undefined : valueOrThrow(readSpendingPlanEdit(changes.spendingPlan));
    const before = await loadProjectView(tx, id, caller.actor);
    const columns: ProjectChanges = {
      ...(changes.name === undefined ? {} : { name: changes.name }),
      ...(changes.purpose === undefined ? {} : { purpose: changes.purpose }),
      ...(changes.goals === undefined ? {} : { goals: changes.goals }),
      ...(budget === undefined ? {} : budgetColumns(budget)),
    };
    const updated = await updateProjectRow(tx, { id, expectedVersion, at: deps.clock() }, columns);
    if (!updated || !before) throw await projectConflict(tx, id, expectedVersion, caller.actor);
    if (plan !== undefined) await replaceSpendingPlan(tx, id, plan);
    await reviewAgain(tx, head.unitYear.id);
    const after = await loadProjectView(tx, id, caller.actor);
    if (!after) throw projectNotFound();
    await record({ action: 'project.update', entityType: 'project', entityId: id, unitId: head.unit.id, divisionCode: head.unit.divisionCode, before: projectSnapshot(before), after: projectSnapshot(after) });
    return { ...after, updatedBy: editorOf(caller) };
  });
}

function budgetColumns({ budget, budgetRaw }: BudgetEdit): ProjectChanges {
  return {
    budgetTotal: budget.total,
    budgetFiscal: budget.fiscal,
    budgetOther: budget.other,
    budgetTotalRaw: budgetRaw.total,
    budgetFiscalRaw: budgetRaw.fiscal,
    budgetOtherRaw: budgetRaw.other,
  };
}
