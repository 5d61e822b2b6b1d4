/**
 * Recording changes: a use case runs its writes in {@link withAudit}, which opens one transaction and hands
 * it a `record` function; the event is stored in that same transaction, so a change without its audit
 * event (or an event without its change) cannot exist.
 *
 *   return withAudit(deps, caller, async (tx, record) => {
 *     const after = await updateThing(tx, …);
 *     await record({ action: 'thing.update', entityType: 'thing', entityId: after.id, unitId, divisionCode, before, after });
 *     return after;
 *   });
 */
import type { Orm } from '../../db/database';
import { recordAudit, type AuditEntry } from '../../db/audit.repository';
import type { Deps } from '../deps';
import type { Caller } from './caller';

/** What a use case says about its change; who, when and from which request are filled in. */
export interface AuditNote {
  action: string;
  entityType: string;
  entityId?: string | null;
  unitId?: string | null;
  divisionCode?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export type RecordAudit = (note: AuditNote) => Promise<void>;

/** The full audit entry for `note`, made by `caller` at `occurredAt`. */
function auditEntry(caller: Caller, occurredAt: Date, note: AuditNote): AuditEntry {
  return {
    occurredAt,
    actor: { userId: caller.actor.userId, username: caller.username, displayName: caller.displayName, role: caller.actor.role },
    action: note.action,
    entityType: note.entityType,
    entityId: note.entityId ?? null,
    unitId: note.unitId ?? null,
    divisionCode: note.divisionCode ?? null,
    before: note.before ?? null,
    after: note.after ?? null,
    requestId: caller.requestId,
    ip: caller.ip,
  };
}

/**
 * Runs `work` in one transaction with a `record` function that appends audit events to it.
 * Everything (the change and its events) commits together or not at all.
 */
export async function withAudit<T>(deps: Deps, caller: Caller, work: (tx: Orm, record: RecordAudit) => Promise<T>): Promise<T> {
  return deps.db.orm.transaction(async (tx) => {
    const record: RecordAudit = async (note) => {
      await recordAudit(tx, auditEntry(caller, deps.clock(), note));
    };
    return work(tx, record);
  });
}

/** Records one event on its own (no change goes with it: a failed login, a refused request). */
export async function recordEvent(deps: Deps, caller: Caller, note: AuditNote): Promise<void> {
  await recordAudit(deps.db.orm, auditEntry(caller, deps.clock(), note));
}
