/**
 * Reading a stored unit year back into the model, exactly as it was stored.
 */
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { fen } from '../core/money';
import type { Indicator, Project, SpendingCheckpoint, UnitYear } from '../core/model';
import type { Target } from '../core/target/target';
import type { Database, Orm } from './database';
import { departmentPlans, indicators, measures, projects, spendingCheckpoints, subGoals, units, unitYears } from './schema';
import { isUuid } from './user.repository';

/**
 * The unit year of `unitCode` for `year`, or null when none is stored. Read in one read-only
 * repeatable-read transaction, so that a concurrent replace is seen entirely or not at all.
 * `loadUnitYear(storeUnitYear(x))` deep-equals x.
 */
export async function loadUnitYear(db: Database, unitCode: string, year: number): Promise<UnitYear | null> {
  const loaded = await db.orm.transaction((tx) => loadUnitYearsWhere(tx, and(eq(units.code, unitCode), eq(unitYears.year, year))), {
    isolationLevel: 'repeatable read',
    accessMode: 'read only',
  });
  return loaded[0]?.unitYear ?? null;
}

/**
 * The unit year with this id, read with the caller's transaction (an edit reviews what it is about to commit),
 * or null when there is none.
 */
export async function loadUnitYearById(tx: Orm, unitYearId: string): Promise<UnitYear | null> {
  const [loaded] = await loadUnitYearsWhere(tx, eq(unitYears.id, unitYearId));
  return loaded?.unitYear ?? null;
}

/** A stored unit year with the ids of its rows: its own, and its projects' and their indicators' in document order. */
export interface LoadedUnitYear {
  id: string;
  unitYear: UnitYear;
  projects: { id: string; indicatorIds: string[] }[];
}

/**
 * The unit years with these ids (those that exist) in the order of the ids, in one statement per table whatever
 * their number: call it inside a transaction (repeatable read for a read, or an edit's transaction) so that all
 * see the same data.
 */
export async function loadUnitYearsByIds(tx: Orm, unitYearIds: readonly string[]): Promise<LoadedUnitYear[]> {
  const ids = unitYearIds.filter(isUuid);
  if (ids.length === 0) return [];
  const loaded = new Map((await loadUnitYearsWhere(tx, inArray(unitYears.id, ids))).map((entry) => [entry.id, entry]));
  return ids.flatMap((id) => loaded.get(id) ?? []);
}

async function loadUnitYearsWhere(tx: Orm, condition: SQL | undefined): Promise<LoadedUnitYear[]> {
  const heads = await tx
    .select({ unitYear: unitYears, unit: units, plan: departmentPlans })
    .from(unitYears)
    .innerJoin(units, eq(units.id, unitYears.unitId))
    .innerJoin(departmentPlans, eq(departmentPlans.unitYearId, unitYears.id))
    .where(condition);
  if (heads.length === 0) return [];
  const planIds = heads.map((head) => head.plan.id);
  const [subGoalsByPlan, measuresByPlan, projectsByUnitYear] = [await loadSubGoals(tx, planIds), await loadMeasures(tx, planIds), await loadProjects(tx, heads.map((head) => head.unitYear.id))];
  return heads.map(({ unit, unitYear, plan }) => {
    const projectRows = projectsByUnitYear.get(unitYear.id) ?? [];
    return {
      id: unitYear.id,
      unitYear: {
        unit: { code: unit.code, name: unit.name, divisionCode: unit.divisionCode },
        year: unitYear.year,
        moneyUnit: unitYear.moneyUnit,
        departmentPlan: {
          overallGoal: plan.overallGoal,
          commitments: plan.commitments,
          subGoals: subGoalsByPlan.get(plan.id) ?? [],
          measures: measuresByPlan.get(plan.id) ?? [],
        },
        projects: projectRows.map((row) => row.project),
      },
      projects: projectRows.map((row) => ({ id: row.id, indicatorIds: row.indicatorIds })),
    };
  });
}

async function loadSubGoals(tx: Orm, departmentPlanIds: string[]) {
  const rows = await tx
    .select({ departmentPlanId: subGoals.departmentPlanId, title: subGoals.title, goal: subGoals.goal, indicatorText: subGoals.indicatorText })
    .from(subGoals)
    .where(inArray(subGoals.departmentPlanId, departmentPlanIds))
    .orderBy(asc(subGoals.departmentPlanId), asc(subGoals.position));
  return groupBy(rows, (row) => row.departmentPlanId, ({ departmentPlanId: _, ...subGoal }) => subGoal);
}

async function loadMeasures(tx: Orm, departmentPlanIds: string[]) {
  const rows = await tx
    .select({ departmentPlanId: measures.departmentPlanId, title: measures.title, text: measures.text })
    .from(measures)
    .where(inArray(measures.departmentPlanId, departmentPlanIds))
    .orderBy(asc(measures.departmentPlanId), asc(measures.position));
  return groupBy(rows, (row) => row.departmentPlanId, ({ departmentPlanId: _, ...measure }) => measure);
}

interface LoadedProject {
  id: string;
  project: Project;
  indicatorIds: string[];
}

/** The projects of the unit years, by unit year, in document order, with their plans, indicators and ids. */
async function loadProjects(tx: Orm, unitYearIds: string[]): Promise<Map<string, LoadedProject[]>> {
  const projectRows = await tx.select().from(projects).where(inArray(projects.unitYearId, unitYearIds)).orderBy(asc(projects.unitYearId), asc(projects.position));
  const checkpointsByProject = await loadSpendingPlans(tx, unitYearIds);
  const indicatorsByProject = await loadIndicators(tx, unitYearIds);
  return groupBy(
    projectRows,
    (row) => row.unitYearId,
    (row) => {
      const indicatorRows = indicatorsByProject.get(row.id) ?? [];
      return {
        id: row.id,
        indicatorIds: indicatorRows.map((indicator) => indicator.id),
        project: {
          code: row.code,
          name: row.name,
          budget: { total: fen(row.budgetTotal), fiscal: fen(row.budgetFiscal), other: fen(row.budgetOther) },
          purpose: row.purpose,
          spendingPlan: checkpointsByProject.get(row.id) ?? [],
          goals: row.goals,
          indicators: indicatorRows.map(indicatorOf),
          budgetRaw: { total: row.budgetTotalRaw, fiscal: row.budgetFiscalRaw, other: row.budgetOtherRaw },
        },
      };
    },
  );
}

async function loadSpendingPlans(tx: Orm, unitYearIds: string[]): Promise<Map<string, SpendingCheckpoint[]>> {
  const rows = await tx
    .select({
      projectId: spendingCheckpoints.projectId,
      checkpoint: spendingCheckpoints.label,
      month: spendingCheckpoints.month,
      percent: spendingCheckpoints.percent,
      raw: spendingCheckpoints.raw,
    })
    .from(spendingCheckpoints)
    .innerJoin(projects, eq(projects.id, spendingCheckpoints.projectId))
    .where(inArray(projects.unitYearId, unitYearIds))
    .orderBy(asc(spendingCheckpoints.projectId), asc(spendingCheckpoints.position));
  return groupBy(rows, (row) => row.projectId, ({ projectId: _, ...checkpoint }) => checkpoint);
}

async function loadIndicators(tx: Orm, unitYearIds: string[]): Promise<Map<string, IndicatorRecord[]>> {
  const rows = await tx
    .select({ indicator: indicators })
    .from(indicators)
    .innerJoin(projects, eq(projects.id, indicators.projectId))
    .where(inArray(projects.unitYearId, unitYearIds))
    .orderBy(asc(indicators.projectId), asc(indicators.position));
  return groupBy(rows, (row) => row.indicator.projectId, (row) => row.indicator);
}

function indicatorOf(row: IndicatorRecord): Indicator {
  return { level1: row.level1, level2: row.level2, name: row.name, description: row.description, target: targetOf(row), basis: row.basis };
}

/** Groups rows already in order within each group by their key, keeping the order. */
function groupBy<TRow, TValue>(rows: readonly TRow[], keyOf: (row: TRow) => string, toValue: (row: TRow) => TValue): Map<string, TValue[]> {
  const groups = new Map<string, TValue[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(toValue(row));
    else groups.set(key, [toValue(row)]);
  }
  return groups;
}

type IndicatorRecord = typeof indicators.$inferSelect;

/** The parsed target of an indicator row from its columns; the CHECK constraint on the table guarantees the shape. */
export function targetOf(row: IndicatorRecord): Target {
  const raw = row.targetRaw;
  switch (row.targetKind) {
    case 'quantitative':
      return {
        kind: 'quantitative',
        raw,
        comparator: present(row.comparator, 'comparator', row),
        value: present(row.value, 'value', row),
        valueText: present(row.valueText, 'value_text', row),
        upper: row.upper,
        measureUnit: present(row.measureUnit, 'measure_unit', row),
        direction: present(row.direction, 'direction', row),
      };
    case 'deadline':
      return { kind: 'deadline', raw, date: present(row.deadline, 'deadline', row), comparator: deadlineComparator(row) };
    case 'qualitative':
      return { kind: 'qualitative', raw };
  }
}

function deadlineComparator(row: IndicatorRecord): '≤' | '=' {
  if (row.comparator === '≤' || row.comparator === '=') return row.comparator;
  throw new Error(`indicator ${row.id}: deadline with comparator ${String(row.comparator)}`);
}

/** A column the target's kind requires; null would mean a row the schema's CHECK should have refused. */
function present<T>(value: T | null, column: string, row: IndicatorRecord): T {
  if (value === null) throw new Error(`indicator ${row.id}: ${row.targetKind} target without ${column}`);
  return value;
}
