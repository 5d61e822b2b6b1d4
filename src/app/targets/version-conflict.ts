/**
 * The 409 of an edit that started from a version someone has since replaced: what the record is now, which
 * fields changed since the version the edit saw (the audit trail keeps each version's snapshot), who changed
 * it last and when. Nothing of the edit is saved.
 */
import { changedFields } from '../../core/edit/changed-fields';
import { DomainError } from '../../core/errors';
import type { Orm } from '../../db/database';
import { listEntityChanges } from '../../db/entity-history.repository';

/** The details of a version conflict; `current` is the record in the use case's shape (the door presents it). */
export interface VersionConflict<T> {
  reason: 'version';
  currentVersion: number;
  current: T;
  changedFields: string[];
  updatedBy: { id: string | null; displayName: string } | null;
  updatedAt: Date;
}

export interface ConflictInput<T> {
  /** As the audit trail names the record (indicator, project, department_plan). */
  entityType: string;
  entityId: string;
  /** The record for the user, e.g. "指标“培训人数”". */
  what: string;
  expectedVersion: number;
  current: T;
  currentVersion: number;
  /** The record as the audit trail snapshots it. */
  snapshot: Record<string, unknown>;
  updatedAt: Date;
}

const beijingTime = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long', timeStyle: 'short' });

/** The conflict error for `input`, reading the record's history in `tx`. */
export async function versionConflict<T>(tx: Orm, input: ConflictInput<T>): Promise<DomainError> {
  const changes = await listEntityChanges(tx, input.entityType, input.entityId);
  const seen = changes.find((change) => change.before?.version === input.expectedVersion)?.before;
  const last = changes.at(-1);
  const updatedBy = last ? { id: last.actorUserId, displayName: last.actorDisplayName } : null;
  const details: VersionConflict<T> = {
    reason: 'version',
    currentVersion: input.currentVersion,
    current: input.current,
    changedFields: seen ? changedFields(seen, input.snapshot) : [],
    updatedBy,
    updatedAt: input.updatedAt,
  };
  const who = updatedBy ? `“${updatedBy.displayName}”` : '他人';
  const message = `${input.what}已被${who}于 ${beijingTime.format(input.updatedAt)} 修改，您的修改没有保存。请查看最新内容后再修改。`;
  return new DomainError('conflict', message, details);
}

/** The version-conflict details of `error`, or null when it is another error. */
export function versionConflictOf(error: unknown): VersionConflict<unknown> | null {
  if (!(error instanceof DomainError) || error.code !== 'conflict') return null;
  const details: unknown = error.details;
  if (typeof details !== 'object' || details === null || !('reason' in details) || details.reason !== 'version') return null;
  return details as VersionConflict<unknown>;
}
