/**
 * Embedded PostgreSQL (PGlite): in a data folder that this process locks, or in memory for tests.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { DomainError, isDomainError } from '../core/errors';
import type { Database } from './database';
import { messageOf } from './error-message';
import { lockFolder, type FolderLock } from './folder-lock';
import { migrationsFolder } from './migrations-folder';
import { changeChannel, ReadCache } from './read-cache';
import { schema } from './schema';

/** PGlite's own files live in this subfolder, so the data folder can also hold the lock (and later, backups). */
export const pgliteSubfolder = 'pglite';

/**
 * Opens PGlite in `dataDir` (created with its parents if missing, then locked), or in memory when null,
 * and applies the migrations.
 */
export async function openPglite(dataDir: string | null): Promise<Database> {
  if (dataDir === null) return startPglite(':memory:', undefined, null);
  const folder = resolve(dataDir);
  await createFolder(folder);
  const lock = await lockFolder(folder).catch((error: unknown) => {
    if (isDomainError(error)) throw error;
    throw new DomainError(
      'storage_unavailable',
      `无法在数据文件夹 ${folder} 中建立锁文件：${messageOf(error)}。请检查是否有写入权限。`,
      { folder, cause: error },
    );
  });
  try {
    return await startPglite(folder, join(folder, pgliteSubfolder), lock);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function startPglite(location: string, pgliteDir: string | undefined, lock: FolderLock | null): Promise<Database> {
  let client: PGlite | null = null;
  try {
    client = await PGlite.create(pgliteDir);
    const orm = drizzle({ client, schema });
    await migrate(orm, { migrationsFolder });
    const cache = new ReadCache();
    // PGlite calls listeners at commit, before the writing query returns: the cache is never behind.
    await client.listen(changeChannel, () => cache.forget());
    cache.setListening(true);
    return pgliteDatabase({ location, orm, cache }, client, lock);
  } catch (error) {
    await client?.close();
    throw new DomainError(
      'storage_unavailable',
      `无法打开数据文件夹 ${location} 中的数据库：${messageOf(error)}。请确认该文件夹未损坏，且由本版本的 Jixiao 创建。`,
      { location, cause: error },
    );
  }
}

function pgliteDatabase(parts: Pick<Database, 'location' | 'orm' | 'cache'>, client: PGlite, lock: FolderLock | null): Database {
  let closed = false;
  return {
    kind: 'pglite',
    ...parts,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await client.close();
      } finally {
        await lock?.release();
      }
    },
  };
}

async function createFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new DomainError(
      'storage_unavailable',
      `无法创建数据文件夹 ${folder}：${messageOf(error)}。请检查路径是否正确、是否有写入权限。`,
      { folder, cause: error },
    );
  }
}
