/**
 * What use cases depend on, passed in explicitly: the database and a clock. Doors (CLI, server) build it once
 * with {@link openDeps} and close it when they stop.
 */
import { resolve } from 'node:path';
import { openDatabase, type Database, type DatabaseOptions } from '../db';

export interface Deps {
  db: Database;
  clock: () => Date;
}

export interface StorageChoice {
  /** `--data <dir>`: the embedded database folder. */
  dataDir?: string;
  /** The environment (JIXIAO_DATA_DIR, DATABASE_URL). */
  env?: Record<string, string | undefined>;
}

/**
 * Where the data lives: DATABASE_URL selects a PostgreSQL server; otherwise the embedded database in
 * `--data`, else JIXIAO_DATA_DIR, else ./data.
 */
export function resolveStorage({ dataDir, env = {} }: StorageChoice): DatabaseOptions {
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl && !dataDir) return { databaseUrl };
  return { dataDir: resolve(dataDir ?? env.JIXIAO_DATA_DIR ?? 'data') };
}

export async function openDeps(storage: DatabaseOptions, clock: () => Date = () => new Date()): Promise<Deps> {
  return { db: await openDatabase(storage), clock };
}

export async function closeDeps(deps: Deps): Promise<void> {
  await deps.db.close();
}
