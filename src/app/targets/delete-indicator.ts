/** A unit deletes an indicator from a project's table; the review runs again. */
import { assertEditable } from '../../core/workflow/unit-year-status';
import { deleteIndicatorRow } from '../../db/indicator.repository';
import type { Caller } from '../audit/caller';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';
import { indicatorChange, indicatorConflict, openIndicator, type IndicatorChange } from './indicator-change';
import { toIndicatorRecord } from './indicator-record';
import { loadProjectView, projectNotFound, recordListChange } from './project-view';
import { reviewAgain } from './review-again';
import { indicatorSnapshot } from './snapshots';
import { stateOf } from './target-scope';

/**
 * Deletes the indicator if it is still at `expectedVersion`, closes the gap in the positions and bumps the
 * project's version; audited as `indicator.delete`.
 * @throws DomainError('conflict') a newer version exists, or the targets are not editable in their status
 * @throws DomainError('not_found' | 'forbidden' | 'unauthenticated') as the policy decides
 */
export async function deleteIndicator(deps: Deps, input: { caller: Caller; id: string; expectedVersion: number }): Promise<IndicatorChange> {
  const { caller, id, expectedVersion } = input;
  return withAudit(deps, caller, async (tx, record) => {
    const head = await openIndicator(tx, caller, id);
    assertEditable(stateOf(head.unitYear));
    const before = await loadProjectView(tx, head.project.id, caller.actor);
    if (!before) throw projectNotFound();
    const deleted = await deleteIndicatorRow(tx, { id, expectedVersion });
    if (!deleted) throw await indicatorConflict(tx, id, expectedVersion);
    const projectVersion = await recordListChange(tx, before, deps.clock(), record, caller.actor);
    await reviewAgain(tx, head.unitYear.id);
    await record({ action: 'indicator.delete', entityType: 'indicator', entityId: id, unitId: head.unit.id, divisionCode: head.unit.divisionCode, before: { projectId: head.project.id, ...indicatorSnapshot(toIndicatorRecord(deleted)) }, after: null });
    return indicatorChange(tx, { projectId: head.project.id, projectVersion, indicator: null, targetFindings: [] });
  });
}
