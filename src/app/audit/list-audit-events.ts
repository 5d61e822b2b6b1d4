/** Reading the audit trail: unit leaders their unit's events, finance reviewers their division's, admins all. */
import { authorize, authorizeRecord, scopeFilter } from '../../core/access/policy';
import { findAuditEvent, listAuditEvents as listStored, type AuditEventRecord } from '../../db/audit.repository';
import type { Deps } from '../deps';
import type { Caller } from './caller';
import { offsetOf, type Page, type PageRequest } from './page';

export interface AuditQuery {
  /** A unit code. */
  unit?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  /** The acting account's id. */
  userId?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

/**
 * One page (1-based) of the events the caller may read, newest first; filters narrow within that scope,
 * so naming a unit outside it gives an empty page, not an error.
 * @throws DomainError('forbidden' | 'unauthenticated') for roles that may not read the audit trail
 */
export async function listAuditEvents(
  deps: Deps,
  input: { caller: Caller; query: AuditQuery } & PageRequest,
): Promise<Page<AuditEventRecord>> {
  const scope = scopeFilter(input.caller.actor, 'read_audit');
  const { unit, userId, ...rest } = input.query;
  const { rows, total } = await listStored(deps.db.orm, {
    scope,
    ...rest,
    ...(unit === undefined ? {} : { unitCode: unit }),
    ...(userId === undefined ? {} : { actorUserId: userId }),
    limit: input.pageSize,
    offset: offsetOf(input),
  });
  return { items: rows, total, page: input.page, pageSize: input.pageSize };
}

/**
 * One event by id.
 * @throws DomainError('not_found') when there is none or it lies outside the caller's scope (same answer)
 */
export async function showAuditEvent(deps: Deps, input: { caller: Caller; id: string }): Promise<AuditEventRecord> {
  authorize(input.caller.actor, 'read_audit');
  const event = await findAuditEvent(deps.db.orm, input.id);
  authorizeRecord(input.caller.actor, 'read_audit', event, (found) => found, '该操作记录');
  return event;
}
