import { spawn } from 'node:child_process';
import { access, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../core/errors';
import type { Database } from './database';
import { lockFileName } from './folder-lock';
import { loadUnitYear } from './load-unit-year';
import { migrationsFolder } from './migrations-folder';
import { openDatabase } from './open-database';
import { storeUnitYear } from './store-unit-year';
import { createScratchDatabase, testDatabaseKind } from './testing';
import { buildImportRecord, buildVariedUnitYear } from './testing-data';

const openDatabaseModule = fileURLToPath(new URL('./open-database.ts', import.meta.url));

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'jixiao-db-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>, code: DomainError['code']): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  expect(error.code).toBe(code);
  return error;
}

async function appliedMigrations(db: Database): Promise<number> {
  const [row] = await db.orm
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(sql`drizzle.__drizzle_migrations`);
  return row?.count ?? 0;
}

async function journalEntries(): Promise<number> {
  return (await readdir(migrationsFolder)).filter((name) => name.endsWith('.sql')).length;
}

/**
 * Runs another Node process that opens `folder`: it prints one JSON line, {"opened":true} or the
 * error's code and message; with `hold` it stays open until killed.
 */
function openInChild(folder: string, hold: boolean) {
  const script = `
    const { openDatabase } = await import(${JSON.stringify(`file://${openDatabaseModule}`)});
    try {
      const db = await openDatabase({ dataDir: process.argv[1] });
      console.log(JSON.stringify({ opened: true }));
      if (process.argv[2] === 'hold') await new Promise(() => setInterval(() => {}, 1000));
      await db.close();
    } catch (error) {
      console.log(JSON.stringify({ code: error.code, message: error.message }));
    }`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, '--', folder, hold ? 'hold' : 'once']);
  const firstLine = new Promise<{ opened?: boolean; code?: string; message?: string }>((resolve, reject) => {
    let output = '';
    let errors = '';
    child.stdout.on('data', (data: Buffer) => {
      output += data.toString();
      const line = output.split('\n')[0];
      if (output.includes('\n') && line) resolve(JSON.parse(line));
    });
    child.stderr.on('data', (data: Buffer) => (errors += data.toString()));
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before answering: ${errors}`)));
  });
  return { child, firstLine };
}

// These tests are about PGlite's data folder; the PostgreSQL test project runs the server tests below.
describe.skipIf(testDatabaseKind() === 'postgres')('a PGlite data folder', () => {
  it('is created with its parents, locked while open, released on close', async () => {
    const folder = join(root, 'a', 'b', 'data');
    const db = await openDatabase({ dataDir: folder });
    expect(db).toMatchObject({ kind: 'pglite', location: folder });
    await access(join(folder, lockFileName));
    await access(join(folder, 'pglite', 'PG_VERSION'));
    await db.close();
    await db.close();
    await expect(access(join(folder, lockFileName))).rejects.toThrow(/ENOENT/);
  });

  it('refuses a second open in this process, and opens again after close with data and migrations intact', async () => {
    const folder = join(root, 'data');
    const first = await openDatabase({ dataDir: folder });
    const unitYear = buildVariedUnitYear();
    await storeUnitYear(first, unitYear, { replace: false, importRecord: buildImportRecord() });
    const error = await refusal(openDatabase({ dataDir: folder }), 'storage_locked');
    expect(error.message).toContain(folder);
    expect(error.message).toContain(String(process.pid));
    await first.close();

    const again = await openDatabase({ dataDir: folder });
    try {
      expect(await appliedMigrations(again)).toBe(await journalEntries());
      expect(await loadUnitYear(again, unitYear.unit.code, unitYear.year)).toStrictEqual(unitYear);
    } finally {
      await again.close();
    }
  });

  it('refuses another process while this one holds the folder', async () => {
    const folder = join(root, 'data');
    const db = await openDatabase({ dataDir: folder });
    try {
      const answer = await openInChild(folder, false).firstLine;
      expect(answer.code).toBe('storage_locked');
      expect(answer.message).toContain(folder);
      expect(answer.message).toContain(`进程号 ${process.pid}`);
    } finally {
      await db.close();
    }
  });

  it('takes over the lock of a process that was killed while holding the folder', async () => {
    const folder = join(root, 'data');
    const { child, firstLine } = openInChild(folder, true);
    expect(await firstLine).toStrictEqual({ opened: true });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const db = await openDatabase({ dataDir: folder });
    try {
      expect(await appliedMigrations(db)).toBe(await journalEntries());
    } finally {
      await db.close();
    }
  });

  it('says so when the folder cannot be created', async () => {
    await writeFile(join(root, 'a-file'), '');
    const folder = join(root, 'a-file', 'data');
    const error = await refusal(openDatabase({ dataDir: folder }), 'storage_unavailable');
    expect(error.message).toContain(folder);
  });
});

describe('a PostgreSQL server', () => {
  it('that does not answer is storage_unavailable, named without its password', async () => {
    const error = await refusal(openDatabase({ databaseUrl: 'postgresql://jixiao:secret@127.0.0.1:1/none' }), 'storage_unavailable');
    expect(error.message).toContain('127.0.0.1:1');
    expect(error.message).not.toContain('secret');
  });

  it.runIf(testDatabaseKind() === 'postgres')('is migrated once when two processes open a fresh database together', async () => {
    const scratch = await createScratchDatabase();
    try {
      const opened = await Promise.all([0, 1, 2].map(() => openDatabase({ databaseUrl: scratch.url })));
      const [first] = opened;
      if (first) expect(await appliedMigrations(first)).toBe(await journalEntries());
      await Promise.all(opened.map((db) => db.close()));
    } finally {
      await scratch.drop();
    }
  });
});
