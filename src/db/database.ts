/**
 * The database as the repositories see it: a drizzle `Orm` over either driver (PGlite or a PostgreSQL
 * server); both run the same migrations.
 */
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { ReadCache } from './read-cache';
import type { schema } from './schema';

/** The drizzle database both drivers give; repositories use only what both support. */
export type Orm = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly orm: Orm;
  /** Where the data lives, for messages: the data folder, ":memory:", or the server URL without password. */
  readonly location: string;
  /** Values read from this database, kept until it announces a change (outside transactions only). */
  readonly cache: ReadCache;
  /** Closes the connections and releases the folder lock. Safe to call twice. */
  close(): Promise<void>;
}

/** A data folder (PGlite), a PostgreSQL server URL, or an in-memory PGlite for tests. */
export type DatabaseOptions = { dataDir: string } | { databaseUrl: string } | { memory: true };
