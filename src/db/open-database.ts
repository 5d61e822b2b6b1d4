/**
 * Opening the database: embedded PGlite in a data folder (default), in memory (tests), or a PostgreSQL
 * server.
 */
import type { Database, DatabaseOptions } from './database';
import { openPglite } from './pglite-driver';
import { openPostgres } from './postgres-driver';

/** The data folder used when the caller names none. */
export const defaultDataDir = './data';

/**
 * Opens and migrates the database.
 * - `dataDir`: creates the folder (and its parents) if needed, locks it for this process, keeps PGlite's
 *   files in its `pglite` subfolder;
 * - `databaseUrl`: connects a pool to the server; migrations run under an advisory lock;
 * - `memory`: a fresh PGlite in memory.
 * @throws DomainError('storage_locked') when another process (or an earlier open here) holds the folder
 * @throws DomainError('storage_unavailable') when the folder or the server cannot be used
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if ('databaseUrl' in options) return openPostgres(options.databaseUrl);
  if ('dataDir' in options) return openPglite(options.dataDir);
  return openPglite(null);
}
