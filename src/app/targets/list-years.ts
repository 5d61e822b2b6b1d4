/** The fiscal years the caller can see data of, for the year filter. */
import { scopeFilter } from '../../core/access/policy';
import { listYearsInScope } from '../../db/unit-year-list.repository';
import type { Caller } from '../audit/caller';
import type { Deps } from '../deps';

/** The years with a unit year in the caller's scope (the public: published ones), newest first. */
export async function listYears(deps: Deps, input: { caller: Caller }): Promise<number[]> {
  return listYearsInScope(deps.db.orm, scopeFilter(input.caller.actor, 'read_targets'));
}
