/**
 * A stored unit year in the model's shape (positions) together with the ids of its projects and indicators,
 * so that records pointing at projects and indicators by id (monitoring reports, self-evaluations) can be
 * handed to the pure core, which counts by position.
 */
import type { Orm } from './database';
import { loadUnitYearsByIds, type LoadedUnitYear } from './load-unit-year';

/** A unit year and, in the same order as its projects and their indicators, their ids. */
export type UnitYearWithIds = Omit<LoadedUnitYear, 'id'>;

/**
 * The unit year with this id and its ids, or null. Several statements: call it inside a transaction (repeatable
 * read for a read, or an edit's transaction holding the unit year's lock) so all see the same data.
 */
export async function loadUnitYearWithIds(tx: Orm, unitYearId: string): Promise<UnitYearWithIds | null> {
  const [loaded] = await loadUnitYearsByIds(tx, [unitYearId]);
  if (!loaded) return null;
  const { id: _id, ...withIds } = loaded;
  return withIds;
}
