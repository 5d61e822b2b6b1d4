/**
 * A stored unit year in the model's shape (positions) together with the ids of its projects and indicators,
 * so that records pointing at projects and indicators by id (monitoring reports, self-evaluations) can be
 * handed to the pure core, which counts by position.
 */
import { asc, eq } from 'drizzle-orm';
import type { UnitYear } from '../core/model';
import type { Orm } from './database';
import { loadUnitYearById } from './load-unit-year';
import { indicators, projects } from './schema';

/** A unit year and, in the same order as its projects and their indicators, their ids. */
export interface UnitYearWithIds {
  unitYear: UnitYear;
  projects: { id: string; indicatorIds: string[] }[];
}

/**
 * The unit year with this id and its ids, or null. Two statements: call it inside a transaction (repeatable
 * read for a read, or an edit's transaction holding the unit year's lock) so both see the same data.
 */
export async function loadUnitYearWithIds(tx: Orm, unitYearId: string): Promise<UnitYearWithIds | null> {
  const unitYear = await loadUnitYearById(tx, unitYearId);
  if (!unitYear) return null;
  const projectRows = await tx.select({ id: projects.id }).from(projects).where(eq(projects.unitYearId, unitYearId)).orderBy(asc(projects.position));
  const indicatorRows = await tx
    .select({ projectId: indicators.projectId, id: indicators.id })
    .from(indicators)
    .innerJoin(projects, eq(projects.id, indicators.projectId))
    .where(eq(projects.unitYearId, unitYearId))
    .orderBy(asc(projects.position), asc(indicators.position));
  const byProject = new Map<string, string[]>(projectRows.map((row) => [row.id, []]));
  for (const row of indicatorRows) byProject.get(row.projectId)?.push(row.id);
  return { unitYear, projects: projectRows.map((row) => ({ id: row.id, indicatorIds: byProject.get(row.id) ?? [] })) };
}
