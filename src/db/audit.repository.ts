/**
 * The audit trail: append one event inside the caller's transaction (so it exists exactly when the change
 * does), and read events within a scope. The table refuses UPDATE and DELETE (migration 0002).
 */
import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { ScopeFilter } from '../core/access/policy';
import type { Role } from '../core/access/roles';
import type { Orm } from './database';
import { outerColumn } from './json-rows';
import { scopeCondition } from './scope-condition';
import { auditEvents, units } from './schema';
import { isUuid } from './user.repository';

/** Who made a record's last audited change. */
export interface LastEditor {
  id: string | null;
  displayName: string;
}

/**
 * A select-list subquery: who made the last audited change of the outer query's record (`entityType`, its id in
 * `idColumn`), as JSON; null when nobody has since it was created or imported.
 */
export function lastEditorOf(entityType: string, idColumn: AnyPgColumn): SQL<LastEditor | null> {
  return sql<LastEditor | null>`(SELECT json_build_object('id', ${auditEvents.actorUserId}, 'displayName', ${auditEvents.actorDisplayName})
    FROM ${auditEvents} WHERE ${auditEvents.entityType} = ${entityType} AND ${auditEvents.entityId} = ${outerColumn(idColumn)}::text
    ORDER BY ${auditEvents.seq} DESC LIMIT 1)`;
}

export interface AuditActor {
  userId: string | null;
  username: string | null;
  displayName: string;
  role: Role;
}

export interface AuditEntry {
  occurredAt: Date;
  actor: AuditActor;
  /** `entity.verb`, e.g. user.create, auth.login_failed. */
  action: string;
  entityType: string;
  entityId: string | null;
  unitId: string | null;
  divisionCode: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
  ip: string | null;
}

export interface AuditEventRecord extends AuditEntry {
  id: string;
  seq: number;
  unitCode: string | null;
  unitName: string | null;
}

/** Appends one event; call it with the transaction of the change it records. Returns the event's id. */
export async function recordAudit(executor: Orm, entry: AuditEntry): Promise<string> {
  const id = randomUUID();
  const { actor, ...rest } = entry;
  await executor.insert(auditEvents).values({
    id,
    ...rest,
    actorUserId: actor.userId,
    actorUsername: actor.username,
    actorDisplayName: actor.displayName,
    actorRole: actor.role,
  });
  return id;
}

export interface AuditFilter {
  scope: ScopeFilter;
  unitCode?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  actorUserId?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
  limit: number;
  offset: number;
}

const eventColumns = {
  id: auditEvents.id,
  seq: auditEvents.seq,
  occurredAt: auditEvents.occurredAt,
  actorUserId: auditEvents.actorUserId,
  actorUsername: auditEvents.actorUsername,
  actorDisplayName: auditEvents.actorDisplayName,
  actorRole: auditEvents.actorRole,
  action: auditEvents.action,
  entityType: auditEvents.entityType,
  entityId: auditEvents.entityId,
  unitId: auditEvents.unitId,
  unitCode: units.code,
  unitName: units.name,
  divisionCode: auditEvents.divisionCode,
  before: auditEvents.before,
  after: auditEvents.after,
  requestId: auditEvents.requestId,
  ip: auditEvents.ip,
};

type EventRow = Omit<AuditEventRecord, 'actor'> & {
  actorUserId: string | null;
  actorUsername: string | null;
  actorDisplayName: string;
  actorRole: Role;
};

function toRecord({ actorUserId, actorUsername, actorDisplayName, actorRole, ...row }: EventRow): AuditEventRecord {
  return { ...row, actor: { userId: actorUserId, username: actorUsername, displayName: actorDisplayName, role: actorRole } };
}

/** One page of events within the scope and filters, newest first, and how many match in all. */
export async function listAuditEvents(executor: Orm, filter: AuditFilter): Promise<{ rows: AuditEventRecord[]; total: number }> {
  const where = and(...auditConditions(filter));
  const rows = await executor
    .select(eventColumns)
    .from(auditEvents)
    .leftJoin(units, eq(units.id, auditEvents.unitId))
    .where(where)
    .orderBy(desc(auditEvents.seq))
    .limit(filter.limit)
    .offset(filter.offset);
  const [counted] = await executor.select({ total: count() }).from(auditEvents).leftJoin(units, eq(units.id, auditEvents.unitId)).where(where);
  return { rows: rows.map(toRecord), total: counted?.total ?? 0 };
}

function auditConditions(filter: AuditFilter): (SQL | undefined)[] {
  return [
    scopeCondition(filter.scope, { unitId: auditEvents.unitId, divisionCode: auditEvents.divisionCode }),
    filter.unitCode === undefined ? undefined : eq(units.code, filter.unitCode),
    filter.entityType === undefined ? undefined : eq(auditEvents.entityType, filter.entityType),
    filter.entityId === undefined ? undefined : eq(auditEvents.entityId, filter.entityId),
    filter.action === undefined ? undefined : eq(auditEvents.action, filter.action),
    filter.actorUserId === undefined ? undefined : eq(auditEvents.actorUserId, filter.actorUserId),
    filter.from === undefined ? undefined : gte(auditEvents.occurredAt, filter.from),
    filter.to === undefined ? undefined : lt(auditEvents.occurredAt, filter.to),
  ];
}

/** One event by id, or null (also for a malformed id). Scope is the caller's to check. */
export async function findAuditEvent(executor: Orm, id: string): Promise<AuditEventRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await executor.select(eventColumns).from(auditEvents).leftJoin(units, eq(units.id, auditEvents.unitId)).where(eq(auditEvents.id, id));
  return row ? toRecord(row) : null;
}
