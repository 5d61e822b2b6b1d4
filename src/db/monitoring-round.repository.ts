/**
 * Monitoring rounds (绩效运行监控批次) and the units each asks: opening, listing in a scope, closing under
 * optimistic concurrency, and the submission of a unit's reports.
 */
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { ScopeFilter } from '../core/access/policy';
import type { UnitYearStatus } from '../core/workflow/unit-year-status';
import type { Orm } from './database';
import { monitoringRoundUnits, monitoringRounds, units, unitYears, users } from './schema';
import { outerColumn } from './json-rows';
import { isUuid } from './user.repository';

export type RoundStatus = (typeof monitoringRounds.$inferSelect)['status'];

/** A round with how many units it asks and how many have submitted. */
export interface RoundRecord {
  id: string;
  year: number;
  cutOff: string;
  title: string;
  divisionCode: string;
  status: RoundStatus;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  unitCount: number;
  submittedCount: number;
}

const countOf = (condition: SQL) => sql<number>`(SELECT count(*) FROM ${monitoringRoundUnits} WHERE ${monitoringRoundUnits.roundId} = ${outerColumn(monitoringRounds.id)}${condition})`.mapWith(Number);

const roundColumns = {
  id: monitoringRounds.id,
  year: monitoringRounds.year,
  cutOff: monitoringRounds.cutOff,
  title: monitoringRounds.title,
  divisionCode: monitoringRounds.divisionCode,
  status: monitoringRounds.status,
  closedAt: monitoringRounds.closedAt,
  createdAt: monitoringRounds.createdAt,
  updatedAt: monitoringRounds.updatedAt,
  version: monitoringRounds.version,
  unitCount: countOf(sql``),
  submittedCount: countOf(sql` AND ${monitoringRoundUnits.submittedAt} IS NOT NULL`),
};

export interface NewRound {
  id: string;
  year: number;
  cutOff: string;
  title: string;
  divisionCode: string;
  createdBy: string | null;
  at: Date;
}

/** Inserts a round asking `unitIds`; false when the division already has a round at this cut-off. */
export async function insertRound(tx: Orm, round: NewRound, unitIds: readonly string[]): Promise<boolean> {
  const { at, ...columns } = round;
  const inserted = await tx
    .insert(monitoringRounds)
    .values({ ...columns, createdAt: at, updatedAt: at })
    .onConflictDoNothing()
    .returning({ id: monitoringRounds.id });
  if (inserted.length === 0) return false;
  if (unitIds.length > 0) await tx.insert(monitoringRoundUnits).values(unitIds.map((unitId) => ({ roundId: round.id, unitId })));
  return true;
}

/**
 * The round with this id, or null (also for a malformed id). With `lock`, its row is locked until the transaction
 * ends: `update` for a change of the round (closing), `share` for a change within it (a report, a submission),
 * so that closing waits for the changes under way and no change lands in a closed round.
 */
export async function findRound(executor: Orm, roundId: string, options: { lock?: 'update' | 'share' } = {}): Promise<RoundRecord | null> {
  if (!isUuid(roundId)) return null;
  const query = executor.select(roundColumns).from(monitoringRounds).where(eq(monitoringRounds.id, roundId));
  const [row] = options.lock ? await query.for(options.lock) : await query;
  return row ?? null;
}

/** The condition for rounds within `filter`: a unit's rounds are those that ask it. */
function roundScope(filter: ScopeFilter): SQL | undefined {
  switch (filter.kind) {
    case 'everything':
      return undefined;
    case 'division':
      return eq(monitoringRounds.divisionCode, filter.divisionCode);
    case 'unit':
      return sql`EXISTS (SELECT 1 FROM ${monitoringRoundUnits} WHERE ${monitoringRoundUnits.roundId} = ${outerColumn(monitoringRounds.id)} AND ${monitoringRoundUnits.unitId} = ${filter.unitId})`;
    case 'published':
    case 'nothing':
      return sql`false`;
  }
}

/** The rounds within `scope`, newest year and cut-off first. */
export async function listRounds(executor: Orm, scope: ScopeFilter, filter: { year?: number; status?: RoundStatus }): Promise<RoundRecord[]> {
  const conditions = [
    roundScope(scope),
    filter.year === undefined ? undefined : eq(monitoringRounds.year, filter.year),
    filter.status === undefined ? undefined : eq(monitoringRounds.status, filter.status),
  ];
  return executor
    .select(roundColumns)
    .from(monitoringRounds)
    .where(and(...conditions))
    .orderBy(desc(monitoringRounds.year), desc(monitoringRounds.cutOff), asc(monitoringRounds.divisionCode));
}

/** Closes the round if it is still open at `expectedVersion`; false when another change came first. */
export async function closeRoundRow(tx: Orm, target: { id: string; expectedVersion: number; at: Date }): Promise<boolean> {
  const rows = await tx
    .update(monitoringRounds)
    .set({ status: 'closed', closedAt: target.at, version: sql`${monitoringRounds.version} + 1`, updatedAt: target.at })
    .where(and(eq(monitoringRounds.id, target.id), eq(monitoringRounds.version, target.expectedVersion), eq(monitoringRounds.status, 'open')))
    .returning({ id: monitoringRounds.id });
  return rows.length > 0;
}

/** A unit of a round: the unit, its submission, and its unit year of the round's year (null when it has none). */
export interface RoundUnit {
  unit: { id: string; code: string; name: string; divisionCode: string | null };
  submittedAt: Date | null;
  submittedBy: { id: string | null; displayName: string } | null;
  unitYear: { id: string; status: UnitYearStatus; publishedAt: Date | null } | null;
}

function roundUnitQuery(executor: Orm, year: number) {
  return executor
    .select({
      unit: { id: units.id, code: units.code, name: units.name, divisionCode: units.divisionCode },
      submittedAt: monitoringRoundUnits.submittedAt,
      submitterId: users.id,
      submitterName: users.displayName,
      unitYearId: unitYears.id,
      unitYearStatus: unitYears.status,
      publishedAt: unitYears.publishedAt,
    })
    .from(monitoringRoundUnits)
    .innerJoin(units, eq(units.id, monitoringRoundUnits.unitId))
    .leftJoin(users, eq(users.id, monitoringRoundUnits.submittedBy))
    .leftJoin(unitYears, and(eq(unitYears.unitId, units.id), eq(unitYears.year, year)));
}

type RoundUnitRow = Awaited<ReturnType<ReturnType<typeof roundUnitQuery>['execute']>>[number];

function toRoundUnit(row: RoundUnitRow): RoundUnit {
  const submittedBy = row.submittedAt === null ? null : { id: row.submitterId, displayName: row.submitterName ?? '命令行' };
  const unitYear = row.unitYearId === null || row.unitYearStatus === null ? null : { id: row.unitYearId, status: row.unitYearStatus, publishedAt: row.publishedAt };
  return { unit: row.unit, submittedAt: row.submittedAt, submittedBy, unitYear };
}

/** The units of a round (of `year`) by unit code. */
export async function listRoundUnits(executor: Orm, round: { id: string; year: number }): Promise<RoundUnit[]> {
  const rows = await roundUnitQuery(executor, round.year).where(eq(monitoringRoundUnits.roundId, round.id)).orderBy(asc(units.code));
  return rows.map(toRoundUnit);
}

/**
 * One unit of a round, or null when the round does not ask it (also for a malformed id). With `lock`, its row is
 * locked until the transaction ends, so that the unit's saves and its submission take turns.
 */
export async function findRoundUnit(executor: Orm, round: { id: string; year: number }, unitId: string, options: { lock?: boolean } = {}): Promise<RoundUnit | null> {
  if (!isUuid(unitId)) return null;
  const query = roundUnitQuery(executor, round.year).where(and(eq(monitoringRoundUnits.roundId, round.id), eq(monitoringRoundUnits.unitId, unitId)));
  const [row] = options.lock ? await query.for('update', { of: monitoringRoundUnits }) : await query;
  return row ? toRoundUnit(row) : null;
}

/** Marks the unit's reports submitted unless they already are; false when they were. */
export async function markRoundUnitSubmitted(tx: Orm, target: { roundId: string; unitId: string; at: Date; by: string | null }): Promise<boolean> {
  const rows = await tx
    .update(monitoringRoundUnits)
    .set({ submittedAt: target.at, submittedBy: target.by })
    .where(and(eq(monitoringRoundUnits.roundId, target.roundId), eq(monitoringRoundUnits.unitId, target.unitId), isNull(monitoringRoundUnits.submittedAt)))
    .returning({ unitId: monitoringRoundUnits.unitId });
  return rows.length > 0;
}

/** A unit a round may ask: its division, and whether it has a unit year of `year`. */
export interface CandidateUnit {
  id: string;
  code: string;
  divisionCode: string | null;
  hasUnitYear: boolean;
}

const candidateColumns = (year: number) => ({
  id: units.id,
  code: units.code,
  divisionCode: units.divisionCode,
  hasUnitYear: sql<boolean>`EXISTS (SELECT 1 FROM ${unitYears} WHERE ${unitYears.unitId} = ${outerColumn(units.id)} AND ${unitYears.year} = ${year})`,
});

/** The units with these ids (unknown ids are left out). */
export async function findCandidateUnits(executor: Orm, unitIds: readonly string[], year: number): Promise<CandidateUnit[]> {
  const ids = unitIds.filter(isUuid);
  if (ids.length === 0) return [];
  return executor.select(candidateColumns(year)).from(units).where(inArray(units.id, ids));
}

/** The units of a division that have a unit year of `year`, by code. */
export async function listDivisionUnitsWithYear(executor: Orm, divisionCode: string, year: number): Promise<CandidateUnit[]> {
  return executor
    .select(candidateColumns(year))
    .from(units)
    .where(and(eq(units.divisionCode, divisionCode), sql`EXISTS (SELECT 1 FROM ${unitYears} WHERE ${unitYears.unitId} = ${outerColumn(units.id)} AND ${unitYears.year} = ${year})`))
    .orderBy(asc(units.code));
}
