/**
 * The directory accounts attach to: units (预算单位) and divisions (财政区划). Units are also created by
 * imports (store-unit-year.ts upserts them by code); registering one here lets an admin attach its users
 * before its first document arrives.
 */
import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { Orm } from './database';
import { divisions, units } from './schema';

export interface UnitEntry {
  id: string;
  code: string;
  name: string;
  divisionCode: string | null;
}

export interface DivisionEntry {
  code: string;
  name: string;
}

const unitColumns = { id: units.id, code: units.code, name: units.name, divisionCode: units.divisionCode };

export async function findUnitByCode(executor: Orm, code: string): Promise<UnitEntry | null> {
  const [row] = await executor.select(unitColumns).from(units).where(eq(units.code, code));
  return row ?? null;
}

export async function findUnitById(executor: Orm, id: string): Promise<UnitEntry | null> {
  const [row] = await executor.select(unitColumns).from(units).where(eq(units.id, id));
  return row ?? null;
}

export async function findDivision(executor: Orm, code: string): Promise<DivisionEntry | null> {
  const [row] = await executor.select({ code: divisions.code, name: divisions.name }).from(divisions).where(eq(divisions.code, code));
  return row ?? null;
}

/** Every unit, by code. */
export async function listUnits(executor: Orm): Promise<UnitEntry[]> {
  return executor.select(unitColumns).from(units).orderBy(asc(units.code));
}

/** Every division, by code. */
export async function listDivisions(executor: Orm): Promise<DivisionEntry[]> {
  return executor.select({ code: divisions.code, name: divisions.name }).from(divisions).orderBy(asc(divisions.code));
}

/** Inserts a unit; returns null when its code is taken (the caller reports it). */
export async function insertUnit(executor: Orm, unit: Omit<UnitEntry, 'id'>, at: Date): Promise<UnitEntry | null> {
  const [row] = await executor
    .insert(units)
    .values({ id: randomUUID(), ...unit, createdAt: at, updatedAt: at })
    .onConflictDoNothing({ target: units.code })
    .returning(unitColumns);
  return row ?? null;
}

/**
 * Inserts a division, or names one that an import registered under its bare code; returns null when the code
 * is taken by a named division.
 */
export async function insertDivision(executor: Orm, division: DivisionEntry, at: Date): Promise<DivisionEntry | null> {
  const [row] = await executor
    .insert(divisions)
    .values({ ...division, createdAt: at, updatedAt: at })
    .onConflictDoUpdate({ target: divisions.code, set: { name: division.name, updatedAt: at }, setWhere: sql`${divisions.name} = ${divisions.code}` })
    .returning({ code: divisions.code, name: divisions.name });
  return row ?? null;
}
