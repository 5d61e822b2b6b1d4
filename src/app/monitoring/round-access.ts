/**
 * Where monitoring records sit for the permission policy, and opening them: a round belongs to its division;
 * a unit's reports in a round to the unit (and the round's division). Refusals follow the policy: a role that
 * may never act gets 403 (401 for the public), a record out of reach or missing 404, the same answer for both.
 */
import type { Actor } from '../../core/access/actor';
import { authorizeRecord, can, type Action, type Scope } from '../../core/access/policy';
import { DomainError } from '../../core/errors';
import type { Orm } from '../../db/database';
import { findRound, findRoundUnit, type RoundRecord, type RoundUnit } from '../../db/monitoring-round.repository';

export type { RoundRecord };

export const roundScope = (round: Pick<RoundRecord, 'divisionCode'>): Scope => ({ unitId: null, divisionCode: round.divisionCode });

const roundUnitScope = (round: Pick<RoundRecord, 'divisionCode'>, unit: { id: string }): Scope => ({ unitId: unit.id, divisionCode: round.divisionCode });

/** A unit of a round with its unit year (which a round's unit always has while its targets are stored). */
export type ReportingUnit = RoundUnit & { unitYear: NonNullable<RoundUnit['unitYear']> };

/**
 * The round after checking that the caller may do `action` on it (finance reviewers of its division, admins).
 * @throws DomainError('forbidden' | 'unauthenticated' | 'not_found') as the policy decides
 */
export async function openRound(executor: Orm, caller: { actor: Actor }, roundId: string, action: Action, lock?: 'update' | 'share'): Promise<RoundRecord> {
  const round = await findRound(executor, roundId, lock ? { lock } : {});
  authorizeRecord(caller.actor, action, round, roundScope, '该监控批次');
  return round;
}

/**
 * The round and one of its units, after checking that the caller may do `action` on the unit's reports.
 * @throws DomainError('not_found') when the round is missing, does not ask the unit, the unit is out of reach or
 *   has no targets for the round's year (the same answer); 403/401 as the policy decides
 */
export async function openRoundUnit(executor: Orm, caller: { actor: Actor }, ids: { roundId: string; unitId: string }, action: Action, lock?: 'update' | 'share'): Promise<{ round: RoundRecord; roundUnit: ReportingUnit }> {
  const round = await findRound(executor, ids.roundId, lock ? { lock } : {});
  const roundUnit = round && (await findRoundUnit(executor, round, ids.unitId, { lock: lock !== undefined }));
  const found = round && roundUnit?.unitYear ? { round, roundUnit: { ...roundUnit, unitYear: roundUnit.unitYear } } : null;
  authorizeRecord(caller.actor, action, found, (record) => roundUnitScope(record.round, record.roundUnit.unit), '该单位的监控填报');
  return found;
}

/** @throws DomainError('conflict', reason 'closed') when the round no longer takes reports */
export function assertRoundOpen(round: RoundRecord): void {
  if (round.status !== 'open') throw new DomainError('conflict', `监控批次“${round.title}”已关闭，数据不能再修改。`, { reason: 'closed' });
}

/** @throws DomainError('conflict', reason 'submitted') when the unit has submitted its reports of the round */
export function assertNotSubmitted(roundUnit: RoundUnit): void {
  if (roundUnit.submittedAt !== null) throw new DomainError('conflict', `“${roundUnit.unit.name}”已提交本批次的监控数据，不能再修改。`, { reason: 'submitted' });
}

/** What the caller may do now with a unit's reports in a round. */
export function monitoringPermissions(actor: Actor, round: RoundRecord, roundUnit: RoundUnit): { report: boolean; submit: boolean } {
  const editable = round.status === 'open' && roundUnit.submittedAt === null;
  const scope = roundUnitScope(round, roundUnit.unit);
  return { report: editable && can(actor, 'report_monitoring', scope), submit: editable && can(actor, 'submit_monitoring', scope) };
}
