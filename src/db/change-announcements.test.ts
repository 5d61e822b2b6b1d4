/**
 * The database announces its committed changes (migration 0008) and each driver's read cache hears them: PGlite's
 * at commit, a PostgreSQL server's on a listening connection of each process, which comes back when it is lost.
 */
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from './database';
import { openDatabase } from './open-database';
import { createScratchDatabase, eventually, openTestDatabase, testDatabaseKind } from './testing';

async function rowsOf<T>(db: Database, query: SQL): Promise<T[]> {
  return ((await db.orm.execute(query)) as unknown as { rows: T[] }).rows;
}

const addDivision = (db: Database, code: string) => db.orm.execute(sql`INSERT INTO divisions (code, name) VALUES (${code}, '测试区划')`);

describe('announced changes', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('come from every table but the audit trail and the login limits; from sessions only when they end', async () => {
    const tables = await rowsOf<{ table: string; events: string[] }>(
      db,
      sql`SELECT c.relname AS "table",
            coalesce(array_agg(e.event ORDER BY e.event) FILTER (WHERE e.event IS NOT NULL), '{}') AS events
          FROM pg_class c
          JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
          LEFT JOIN pg_trigger t ON t.tgrelid = c.oid AND t.tgfoid = 'jixiao_announce_change'::regproc AND t.tgtype & 1 = 0
          LEFT JOIN LATERAL (VALUES (4, 'insert'), (8, 'delete'), (16, 'update'), (32, 'truncate')) AS e(bit, event) ON t.tgtype & e.bit <> 0
          WHERE c.relkind = 'r'
          GROUP BY c.relname`,
    );
    const expected = (table: string) =>
      ['audit_events', 'login_lockouts', 'rate_limit_counters'].includes(table) ? [] : table === 'sessions' ? ['delete', 'truncate'] : ['delete', 'insert', 'truncate', 'update'];
    expect(tables.length).toBe(22);
    for (const { table, events } of tables) expect({ table, events }).toEqual({ table, events: expected(table) });
  });

  it('make the cache forget what it kept, once committed; a rolled-back change does not', async () => {
    await db.cache.read('probe', async () => 'kept');
    await expect(
      db.orm.transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO divisions (code, name) VALUES ('990001', '回滚的区划')`);
        tx.rollback();
      }),
    ).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(db.cache.kept('probe')).toBe('kept');
    await addDivision(db, '990002');
    await eventually(() => db.cache.kept('probe') === undefined);
  });
});

describe.runIf(testDatabaseKind() === 'postgres')('announced changes between processes on one PostgreSQL database', () => {
  it("reach the other process's cache, and are heard again after its listening connection was lost", async () => {
    const scratch = await createScratchDatabase();
    const first = await openDatabase({ databaseUrl: scratch.url });
    const second = await openDatabase({ databaseUrl: scratch.url });
    try {
      await first.cache.read('probe', async () => 'kept');
      await addDivision(second, '990003');
      await eventually(() => first.cache.kept('probe') === undefined);

      const listening = vi.spyOn(first.cache, 'setListening');
      await rowsOf(second, sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'jixiao: changes'`);
      await eventually(() => listening.mock.calls.some(([on]) => !on) && listening.mock.lastCall?.[0] === true);
      await first.cache.read('probe', async () => 'kept again');
      expect(first.cache.kept('probe')).toBe('kept again');
      await addDivision(second, '990004');
      await eventually(() => first.cache.kept('probe') === undefined);
    } finally {
      await first.close();
      await second.close();
      await scratch.drop();
    }
  });
});
