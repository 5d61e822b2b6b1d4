/**
 * Reading a stored unit year back into the model, exactly as it was stored.
 */
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { fen } from '../core/money';
import type { Indicator, Project, SpendingCheckpoint, UnitYear } from '../core/model';
import type { Target } from '../core/target/target';
import type { Database, Orm } from './database';
import { departmentPlans, indicators, measures, projects, spendingCheckpoints, subGoals, units, unitYears } from './schema';

/**
 * The unit year of `unitCode` for `year`, or null when none is stored. Read in one read-only
 * repeatable-read transaction, so that a concurrent replace is seen entirely or not at all.
 * `loadUnitYear(storeUnitYear(x))` deep-equals x.
 */
export async function loadUnitYear(db: Database, unitCode: string, year: number): Promise<UnitYear | null> {
  return db.orm.transaction((tx) => loadUnitYearWhere(tx, and(eq(units.code, unitCode), eq(unitYears.year, year))), {
    isolationLevel: 'repeatable read',
    accessMode: 'read only',
  });
}

/**
 * The unit year with this id, read with the caller's transaction (an edit reviews what it is about to commit),
 * or null when there is none.
 */
export async function loadUnitYearById(tx: Orm, unitYearId: string): Promise<UnitYear | null> {
  return loadUnitYearWhere(tx, eq(unitYears.id, unitYearId));
}

async function loadUnitYearWhere(tx: Orm, condition: SQL | undefined): Promise<UnitYear | null> {
  const [head] = await tx
    .select({ unitYear: unitYears, unit: units, plan: departmentPlans })
    .from(unitYears)
    .innerJoin(units, eq(units.id, unitYears.unitId))
    .innerJoin(departmentPlans, eq(departmentPlans.unitYearId, unitYears.id))
    .where(condition);
  if (!head) return null;
  const { unit, unitYear, plan } = head;
  return {
    unit: { code: unit.code, name: unit.name, divisionCode: unit.divisionCode },
    year: unitYear.year,
    moneyUnit: unitYear.moneyUnit,
    departmentPlan: {
      overallGoal: plan.overallGoal,
      commitments: plan.commitments,
      subGoals: await loadSubGoals(tx, plan.id),
      measures: await loadMeasures(tx, plan.id),
    },
    projects: await loadProjects(tx, unitYear.id),
  };
}

async function loadSubGoals(tx: Orm, departmentPlanId: string) {
  return tx
    .select({ title: subGoals.title, goal: subGoals.goal, indicatorText: subGoals.indicatorText })
    .from(subGoals)
    .where(eq(subGoals.departmentPlanId, departmentPlanId))
    .orderBy(asc(subGoals.position));
}

async function loadMeasures(tx: Orm, departmentPlanId: string) {
  return tx
    .select({ title: measures.title, text: measures.text })
    .from(measures)
    .where(eq(measures.departmentPlanId, departmentPlanId))
    .orderBy(asc(measures.position));
}

async function loadProjects(tx: Orm, unitYearId: string): Promise<Project[]> {
  const projectRows = await tx.select().from(projects).where(eq(projects.unitYearId, unitYearId)).orderBy(asc(projects.position));
  const checkpointsByProject = await loadSpendingPlans(tx, unitYearId);
  const indicatorsByProject = await loadIndicators(tx, unitYearId);
  return projectRows.map((row) => ({
    code: row.code,
    name: row.name,
    budget: { total: fen(row.budgetTotal), fiscal: fen(row.budgetFiscal), other: fen(row.budgetOther) },
    purpose: row.purpose,
    spendingPlan: checkpointsByProject.get(row.id) ?? [],
    goals: row.goals,
    indicators: indicatorsByProject.get(row.id) ?? [],
    budgetRaw: { total: row.budgetTotalRaw, fiscal: row.budgetFiscalRaw, other: row.budgetOtherRaw },
  }));
}

async function loadSpendingPlans(tx: Orm, unitYearId: string): Promise<Map<string, SpendingCheckpoint[]>> {
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
    .where(eq(projects.unitYearId, unitYearId))
    .orderBy(asc(projects.position), asc(spendingCheckpoints.position));
  return groupByProject(rows, ({ projectId: _, ...checkpoint }) => checkpoint);
}

async function loadIndicators(tx: Orm, unitYearId: string): Promise<Map<string, Indicator[]>> {
  const rows = await tx
    .select({ indicator: indicators })
    .from(indicators)
    .innerJoin(projects, eq(projects.id, indicators.projectId))
    .where(eq(projects.unitYearId, unitYearId))
    .orderBy(asc(projects.position), asc(indicators.position));
  return groupByProject(
    rows.map(({ indicator }) => indicator),
    (row) => ({
      level1: row.level1,
      level2: row.level2,
      name: row.name,
      description: row.description,
      target: targetOf(row),
      basis: row.basis,
    }),
  );
}

/** Groups rows already in document order by project, keeping the order. */
function groupByProject<TRow extends { projectId: string }, TValue>(
  rows: readonly TRow[],
  toValue: (row: TRow) => TValue,
): Map<string, TValue[]> {
  const groups = new Map<string, TValue[]>();
  for (const row of rows) {
    const group = groups.get(row.projectId);
    if (group) group.push(toValue(row));
    else groups.set(row.projectId, [toValue(row)]);
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
