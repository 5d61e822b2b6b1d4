/** A unit puts a project's indicators in a new order (the project's version guards it). */
import { DomainError } from '../../core/errors';
import { assertEditable } from '../../core/workflow/unit-year-status';
import { reorderIndicatorRows } from '../../db/indicator.repository';
import { updateProjectRow } from '../../db/project.repository';
import type { Caller } from '../audit/caller';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';
import { editorOf, loadProjectView, openProject, projectConflict, projectNotFound, type ProjectView } from './project-view';
import { projectSnapshot } from './snapshots';
import { reviewAgain } from './review-again';
import { stateOf } from './target-scope';

/**
 * Gives the indicators the order of `indicatorIds` (all of the project's, each once) if the project is still at
 * `expectedVersion`; audited as `project.reorder_indicators`. Findings are recomputed: they name indicators by position.
 * @throws DomainError('validation_failed') when `indicatorIds` is not exactly the project's indicators
 * @throws DomainError('conflict') a newer version exists, or the targets are not editable in their status
 */
export async function reorderIndicators(deps: Deps, input: { caller: Caller; id: string; expectedVersion: number; indicatorIds: string[] }): Promise<ProjectView> {
  const { caller, id, expectedVersion, indicatorIds } = input;
  return withAudit(deps, caller, async (tx, record) => {
    const head = await openProject(tx, caller, id, 'edit_targets');
    assertEditable(stateOf(head.unitYear));
    const before = await loadProjectView(tx, id, caller.actor);
    const updated = await updateProjectRow(tx, { id, expectedVersion, at: deps.clock() }, {});
    if (!updated || !before) throw await projectConflict(tx, id, expectedVersion, caller.actor);
    checkSameIndicators(before.indicators.map((indicator) => indicator.id), indicatorIds);
    await reorderIndicatorRows(tx, id, indicatorIds);
    await reviewAgain(tx, head.unitYear.id);
    const after = await loadProjectView(tx, id, caller.actor);
    if (!after) throw projectNotFound();
    await record({ action: 'project.reorder_indicators', entityType: 'project', entityId: id, unitId: head.unit.id, divisionCode: head.unit.divisionCode, before: projectSnapshot(before), after: projectSnapshot(after) });
    return { ...after, updatedBy: editorOf(caller) };
  });
}

function checkSameIndicators(current: readonly string[], ordered: readonly string[]): void {
  const given = new Set(ordered);
  if (given.size === ordered.length && ordered.length === current.length && current.every((id) => given.has(id))) return;
  throw new DomainError('validation_failed', `新的顺序应包含该项目的全部 ${current.length} 个指标，每个一次。请刷新后重新排序。`, {
    fields: [{ path: 'indicatorIds', message: '应为该项目全部指标的编号，每个一次' }],
  });
}
