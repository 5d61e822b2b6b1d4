/**
 * A fresh, migrated database for one test file, on the driver the environment asks for:
 * JIXIAO_TEST_DB=pglite (default) gives an in-memory PGlite; JIXIAO_TEST_DB=postgres creates a new
 * database jixiao_test_<random> on the server at JIXIAO_TEST_DATABASE_URL and drops it on close.
 * Used by tests only.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from './database';
import { openDatabase } from './open-database';

export const defaultTestServerUrl = 'postgresql://postgres@127.0.0.1:5432/test';

export type TestDatabaseKind = Database['kind'];

/** The driver tests run on, from JIXIAO_TEST_DB. */
export function testDatabaseKind(): TestDatabaseKind {
  const kind = process.env.JIXIAO_TEST_DB ?? 'pglite';
  if (kind === 'pglite' || kind === 'postgres') return kind;
  throw new Error(`JIXIAO_TEST_DB must be "pglite" or "postgres", not "${kind}"`);
}

/** The server tests use when they run on PostgreSQL. */
export function testServerUrl(): string {
  return process.env.JIXIAO_TEST_DATABASE_URL ?? defaultTestServerUrl;
}

/** Opens a fresh database of `kind` (default: from the environment); close() also drops a server database. */
export async function openTestDatabase(kind: TestDatabaseKind = testDatabaseKind()): Promise<Database> {
  if (kind === 'pglite') return openDatabase({ memory: true });
  return openServerTestDatabase(testServerUrl());
}

async function openServerTestDatabase(serverUrl: string): Promise<Database> {
  const scratch = await createScratchDatabase(serverUrl);
  let database: Database;
  try {
    database = await openDatabase({ databaseUrl: scratch.url });
  } catch (error) {
    await scratch.drop();
    throw error;
  }
  return {
    ...database,
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}

/** An empty database jixiao_test_<random> on the server (not migrated), and how to drop it. */
export async function createScratchDatabase(serverUrl: string = testServerUrl()): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `jixiao_test_${randomBytes(6).toString('hex')}`;
  await administer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => administer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Runs one statement on the server's own database (CREATE/DROP DATABASE cannot run inside another). */
async function administer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Whether the test server answers, for tests that compare drivers and skip visibly when it does not. */
export async function isTestServerReachable(serverUrl: string = testServerUrl()): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Waits until `check` holds, or throws after `withinMs`: a change committed on one PostgreSQL connection reaches
 * another process's read cache a moment after the commit.
 */
export async function eventually(check: () => boolean | Promise<boolean>, withinMs = 5_000): Promise<void> {
  const until = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
