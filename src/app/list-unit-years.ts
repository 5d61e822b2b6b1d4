/** The unit years stored, for `jixiao list` and the dashboards. */
import { listUnitYears as listStored, type UnitYearSummary } from '../db';
import type { Deps } from './deps';

export async function listUnitYears(deps: Deps): Promise<UnitYearSummary[]> {
  return listStored(deps.db);
}
