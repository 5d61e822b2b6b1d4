/**
 * Rate limits and lock-outs in the database, so that every server process counts the same attempts.
 * Counters are fixed windows: one row per (bucket, key, window start), incremented by an atomic upsert.
 */
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Orm } from './database';
import { loginLockouts, rateLimitCounters } from './schema';

export interface CounterKey {
  /** What is counted, e.g. "login-ip". */
  bucket: string;
  /** Whose attempts, e.g. an IP address or a normalized username. */
  key: string;
  windowStart: Date;
}

/** Counts one more hit in the window and returns the hits so far, this one included. */
export async function hitCounter(executor: Orm, counter: CounterKey): Promise<number> {
  const [row] = await executor
    .insert(rateLimitCounters)
    .values({ ...counter, hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimitCounters.bucket, rateLimitCounters.key, rateLimitCounters.windowStart],
      set: { hits: sql`${rateLimitCounters.hits} + 1` },
    })
    .returning({ hits: rateLimitCounters.hits });
  if (!row) throw new Error('a rate-limit upsert returned no row');
  return row.hits;
}

/** Forgets the key's hits in every window of the bucket (e.g. failures, after a successful login). */
export async function clearCounter(executor: Orm, bucket: string, key: string): Promise<void> {
  await executor.delete(rateLimitCounters).where(and(eq(rateLimitCounters.bucket, bucket), eq(rateLimitCounters.key, key)));
}

/** Deletes windows that started before `before`: they no longer count. */
export async function pruneCounters(executor: Orm, before: Date): Promise<void> {
  await executor.delete(rateLimitCounters).where(lt(rateLimitCounters.windowStart, before));
}

/** Until when the username is locked; null when it is not (or no longer) locked at `now`. */
export async function findLockout(executor: Orm, username: string, now: Date): Promise<Date | null> {
  const [row] = await executor.select().from(loginLockouts).where(eq(loginLockouts.username, username));
  return row && row.lockedUntil > now ? row.lockedUntil : null;
}

export async function lockUsername(executor: Orm, username: string, until: Date): Promise<void> {
  await executor
    .insert(loginLockouts)
    .values({ username, lockedUntil: until })
    .onConflictDoUpdate({ target: loginLockouts.username, set: { lockedUntil: until } });
}

export async function clearLockout(executor: Orm, username: string): Promise<void> {
  await executor.delete(loginLockouts).where(eq(loginLockouts.username, username));
}
