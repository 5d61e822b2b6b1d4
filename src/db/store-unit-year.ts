/**
 * Storing an imported unit year: one transaction, all or nothing, with its import record.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { DomainError } from '../core/errors';
import type { Unit, UnitYear } from '../core/model';
import type { Database, Orm } from './database';
import { violatedUniqueConstraint } from './database-errors';
import { insertImportRecord, type ImportRecordInput } from './import.repository';
import { markPreviewStored } from './import-upload.repository';
import { insertRows } from './multi-row-insert';
import { groupPositionIds, insertReviewFindings, type PositionIds, type ReviewToStore } from './review.repository';
import { departmentPlans, divisions, indicators, measures, projects, spendingCheckpoints, subGoals, units, unitYears } from './schema';
import { buildUnitYearRows, insertKeys, type UnitYearRows } from './unit-year-rows';

export interface StoreUnitYearOptions {
  /** Replace the unit year if it is already stored; without it an existing unit year is refused. */
  replace: boolean;
  /** A new import record, or the id of an upload's preview, which becomes the record of this import. */
  importRecord: ImportRecordInput | { previewId: string };
  /** The automatic review of the unit year, stored with it in the same transaction. */
  review?: ReviewToStore;
}

export interface StoredUnitYear {
  unitYearId: string;
  importId: string;
  /** Whether data already stored for this unit year was replaced. */
  replaced: boolean;
}

/**
 * Stores `unitYear` and its import record in one transaction: on any failure nothing is stored, not even
 * the import record. The unit (code, name, division) is created or updated from the document.
 * With `replace`, an existing unit year is deleted with all its children and stored afresh (new ids,
 * version 1); the import history stays.
 * @throws DomainError('already_exists') when the unit year is stored and `replace` is false
 * @throws DomainError('validation_failed') when two projects share a project code
 */
export async function storeUnitYear(db: Database, unitYear: UnitYear, options: StoreUnitYearOptions): Promise<StoredUnitYear> {
  try {
    return await db.orm.transaction((tx) => storeUnitYearIn(tx, unitYear, options));
  } catch (error) {
    throw translateStoreViolation(error, unitYear);
  }
}

/**
 * Like {@link storeUnitYear}, in the caller's transaction (an audited confirmation of an upload). The caller
 * passes errors through {@link translateStoreViolation}.
 * @throws DomainError('already_exists') when the unit year is stored and `replace` is false
 * @throws DomainError('conflict') when the preview is no longer a preview (confirmed or rejected meanwhile)
 */
export async function storeUnitYearIn(tx: Orm, unitYear: UnitYear, options: StoreUnitYearOptions): Promise<StoredUnitYear> {
  const unitId = await upsertUnit(tx, unitYear.unit);
  const replaced = await removeExisting(tx, unitId, unitYear, options.replace);
  const rows = buildUnitYearRows(unitYear, unitId);
  await insertUnitYearRows(tx, rows);
  if (options.review) await insertReviewFindings(tx, rows.unitYear.id, options.review, positionIdsOf(rows));
  const target = { unitId, year: unitYear.year, replaced };
  const importId =
    'previewId' in options.importRecord
      ? await markPreviewStored(tx, options.importRecord.previewId, target)
      : await insertImportRecord(tx, target, options.importRecord);
  return { unitYearId: rows.unitYear.id, importId, replaced };
}

/**
 * Creates or renames the unit. Its division stays as registered (the directory is authoritative); a unit without
 * one takes the document's, and a division named for the first time is registered under its code until an
 * administrator names it, so that finance reviewers can be attached to it at once.
 */
async function upsertUnit(tx: Orm, unit: Unit): Promise<string> {
  if (unit.divisionCode) {
    await tx.insert(divisions).values({ code: unit.divisionCode, name: unit.divisionCode }).onConflictDoNothing();
  }
  const [row] = await tx
    .insert(units)
    .values({ id: randomUUID(), code: unit.code, name: unit.name, divisionCode: unit.divisionCode })
    .onConflictDoUpdate({
      target: units.code,
      set: { name: unit.name, divisionCode: sql`coalesce(${units.divisionCode}, excluded.division_code)`, updatedAt: sql`now()` },
    })
    .returning({ id: units.id });
  if (!row) throw new Error('upsert of a unit returned no row');
  return row.id;
}

/** The ids of the rows just built, by position: where the review's findings point. */
function positionIdsOf(rows: UnitYearRows): PositionIds {
  return groupPositionIds(rows.projects.map((project) => project.id), rows.indicators);
}

/** Deletes the stored unit year (children go by cascade) when replacing; refuses when not. */
async function removeExisting(tx: Orm, unitId: string, unitYear: UnitYear, replace: boolean): Promise<boolean> {
  const existing = await tx
    .select({ id: unitYears.id })
    .from(unitYears)
    .where(and(eq(unitYears.unitId, unitId), eq(unitYears.year, unitYear.year)))
    .for('update');
  const [stored] = existing;
  if (!stored) return false;
  if (!replace) throw alreadyExists(unitYear);
  await tx.delete(unitYears).where(eq(unitYears.id, stored.id));
  return true;
}

/** Inserts parents before children; the big tables go as raw multi-row statements. */
export async function insertUnitYearRows(tx: Orm, rows: UnitYearRows): Promise<void> {
  await tx.insert(unitYears).values(rows.unitYear);
  await tx.insert(departmentPlans).values(rows.departmentPlan);
  await insertRows(tx, subGoals, insertKeys.subGoals, rows.subGoals);
  await insertRows(tx, measures, insertKeys.measures, rows.measures);
  await insertRows(tx, projects, insertKeys.projects, rows.projects);
  await insertRows(tx, spendingCheckpoints, insertKeys.spendingCheckpoints, rows.spendingCheckpoints);
  await insertRows(tx, indicators, insertKeys.indicators, rows.indicators);
}

function alreadyExists(unitYear: UnitYear): DomainError {
  const { unit, year } = unitYear;
  return new DomainError(
    'already_exists',
    `${unit.code} ${unit.name} 的 ${year} 年度绩效目标已经导入过。`,
    { unitCode: unit.code, year },
  );
}

/** Turns the unique violations a caller can cause into domain errors; anything else is returned as is. */
export function translateStoreViolation(error: unknown, unitYear: UnitYear): unknown {
  const constraint = violatedUniqueConstraint(error);
  if (constraint === 'unit_years_unit_year_unique') return alreadyExists(unitYear);
  if (constraint === 'projects_code_unique') return duplicateProjectCode(unitYear);
  return error;
}

function duplicateProjectCode(unitYear: UnitYear): DomainError {
  const positionsByCode = new Map<string, number[]>();
  unitYear.projects.forEach((project, index) => {
    positionsByCode.set(project.code, [...(positionsByCode.get(project.code) ?? []), index + 1]);
  });
  const duplicates = [...positionsByCode].filter(([, positions]) => positions.length > 1);
  const list = duplicates.map(([code, positions]) => `${code}（第 ${positions.join('、')} 个项目）`).join('；');
  return new DomainError(
    'validation_failed',
    `项目编码重复：${list}。同一年度内每个项目的编码必须唯一，请核对后重新导入。本次导入未保存任何数据。`,
    { duplicates: duplicates.map(([code, positions]) => ({ code, projects: positions })) },
  );
}
