/** Review a stored unit year again, with its own pack or another one (to compare regions or years). */
import type { Severity } from '../../core/finding';
import type { UnitYear } from '../../core/model';
import type { ReviewReport } from '../../core/review';
import type { Deps } from '../deps';
import { showUnitYear } from '../show-unit-year';
import { chooseRulePack } from './choose-rule-pack';
import { reviewTargets } from './review-targets';

export interface ReviewStoredUnitYearInput {
  unit: string;
  year?: number;
  /** A pack id or a pack file; default: the unit's own pack. */
  pack?: string;
  minSeverity?: Severity;
}

export async function reviewStoredUnitYear(deps: Deps, input: ReviewStoredUnitYearInput): Promise<{ unitYear: UnitYear; report: ReviewReport }> {
  const unitYear = await showUnitYear(deps, { unit: input.unit, year: input.year });
  const pack = await chooseRulePack(unitYear, input.pack);
  return { unitYear, report: reviewTargets(unitYear, pack, input.minSeverity ? { minSeverity: input.minSeverity } : {}) };
}
