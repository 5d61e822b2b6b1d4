/**
 * Login sessions in the database, found by the SHA-256 of the cookie's token, so that every server process
 * sees every session and a stolen copy of the table opens none.
 */
import { and, eq, lt, ne, or, sql } from 'drizzle-orm';
import type { Orm } from './database';
import { divisions, sessions, units, users } from './schema';
import { recordColumns, type UserRecord } from './user.repository';

export interface SessionRow {
  id: string;
  tokenHash: string;
  userId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export async function insertSession(executor: Orm, row: SessionRow): Promise<void> {
  await executor.insert(sessions).values(row);
}

export interface FoundSession {
  session: SessionRow;
  user: UserRecord;
}

/** The session with this token hash and its account; null when there is none. */
export async function findSession(executor: Orm, tokenHash: string): Promise<FoundSession | null> {
  let query = preparedSessionQueries.get(executor);
  if (!query) {
    query = prepareSessionQuery(executor);
    preparedSessionQueries.set(executor, query);
  }
  const [row] = await query.execute({ tokenHash });
  return row ?? null;
}

/** Every signed-in request looks its session up: one prepared statement, session and account together. */
function prepareSessionQuery(executor: Orm) {
  return executor
    .select({ session: sessions, user: recordColumns })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(units, eq(units.id, users.unitId))
    .leftJoin(divisions, eq(divisions.code, users.divisionCode))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare('find_session');
}

const preparedSessionQueries = new WeakMap<Orm, ReturnType<typeof prepareSessionQuery>>();

export async function touchSession(executor: Orm, id: string, at: Date): Promise<void> {
  await executor.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
}

export async function deleteSession(executor: Orm, id: string): Promise<void> {
  await executor.delete(sessions).where(eq(sessions.id, id));
}

/** Ends every session of the account (after a password reset or disabling), except `keepId` if given. */
export async function deleteSessionsOfUser(executor: Orm, userId: string, keepId?: string): Promise<number> {
  const condition = keepId === undefined ? eq(sessions.userId, userId) : and(eq(sessions.userId, userId), ne(sessions.id, keepId));
  const deleted = await executor.delete(sessions).where(condition).returning({ id: sessions.id });
  return deleted.length;
}

/** Deletes sessions past their absolute expiry or idle since before `idleSince`. */
export async function deleteExpiredSessions(executor: Orm, now: Date, idleSince: Date): Promise<number> {
  const deleted = await executor
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince)))
    .returning({ id: sessions.id });
  return deleted.length;
}
