/**
 * A PostgreSQL server through a pg Pool. Several processes may share one server, so migrations run
 * under a session advisory lock: the second process waits, then finds nothing left to apply.
 */
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { DomainError } from '../core/errors';
import { listenForChanges } from './change-listener';
import type { Database } from './database';
import { messageOf } from './error-message';
import { migrationsFolder } from './migrations-folder';
import { ReadCache } from './read-cache';
import { schema } from './schema';

/** The advisory lock key of our migrations: "jixia" in ASCII, so that it does not collide by chance. */
export const migrationLockKey = 0x6a69786961;

/**
 * Connects to the server at `databaseUrl` and applies the migrations.
 * @throws DomainError('storage_unavailable') when the server cannot be reached or migrated
 */
export async function openPostgres(databaseUrl: string): Promise<Database> {
  const location = redactPassword(databaseUrl);
  const pool = new pg.Pool({ connectionString: databaseUrl });
  // An idle client losing its connection emits 'error' on the pool; without a listener Node would
  // crash. The pool drops that client and the next query opens a new connection, or fails visibly.
  pool.on('error', () => undefined);
  try {
    await migrateUnderLock(pool, location);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const cache = new ReadCache();
  const listener = await listenForChanges(databaseUrl, cache);
  let closed = false;
  return {
    kind: 'postgres',
    orm: drizzle({ client: pool, schema }),
    location,
    cache,
    async close() {
      if (closed) return;
      closed = true;
      await listener.stop();
      await pool.end();
    },
  };
}

async function migrateUnderLock(pool: pg.Pool, location: string): Promise<void> {
  const client = await pool.connect().catch((error: unknown) => {
    throw new DomainError(
      'storage_unavailable',
      `无法连接数据库服务器 ${location}：${messageOf(error)}。请确认服务器正在运行，且连接地址（DATABASE_URL）、用户名和密码正确。`,
      { location, cause: error },
    );
  });
  let failed = true;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
    await migrate(drizzle({ client, schema }), { migrationsFolder });
    await client.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]);
    failed = false;
  } catch (error) {
    throw new DomainError(
      'storage_unavailable',
      `数据库服务器 ${location} 上的数据库结构升级失败：${messageOf(error)}。请联系管理员检查数据库。`,
      { location, cause: error },
    );
  } finally {
    // After a failure the connection is destroyed rather than reused, which also drops the lock.
    client.release(failed);
  }
}

/** The URL for messages and logs: the password replaced by "***". */
export function redactPassword(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'PostgreSQL（连接地址无法解析）';
  }
}
