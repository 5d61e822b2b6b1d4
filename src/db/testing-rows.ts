/**
 * Every stored row in a form that two databases (or one database before and after) can be compared in:
 * ids and foreign keys replaced by labels built from natural keys (unit code, year, positions),
 * timestamps left out. Used by tests only.
 */
import type { Database } from './database';
import {
  departmentPlans,
  imports,
  indicators,
  measures,
  projects,
  spendingCheckpoints,
  subGoals,
  units,
  unitYears,
} from './schema';

export type CanonicalRow = Record<string, unknown>;

const leftOut = new Set(['id', 'createdAt', 'updatedAt']);

/** The rows of every table, by table, each table sorted by label. */
export async function canonicalRows(db: Database) {
  const labels = new Map<string, string>();
  const labelOf = (id: string) => labels.get(id) ?? `unknown ${id}`;
  const canonical = <TRow extends { id: string }>(rows: TRow[], label: (row: TRow) => string): CanonicalRow[] => {
    for (const row of rows) labels.set(row.id, label(row));
    return rows
      .map((row) => ({
        label: labelOf(row.id),
        ...Object.fromEntries(
          Object.entries(row)
            .filter(([key]) => !leftOut.has(key))
            .map(([key, value]) => [key, key.endsWith('Id') && typeof value === 'string' ? labelOf(value) : value]),
        ),
      }))
      .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  };
  const at = (position: number) => String(position).padStart(6, '0');
  const { orm } = db;
  return {
    units: canonical(await orm.select().from(units), (row) => `unit ${row.code}`),
    unitYears: canonical(await orm.select().from(unitYears), (row) => `${labelOf(row.unitId)} / ${row.year}`),
    departmentPlans: canonical(await orm.select().from(departmentPlans), (row) => `${labelOf(row.unitYearId)} / plan`),
    subGoals: canonical(await orm.select().from(subGoals), (row) => `${labelOf(row.departmentPlanId)} / sub-goal ${at(row.position)}`),
    measures: canonical(await orm.select().from(measures), (row) => `${labelOf(row.departmentPlanId)} / measure ${at(row.position)}`),
    projects: canonical(await orm.select().from(projects), (row) => `${labelOf(row.unitYearId)} / project ${at(row.position)}`),
    spendingCheckpoints: canonical(
      await orm.select().from(spendingCheckpoints),
      (row) => `${labelOf(row.projectId)} / checkpoint ${at(row.position)}`,
    ),
    indicators: canonical(await orm.select().from(indicators), (row) => `${labelOf(row.projectId)} / indicator ${at(row.position)}`),
    imports: canonical(
      await orm.select().from(imports),
      (row) => `${row.unitId ? labelOf(row.unitId) : 'no unit'} / ${row.year} / import ${row.importedAt.toISOString()} ${row.fileName}`,
    ),
  };
}
