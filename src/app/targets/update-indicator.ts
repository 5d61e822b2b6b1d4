/** A unit edits an indicator; its target is read as an import reads it, and the review runs again. */
import { readIndicatorEdit, type IndicatorText } from '../../core/edit/indicator-edit';
import { assertEditable } from '../../core/workflow/unit-year-status';
import { updateIndicatorRow, type IndicatorRow } from '../../db/indicator.repository';
import type { Caller } from '../audit/caller';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';
import { indicatorChange, indicatorConflict, openIndicator, type IndicatorChange } from './indicator-change';
import { toIndicatorRecord } from './indicator-record';
import { reviewAgain } from './review-again';
import { indicatorSnapshot } from './snapshots';
import { stateOf } from './target-scope';

/**
 * Applies `changes` (fields not given stay as they are) if the indicator is still at `expectedVersion`;
 * audited as `indicator.update`. Answers with the indicator, the target parser's findings and the project's
 * findings as the review recomputed them in the same transaction.
 * @throws DomainError('conflict') a newer version exists (details: the indicator now, changed fields, who and
 *   when), or the targets are not editable in their status
 * @throws DomainError('not_found' | 'forbidden' | 'unauthenticated') as the policy decides
 */
export async function updateIndicator(
  deps: Deps,
  input: { caller: Caller; id: string; expectedVersion: number; changes: Partial<IndicatorText> },
): Promise<IndicatorChange> {
  const { caller, id, expectedVersion } = input;
  return withAudit(deps, caller, async (tx, record) => {
    const head = await openIndicator(tx, caller, id);
    assertEditable(stateOf(head.unitYear));
    const { indicator, targetFindings } = readIndicatorEdit({ ...textOf(head.indicator), ...definedOnly(input.changes) });
    const row = await updateIndicatorRow(tx, { id, expectedVersion, at: deps.clock() }, indicator);
    if (!row) throw await indicatorConflict(tx, id, expectedVersion);
    const updated = toIndicatorRecord(row);
    await reviewAgain(tx, head.unitYear.id);
    const { unit, project } = head;
    await record({ action: 'indicator.update', entityType: 'indicator', entityId: id, unitId: unit.id, divisionCode: unit.divisionCode, before: indicatorSnapshot(toIndicatorRecord(head.indicator)), after: indicatorSnapshot(updated) });
    return indicatorChange(tx, { projectId: project.id, projectVersion: project.version, indicator: updated, targetFindings });
  });
}

function textOf(row: IndicatorRow): IndicatorText {
  return { level1: row.level1, level2: row.level2, name: row.name, description: row.description, target: row.targetRaw, basis: row.basis };
}

function definedOnly(changes: Partial<IndicatorText>): Partial<IndicatorText> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
}
