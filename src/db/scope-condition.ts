/** Turns the permission policy's list scope (src/core/access) into a WHERE condition. */
import { eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { ScopeFilter } from '../core/access/policy';

/** The columns that place a row in a scope: its unit, and its division (an expression when derived). */
export interface ScopeColumns {
  unitId: SQLWrapper;
  divisionCode: SQLWrapper;
}

/**
 * The condition for rows within `filter`: undefined for everything; a false condition for `nothing` and,
 * for records that are never published (accounts, the audit trail), for `published`.
 */
export function scopeCondition(filter: ScopeFilter, columns: ScopeColumns): SQL | undefined {
  switch (filter.kind) {
    case 'everything':
      return undefined;
    case 'division':
      return eq(columns.divisionCode, filter.divisionCode);
    case 'unit':
      return eq(columns.unitId, filter.unitId);
    case 'published':
    case 'nothing':
      return sql`false`;
  }
}

/** A LIKE pattern matching `text` anywhere, with LIKE's wildcards in it taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
