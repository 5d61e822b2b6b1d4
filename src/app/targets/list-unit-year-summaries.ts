/** The unit years the caller can see, with their counts, filtered and paged, in the order of unit names. */
import { scopeFilter } from '../../core/access/policy';
import type { UnitYearStatus } from '../../core/workflow/unit-year-status';
import { listUnitYearSummaries as listStored, type UnitYearSummaryRecord } from '../../db/unit-year-list.repository';
import type { Caller } from '../audit/caller';
import { offsetOf, type Page, type PageRequest } from '../audit/page';
import type { Deps } from '../deps';

export interface UnitYearQuery {
  year?: number;
  divisionCode?: string;
  unitId?: string;
  status?: UnitYearStatus;
  /** Part of the unit's name or code. */
  q?: string;
}

/**
 * One page of the unit years within the caller's scope (the public: published ones) and the filters, sorted by
 * unit name in Chinese order (pinyin), unit code, then year, newest first. A filter naming another scope gives
 * an empty page.
 */
export async function listUnitYearSummaries(deps: Deps, input: { caller: Caller; query: UnitYearQuery } & PageRequest): Promise<Page<UnitYearSummaryRecord>> {
  const { q, ...filters } = input.query;
  const text = q?.trim();
  const all = await listStored(deps.db.orm, { scope: scopeFilter(input.caller.actor, 'read_targets'), ...filters, ...(text ? { text } : {}) });
  const start = offsetOf(input);
  return { items: all.slice(start, start + input.pageSize), total: all.length, page: input.page, pageSize: input.pageSize };
}
