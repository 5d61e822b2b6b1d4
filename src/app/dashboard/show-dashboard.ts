/**
 * The finance dashboard of a year: every unit year in the caller's scope with its budget, projects, findings
 * and status; findings by rule family; each unit's budget-weighted spending-plan curve (src/core/dashboard).
 */
import { scopeFilter } from '../../core/access/policy';
import { spendingCurve, type SpendingCurve } from '../../core/dashboard/spending-curve';
import { addFen, type Fen } from '../../core/money';
import { ruleFamilies, type RuleFamily } from '../../core/review';
import type { UnitYearStatus } from '../../core/workflow/unit-year-status';
import {
  countFindingsByFamily,
  listSpendingPlans,
  listUnitYearSummaries,
  listYearsInScope,
  type SeverityCounts,
  type UnitYearSummaryRecord,
} from '../../db/unit-year-list.repository';
import type { Caller } from '../audit/caller';
import type { Deps } from '../deps';

export interface Dashboard {
  year: number | null;
  divisionCode: string | null;
  units: UnitYearSummaryRecord[];
  totals: { units: number; projects: number; indicators: number; budgetTotal: Fen; findings: SeverityCounts; byStatus: Record<UnitYearStatus, number> };
  findingsByFamily: { family: RuleFamily; total: number; bySeverity: SeverityCounts }[];
  spendingCurves: (SpendingCurve & { unitYearId: string; unit: { code: string; name: string } })[];
}

/** The dashboard of `year` (default: the newest year in scope), optionally of one division. */
export async function showDashboard(deps: Deps, input: { caller: Caller; year?: number; divisionCode?: string }): Promise<Dashboard> {
  const scope = scopeFilter(input.caller.actor, 'read_targets');
  const orm = deps.db.orm;
  const year = input.year ?? (await listYearsInScope(orm, scope))[0] ?? null;
  const divisionCode = input.divisionCode ?? null;
  if (year === null) return { year, divisionCode, units: [], totals: totalsOf([]), findingsByFamily: familiesOf([]), spendingCurves: [] };
  const filter = { scope, year, ...(input.divisionCode === undefined ? {} : { divisionCode: input.divisionCode }) };
  const units = await listUnitYearSummaries(orm, filter);
  const plans = await listSpendingPlans(orm, filter);
  const plansByUnitYear = new Map<string, typeof plans>();
  for (const plan of plans) {
    const list = plansByUnitYear.get(plan.unitYearId);
    if (list) list.push(plan);
    else plansByUnitYear.set(plan.unitYearId, [plan]);
  }
  const spendingCurves = units.map((unitYear) => ({
    unitYearId: unitYear.id,
    unit: { code: unitYear.unitCode, name: unitYear.unitName },
    ...spendingCurve(plansByUnitYear.get(unitYear.id) ?? [], year),
  }));
  return { year, divisionCode, units, totals: totalsOf(units), findingsByFamily: familiesOf(await countFindingsByFamily(orm, filter)), spendingCurves };
}

function totalsOf(units: readonly UnitYearSummaryRecord[]): Dashboard['totals'] {
  const byStatus: Record<UnitYearStatus, number> = { draft: 0, submitted: 0, approved: 0, returned: 0 };
  const findings: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const unit of units) {
    byStatus[unit.status] += 1;
    findings.error += unit.findings.error;
    findings.warning += unit.findings.warning;
    findings.info += unit.findings.info;
  }
  return {
    units: units.length,
    projects: units.reduce((sum, unit) => sum + unit.projectCount, 0),
    indicators: units.reduce((sum, unit) => sum + unit.indicatorCount, 0),
    budgetTotal: addFen(...units.map((unit) => unit.budgetTotal)),
    findings,
    byStatus,
  };
}

function familiesOf(counts: readonly { family: RuleFamily; severity: keyof SeverityCounts; count: number }[]): Dashboard['findingsByFamily'] {
  return ruleFamilies.map((family) => {
    const bySeverity: SeverityCounts = { error: 0, warning: 0, info: 0 };
    for (const count of counts) if (count.family === family) bySeverity[count.severity] += count.count;
    return { family, total: bySeverity.error + bySeverity.warning + bySeverity.info, bySeverity };
  });
}
