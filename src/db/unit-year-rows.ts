/**
 * A unit year as rows of every table, with ids made here so that parents and children are inserted as
 * multi-row statements without asking the database for keys. Exported for the benchmark, which compares
 * the store with one raw multi-row INSERT of these same rows.
 */
import { randomUUID } from 'node:crypto';
import type { DepartmentPlan, Indicator, Project, UnitYear } from '../core/model';
import type { Target } from '../core/target/target';
import type { InsertKey } from './multi-row-insert';
import type {
  departmentPlans,
  indicators,
  measures,
  projects,
  spendingCheckpoints,
  subGoals,
  unitYears,
} from './schema';

export type UnitYearRow = typeof unitYears.$inferInsert;
export type DepartmentPlanRow = typeof departmentPlans.$inferInsert;
export type SubGoalRow = typeof subGoals.$inferInsert;
export type MeasureRow = typeof measures.$inferInsert;
export type ProjectRow = typeof projects.$inferInsert;
export type SpendingCheckpointRow = typeof spendingCheckpoints.$inferInsert;
export type IndicatorRow = typeof indicators.$inferInsert;

/** The rows of one unit year, parents before children. */
export interface UnitYearRows {
  unitYear: UnitYearRow;
  departmentPlan: DepartmentPlanRow;
  subGoals: SubGoalRow[];
  measures: MeasureRow[];
  projects: ProjectRow[];
  spendingCheckpoints: SpendingCheckpointRow[];
  indicators: IndicatorRow[];
}

/** The columns each multi-row insert gives (the rest take their defaults: version, timestamps). */
export const insertKeys = {
  subGoals: ['id', 'departmentPlanId', 'position', 'title', 'goal', 'indicatorText'],
  measures: ['id', 'departmentPlanId', 'position', 'title', 'text'],
  projects: [
    'id', 'unitYearId', 'position', 'code', 'name', 'budgetTotal', 'budgetFiscal', 'budgetOther',
    'budgetTotalRaw', 'budgetFiscalRaw', 'budgetOtherRaw', 'purpose', 'goals',
  ],
  spendingCheckpoints: ['id', 'projectId', 'position', 'label', 'month', 'percent', 'raw'],
  indicators: [
    'id', 'projectId', 'position', 'level1', 'level2', 'name', 'description', 'basis', 'targetRaw',
    'targetKind', 'comparator', 'value', 'valueText', 'upper', 'measureUnit', 'direction', 'deadline',
  ],
} as const satisfies {
  subGoals: readonly InsertKey<typeof subGoals>[];
  measures: readonly InsertKey<typeof measures>[];
  projects: readonly InsertKey<typeof projects>[];
  spendingCheckpoints: readonly InsertKey<typeof spendingCheckpoints>[];
  indicators: readonly InsertKey<typeof indicators>[];
};

/**
 * The rows of `unitYear` for the unit whose id is `unitId`, in document order (`position` from 0).
 * `newId` makes every id (a fixed sequence in tests, random uuids otherwise).
 */
export function buildUnitYearRows(unitYear: UnitYear, unitId: string, newId: () => string = randomUUID): UnitYearRows {
  const unitYearId = newId();
  const plan = departmentPlanRows(unitYear.departmentPlan, unitYearId, newId);
  const rows: UnitYearRows = {
    unitYear: { id: unitYearId, unitId, year: unitYear.year, moneyUnit: unitYear.moneyUnit },
    ...plan,
    projects: [],
    spendingCheckpoints: [],
    indicators: [],
  };
  unitYear.projects.forEach((project, position) => {
    const projectId = newId();
    rows.projects.push(projectRow(project, projectId, unitYearId, position));
    project.spendingPlan.forEach((checkpoint, index) => {
      rows.spendingCheckpoints.push({
        id: newId(),
        projectId,
        position: index,
        label: checkpoint.checkpoint,
        month: checkpoint.month,
        percent: checkpoint.percent,
        raw: checkpoint.raw,
      });
    });
    project.indicators.forEach((indicator, index) => {
      rows.indicators.push(indicatorRow(indicator, newId(), projectId, index));
    });
  });
  return rows;
}

function departmentPlanRows(plan: DepartmentPlan, unitYearId: string, newId: () => string) {
  const departmentPlanId = newId();
  return {
    departmentPlan: { id: departmentPlanId, unitYearId, overallGoal: plan.overallGoal, commitments: plan.commitments },
    subGoals: plan.subGoals.map(({ title, goal, indicatorText }, position) => ({
      id: newId(),
      departmentPlanId,
      position,
      title,
      goal,
      indicatorText,
    })),
    measures: plan.measures.map(({ title, text }, position) => ({ id: newId(), departmentPlanId, position, title, text })),
  } satisfies Pick<UnitYearRows, 'departmentPlan' | 'subGoals' | 'measures'>;
}

function projectRow(project: Project, id: string, unitYearId: string, position: number): ProjectRow {
  return {
    id,
    unitYearId,
    position,
    code: project.code,
    name: project.name,
    budgetTotal: project.budget.total,
    budgetFiscal: project.budget.fiscal,
    budgetOther: project.budget.other,
    budgetTotalRaw: project.budgetRaw.total,
    budgetFiscalRaw: project.budgetRaw.fiscal,
    budgetOtherRaw: project.budgetRaw.other,
    purpose: project.purpose,
    goals: project.goals,
  };
}

/** An indicator row; exported so that a benchmark can build the same rows as the store does. */
export function indicatorRow(indicator: Indicator, id: string, projectId: string, position: number): IndicatorRow {
  return {
    id,
    projectId,
    position,
    level1: indicator.level1,
    level2: indicator.level2,
    name: indicator.name,
    description: indicator.description,
    basis: indicator.basis,
    ...targetColumns(indicator.target),
  };
}

type TargetColumns = Pick<
  IndicatorRow,
  'targetRaw' | 'targetKind' | 'comparator' | 'value' | 'valueText' | 'upper' | 'measureUnit' | 'direction' | 'deadline'
>;

const noParsedValue = {
  comparator: null,
  value: null,
  valueText: null,
  upper: null,
  measureUnit: null,
  direction: null,
  deadline: null,
} satisfies Omit<TargetColumns, 'targetRaw' | 'targetKind'>;

function targetColumns(target: Target): TargetColumns {
  switch (target.kind) {
    case 'quantitative':
      return {
        ...noParsedValue,
        targetRaw: target.raw,
        targetKind: target.kind,
        comparator: target.comparator,
        value: target.value,
        valueText: target.valueText,
        upper: target.upper,
        measureUnit: target.measureUnit,
        direction: target.direction,
      };
    case 'deadline':
      return { ...noParsedValue, targetRaw: target.raw, targetKind: target.kind, comparator: target.comparator, deadline: target.date };
    case 'qualitative':
      return { ...noParsedValue, targetRaw: target.raw, targetKind: target.kind };
  }
}
