/**
 * Indicators (三级指标) one at a time: where one sits, edits under optimistic concurrency, insertion and deletion
 * that keep positions 0…n-1, and reordering. Positions are unique per project and PostgreSQL checks that per
 * row, so every move goes in two phases: first to negative positions (free), then to the final ones.
 */
import { randomUUID } from 'node:crypto';
import { and, count, eq, gte, lt, sql } from 'drizzle-orm';
import type { Indicator } from '../core/model';
import type { UnitYearStatus } from '../core/workflow/unit-year-status';
import type { Orm } from './database';
import { indicators, projects, units, unitYears } from './schema';
import { indicatorRow, type IndicatorRow as IndicatorInsert } from './unit-year-rows';
import { isUuid } from './user.repository';

export type IndicatorRow = typeof indicators.$inferSelect;

/** An indicator with where it sits: its project (version), unit year (status, publication) and unit. */
export interface IndicatorHead {
  indicator: IndicatorRow;
  project: { id: string; name: string; version: number };
  unitYear: { id: string; status: UnitYearStatus; publishedAt: Date | null };
  unit: { id: string; divisionCode: string | null };
}

/** The indicator with this id and where it sits, or null (also for a malformed id). Scope is the caller's to check. */
export async function findIndicatorHead(executor: Orm, indicatorId: string): Promise<IndicatorHead | null> {
  if (!isUuid(indicatorId)) return null;
  const [row] = await executor
    .select({
      indicator: indicators,
      project: { id: projects.id, name: projects.name, version: projects.version },
      unitYear: { id: unitYears.id, status: unitYears.status, publishedAt: unitYears.publishedAt },
      unit: { id: units.id, divisionCode: units.divisionCode },
    })
    .from(indicators)
    .innerJoin(projects, eq(projects.id, indicators.projectId))
    .innerJoin(unitYears, eq(unitYears.id, projects.unitYearId))
    .innerJoin(units, eq(units.id, unitYears.unitId))
    .where(eq(indicators.id, indicatorId));
  return row ?? null;
}

/** The columns of an indicator that an edit sets: its texts and the parsed target. */
function editableColumns(indicator: Indicator): Omit<IndicatorInsert, 'id' | 'projectId' | 'position'> {
  const { id: _id, projectId: _projectId, position: _position, ...columns } = indicatorRow(indicator, '', '', 0);
  return columns;
}

/**
 * Sets the indicator to `indicator` if it is still at `expectedVersion`, bumping the version. Returns the
 * updated row, or null when another change came first (or it is gone).
 */
export async function updateIndicatorRow(tx: Orm, target: { id: string; expectedVersion: number; at: Date }, indicator: Indicator): Promise<IndicatorRow | null> {
  const [row] = await tx
    .update(indicators)
    .set({ ...editableColumns(indicator), version: sql`${indicators.version} + 1`, updatedAt: target.at })
    .where(and(eq(indicators.id, target.id), eq(indicators.version, target.expectedVersion)))
    .returning();
  return row ?? null;
}

/** How many indicators the project has. */
export async function countIndicators(executor: Orm, projectId: string): Promise<number> {
  const [row] = await executor.select({ total: count() }).from(indicators).where(eq(indicators.projectId, projectId));
  return row?.total ?? 0;
}

/**
 * Inserts `indicator` at `position` (0-based; clamped to the end), moving the ones at and after it down.
 * Call it with the project locked (the caller's transaction), so that two inserts do not race for a position.
 */
export async function insertIndicatorAt(tx: Orm, projectId: string, position: number | undefined, indicator: Indicator, at: Date): Promise<IndicatorRow> {
  const total = await countIndicators(tx, projectId);
  const place = position === undefined ? total : Math.min(Math.max(position, 0), total);
  await shiftPositions(tx, projectId, place, +1);
  const [row] = await tx
    .insert(indicators)
    .values({ ...editableColumns(indicator), id: randomUUID(), projectId, position: place, createdAt: at, updatedAt: at })
    .returning();
  if (!row) throw new Error('an inserted indicator was not returned');
  return row;
}

/** Deletes the indicator if it is still at `expectedVersion` and closes the gap; the deleted row, or null. */
export async function deleteIndicatorRow(tx: Orm, target: { id: string; expectedVersion: number }): Promise<IndicatorRow | null> {
  const [row] = await tx
    .delete(indicators)
    .where(and(eq(indicators.id, target.id), eq(indicators.version, target.expectedVersion)))
    .returning();
  if (!row) return null;
  await shiftPositions(tx, row.projectId, row.position + 1, -1);
  return row;
}

/** Moves the indicators at positions ≥ `from` by `by` (±1), in two phases (see the module comment). */
async function shiftPositions(tx: Orm, projectId: string, from: number, by: 1 | -1): Promise<void> {
  const moving = and(eq(indicators.projectId, projectId), gte(indicators.position, from));
  await tx.update(indicators).set({ position: sql`-1 - ${indicators.position}` }).where(moving);
  const parked = and(eq(indicators.projectId, projectId), lt(indicators.position, 0));
  await tx.update(indicators).set({ position: sql`-1 - ${indicators.position} + ${by}` }).where(parked);
}

/**
 * Gives the project's indicators the positions of `orderedIds` (which must be exactly its indicators), in two
 * statements: all parked at negative positions, then each set from a VALUES list of (id, position).
 */
export async function reorderIndicatorRows(tx: Orm, projectId: string, orderedIds: readonly string[]): Promise<void> {
  if (orderedIds.length === 0) return;
  await tx.update(indicators).set({ position: sql`-1 - ${indicators.position}` }).where(eq(indicators.projectId, projectId));
  const values = sql.join(
    orderedIds.map((id, position) => sql`(${id}::uuid, ${position}::integer)`),
    sql`, `,
  );
  await tx.execute(sql`UPDATE ${indicators} SET position = v.position
    FROM (VALUES ${values}) AS v(id, position)
    WHERE ${indicators.id} = v.id AND ${indicators.projectId} = ${projectId}`);
}
