/** All stored unit years (or one unit's), loaded whole for export. */
import type { UnitYear } from '../core/model';
import { listUnitYears, loadUnitYear } from '../db';
import type { Deps } from './deps';
import { pickUnitYear } from './show-unit-year';

export interface ExportUnitYearsInput {
  /** A unit code or part of a name; all units when absent. */
  unit?: string;
  year?: number;
}

export async function exportUnitYears(deps: Deps, input: ExportUnitYearsInput): Promise<UnitYear[]> {
  const summaries = await listUnitYears(deps.db);
  const chosen = input.unit === undefined
    ? summaries.filter((summary) => input.year === undefined || summary.year === input.year)
    : [pickUnitYear(summaries, { unit: input.unit, year: input.year })];
  const unitYears: UnitYear[] = [];
  for (const summary of chosen) {
    const unitYear = await loadUnitYear(deps.db, summary.unitCode, summary.year);
    if (unitYear) unitYears.push(unitYear);
  }
  return unitYears;
}
