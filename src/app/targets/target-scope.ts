/** Where a unit year's targets sit for the permission policy (unit, division, published) and their workflow state. */
import type { Scope } from '../../core/access/policy';
import type { UnitYearState, UnitYearStatus } from '../../core/workflow/unit-year-status';

/** The scope of a record of a unit year (the unit year itself, a project, an indicator). */
export function scopeOfTargets(unit: { id: string; divisionCode: string | null }, unitYear: { publishedAt: Date | null }): Scope {
  return { unitId: unit.id, divisionCode: unit.divisionCode, published: unitYear.publishedAt !== null };
}

/** The workflow state of a unit year. */
export function stateOf(unitYear: { status: UnitYearStatus; publishedAt: Date | null }): UnitYearState {
  return { status: unitYear.status, published: unitYear.publishedAt !== null };
}
