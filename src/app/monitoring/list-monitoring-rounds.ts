/** The monitoring rounds in the caller's reach: a unit's rounds ask it; a finance reviewer's are the division's. */
import { scopeFilter } from '../../core/access/policy';
import { listRounds, type RoundRecord, type RoundStatus } from '../../db/monitoring-round.repository';
import type { Caller } from '../audit/caller';
import type { Deps } from '../deps';

/**
 * The rounds of `year` (all years when omitted) and `status`, newest first.
 * @throws DomainError('forbidden' | 'unauthenticated') for roles that may not read monitoring
 */
export async function listMonitoringRounds(deps: Deps, input: { caller: Caller; year?: number; status?: RoundStatus }): Promise<RoundRecord[]> {
  const scope = scopeFilter(input.caller.actor, 'read_monitoring');
  return listRounds(deps.db.orm, scope, { ...(input.year === undefined ? {} : { year: input.year }), ...(input.status === undefined ? {} : { status: input.status }) });
}
