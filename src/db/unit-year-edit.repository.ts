/**
 * One unit year: where it sits, the lock that makes edits of one unit year take turns, its status steps, and
 * its department plan (read and replaced under optimistic concurrency).
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { UnitYearStatus } from '../core/workflow/unit-year-status';
import type { DepartmentPlan } from '../core/model';
import { lastEditorOf, type LastEditor } from './audit.repository';
import type { Orm } from './database';
import { departmentPlans, measures, subGoals, units, unitYears } from './schema';
import { isUuid } from './user.repository';

export interface UnitYearHead {
  id: string;
  year: number;
  status: UnitYearStatus;
  publishedAt: Date | null;
  moneyUnit: '万元' | '元';
  version: number;
  unit: { id: string; code: string; name: string; divisionCode: string | null };
}

const headColumns = {
  id: unitYears.id,
  year: unitYears.year,
  status: unitYears.status,
  publishedAt: unitYears.publishedAt,
  moneyUnit: unitYears.moneyUnit,
  version: unitYears.version,
  unit: { id: units.id, code: units.code, name: units.name, divisionCode: units.divisionCode },
};

/**
 * The unit year with this id and where it sits, or null (also for a malformed id). With `lock`, the row is
 * locked until the transaction ends: every change of a unit year's targets takes it first, so that the changes
 * (and the review each one stores) take turns.
 */
export async function findUnitYearHead(executor: Orm, unitYearId: string, options: { lock?: boolean } = {}): Promise<UnitYearHead | null> {
  if (!isUuid(unitYearId)) return null;
  const query = executor.select(headColumns).from(unitYears).innerJoin(units, eq(units.id, unitYears.unitId)).where(eq(unitYears.id, unitYearId));
  const [row] = options.lock ? await query.for('update', { of: unitYears }) : await query;
  return row ?? null;
}

/** The heads of the unit years with these ids (those that exist), in one statement. */
export async function findUnitYearHeads(executor: Orm, unitYearIds: readonly string[]): Promise<UnitYearHead[]> {
  const ids = unitYearIds.filter(isUuid);
  return ids.length === 0 ? [] : executor.select(headColumns).from(unitYears).innerJoin(units, eq(units.id, unitYears.unitId)).where(inArray(unitYears.id, ids));
}

export interface StatusChange {
  status: UnitYearStatus;
  statusComment?: string | null;
  submittedAt?: Date;
  submittedBy?: string | null;
  publishedAt?: Date;
}

/**
 * Moves the unit year to `change.status` if it is still in one of `from` (and, for a publication, not yet
 * published), bumping the version. Returns false when another step came first.
 */
export async function changeUnitYearStatus(tx: Orm, target: { id: string; from: readonly UnitYearStatus[]; unpublished?: boolean; at: Date }, change: StatusChange): Promise<boolean> {
  const rows = await tx
    .update(unitYears)
    .set({ ...change, version: sql`${unitYears.version} + 1`, updatedAt: target.at })
    .where(and(eq(unitYears.id, target.id), inArray(unitYears.status, [...target.from]), target.unpublished ? isNull(unitYears.publishedAt) : undefined))
    .returning({ id: unitYears.id });
  return rows.length > 0;
}

export interface DepartmentPlanRecord extends DepartmentPlan {
  id: string;
  unitYearId: string;
  updatedAt: Date;
  version: number;
  /** Who changed the plan last, from the audit trail; null when nobody has since it was imported. */
  updatedBy: LastEditor | null;
}

/** The department plan of a unit year, or null. */
export async function findDepartmentPlan(executor: Orm, unitYearId: string): Promise<DepartmentPlanRecord | null> {
  const lastChange = lastEditorOf('department_plan', departmentPlans.id);
  const [plan] = await executor.select({ plan: departmentPlans, updatedBy: lastChange }).from(departmentPlans).where(eq(departmentPlans.unitYearId, unitYearId));
  if (!plan) return null;
  const { id, overallGoal, commitments, updatedAt, version } = plan.plan;
  return {
    id,
    unitYearId,
    overallGoal,
    commitments,
    subGoals: await executor.select({ title: subGoals.title, goal: subGoals.goal, indicatorText: subGoals.indicatorText }).from(subGoals).where(eq(subGoals.departmentPlanId, id)).orderBy(asc(subGoals.position)),
    measures: await executor.select({ title: measures.title, text: measures.text }).from(measures).where(eq(measures.departmentPlanId, id)).orderBy(asc(measures.position)),
    updatedAt,
    version,
    updatedBy: plan.updatedBy,
  };
}

/**
 * Replaces the department plan (texts, commitments, sub-goals, measures) if it is still at `expectedVersion`,
 * bumping the version. Returns false when another change came first.
 */
export async function replaceDepartmentPlan(tx: Orm, target: { id: string; expectedVersion: number; at: Date }, plan: DepartmentPlan): Promise<boolean> {
  const rows = await tx
    .update(departmentPlans)
    .set({ overallGoal: plan.overallGoal, commitments: plan.commitments, version: sql`${departmentPlans.version} + 1`, updatedAt: target.at })
    .where(and(eq(departmentPlans.id, target.id), eq(departmentPlans.version, target.expectedVersion)))
    .returning({ id: departmentPlans.id });
  if (rows.length === 0) return false;
  await tx.delete(subGoals).where(eq(subGoals.departmentPlanId, target.id));
  await tx.delete(measures).where(eq(measures.departmentPlanId, target.id));
  if (plan.subGoals.length > 0) {
    await tx.insert(subGoals).values(plan.subGoals.map((subGoal, position) => ({ id: randomUUID(), departmentPlanId: target.id, position, ...subGoal })));
  }
  if (plan.measures.length > 0) {
    await tx.insert(measures).values(plan.measures.map((measure, position) => ({ id: randomUUID(), departmentPlanId: target.id, position, ...measure })));
  }
  return true;
}

/** The unit year of the unit with this code for `year`, or null. */
export async function findUnitYearOfUnit(executor: Orm, unitCode: string, year: number): Promise<UnitYearHead | null> {
  const [row] = await executor
    .select(headColumns)
    .from(unitYears)
    .innerJoin(units, eq(units.id, unitYears.unitId))
    .where(and(eq(units.code, unitCode), eq(unitYears.year, year)));
  return row ?? null;
}
