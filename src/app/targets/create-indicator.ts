/** A unit adds an indicator to a project's table; its target is read as an import reads it. */
import { readIndicatorEdit, type IndicatorText } from '../../core/edit/indicator-edit';
import { assertEditable } from '../../core/workflow/unit-year-status';
import { insertIndicatorAt } from '../../db/indicator.repository';
import type { Caller } from '../audit/caller';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';
import { indicatorChange, type IndicatorChange } from './indicator-change';
import { toIndicatorRecord } from './indicator-record';
import { loadProjectView, openProject, projectNotFound, recordListChange } from './project-view';
import { reviewAgain } from './review-again';
import { indicatorSnapshot } from './snapshots';
import { stateOf } from './target-scope';

/**
 * Inserts the indicator at `position` (0-based; at the end when absent or beyond it) and bumps the project's
 * version (its list changed); audited as `indicator.create`. The review runs again in the same transaction.
 * @throws DomainError('conflict') when the targets are not editable in their status
 * @throws DomainError('not_found' | 'forbidden' | 'unauthenticated') as the policy decides
 */
export async function createIndicator(deps: Deps, input: { caller: Caller; projectId: string; indicator: IndicatorText; position?: number }): Promise<IndicatorChange> {
  const { caller, projectId } = input;
  return withAudit(deps, caller, async (tx, record) => {
    const head = await openProject(tx, caller, projectId, 'edit_targets');
    assertEditable(stateOf(head.unitYear));
    const { indicator, targetFindings } = readIndicatorEdit(input.indicator);
    const before = await loadProjectView(tx, projectId, caller.actor);
    if (!before) throw projectNotFound();
    const at = deps.clock();
    const created = toIndicatorRecord(await insertIndicatorAt(tx, projectId, input.position, indicator, at));
    const projectVersion = await recordListChange(tx, before, at, record, caller.actor);
    await reviewAgain(tx, head.unitYear.id);
    await record({ action: 'indicator.create', entityType: 'indicator', entityId: created.id, unitId: head.unit.id, divisionCode: head.unit.divisionCode, before: null, after: { projectId, ...indicatorSnapshot(created) } });
    return indicatorChange(tx, { projectId, projectVersion, indicator: created, targetFindings });
  });
}
