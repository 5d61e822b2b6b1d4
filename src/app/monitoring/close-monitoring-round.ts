/** A finance reviewer closes a round: its figures are final, nothing in it can be saved or submitted. */
import { DomainError } from '../../core/errors';
import { closeRoundRow, findRound, type RoundRecord } from '../../db/monitoring-round.repository';
import type { Caller } from '../audit/caller';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';
import { versionConflict } from '../targets/version-conflict';
import { assertRoundOpen, openRound } from './round-access';

const snapshot = ({ title, status, version }: RoundRecord) => ({ title, status, version });

/**
 * Closes the round if it is still open at `expectedVersion`; audited as `monitoring_round.close`.
 * @throws DomainError('conflict') already closed (`reason: 'closed'`) or a newer version (`reason: 'version'`)
 * @throws DomainError('not_found' | 'forbidden' | 'unauthenticated') as the policy decides
 */
export async function closeMonitoringRound(deps: Deps, input: { caller: Caller; roundId: string; expectedVersion: number }): Promise<RoundRecord> {
  const { caller, roundId, expectedVersion } = input;
  return withAudit(deps, caller, async (tx, record) => {
    const before = await openRound(tx, caller, roundId, 'open_monitoring_round', 'update');
    assertRoundOpen(before);
    const at = deps.clock();
    if (!(await closeRoundRow(tx, { id: roundId, expectedVersion, at }))) {
      throw await versionConflict(tx, { entityType: 'monitoring_round', entityId: roundId, what: `监控批次“${before.title}”`, expectedVersion, current: before, currentVersion: before.version, snapshot: snapshot(before), updatedAt: before.updatedAt });
    }
    const after = await findRound(tx, roundId);
    if (!after) throw new DomainError('not_found', '没有找到该监控批次。');
    await record({ action: 'monitoring_round.close', entityType: 'monitoring_round', entityId: roundId, divisionCode: after.divisionCode, before: snapshot(before), after: snapshot(after) });
    return after;
  });
}
