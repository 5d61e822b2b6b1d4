/**
 * 409 conflicts of indicator edits: someone else saved the indicator after the version this edit started
 * from. The server sends the indicator as it is now (`details.current`), who saved it and when.
 */
import type { VersionConflictDetails } from '../../../../src/contract/conflict';
import { ApiError } from '../../api/client';
import type { IndicatorRecordJson } from '../../api/projects';
import type { IndicatorField } from './cells';

export type IndicatorChanges = Partial<Record<IndicatorField, string>>;

export interface IndicatorConflict {
  /** The indicator as this editor last read it. */
  base: IndicatorRecordJson;
  /** What this editor tried to save. */
  mine: IndicatorChanges;
  /** The indicator as the other editor saved it. */
  theirs: IndicatorRecordJson;
  details: VersionConflictDetails;
  message: string;
}

function isIndicatorRecord(value: unknown): value is IndicatorRecordJson {
  if (typeof value !== 'object' || value === null) return false;
  return 'id' in value && typeof value.id === 'string' && 'version' in value && typeof value.version === 'number' && 'target' in value && typeof value.target === 'object';
}

/** The version conflict an indicator edit ran into, or null for any other failure. */
export function indicatorConflictOf(error: unknown, base: IndicatorRecordJson, mine: IndicatorChanges): IndicatorConflict | null {
  if (!(error instanceof ApiError) || error.status !== 409 || error.details.reason !== 'version') return null;
  const { current, currentVersion, changedFields, updatedBy, updatedAt } = error.details;
  if (!isIndicatorRecord(current) || typeof currentVersion !== 'number') return null;
  const details: VersionConflictDetails = {
    reason: 'version',
    current,
    currentVersion,
    changedFields: Array.isArray(changedFields) ? changedFields.filter((field): field is string => typeof field === 'string') : [],
    updatedBy: typeof updatedBy === 'object' && updatedBy !== null && 'displayName' in updatedBy && typeof updatedBy.displayName === 'string' ? { id: null, displayName: updatedBy.displayName } : null,
    updatedAt: typeof updatedAt === 'string' ? updatedAt : '',
  };
  return { base, mine, theirs: current, details, message: error.message };
}

/** The text of an indicator's field as the table edits it. */
export function fieldText(indicator: IndicatorRecordJson, field: IndicatorField): string {
  return field === 'target' ? indicator.target.raw : indicator[field];
}
