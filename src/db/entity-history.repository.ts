/**
 * A record's history as the audit trail tells it, for a 409: the snapshot of the version an edit started
 * from, and who changed the record last. Reads only; the trail itself is written by src/app/audit.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Orm } from './database';
import { auditEvents } from './schema';

export interface EntityChange {
  actorUserId: string | null;
  actorDisplayName: string;
  occurredAt: Date;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The audited changes of one record, oldest first. */
export async function listEntityChanges(executor: Orm, entityType: string, entityId: string): Promise<EntityChange[]> {
  return executor
    .select({
      actorUserId: auditEvents.actorUserId,
      actorDisplayName: auditEvents.actorDisplayName,
      occurredAt: auditEvents.occurredAt,
      before: auditEvents.before,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(asc(auditEvents.seq));
}
