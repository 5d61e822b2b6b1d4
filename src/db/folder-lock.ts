/**
 * One process owns a data folder. PGlite does not lock its folder, and two writers would corrupt it,
 * so we keep a lock file in the folder: created with O_EXCL (`wx`), holding pid, host and start time.
 * A lock left by a dead process on this host is taken over; a live one is refused with `storage_locked`.
 */
import { randomUUID } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { DomainError } from '../core/errors';

export const lockFileName = 'jixiao.lock';

/** What the lock file says. `token` tells our own lock from another one written by a later owner. */
const lockOwnerSchema = z.object({ pid: z.int(), host: z.string(), startedAt: z.string(), token: z.string() });

export type LockOwner = z.infer<typeof lockOwnerSchema>;

export interface FolderLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** Removes the lock file if it is still ours; safe to call twice. */
  release(): Promise<void>;
}

/**
 * Tokens of the locks this process holds. A lock with our pid but another token was left by an earlier
 * process that had the same pid (common in containers, where the app is often pid 1): it is stale.
 */
const heldHere = new Set<string>();

/** How often a lock file being written (empty for a moment after `wx`) is read again before giving up. */
const unreadableRetries = 5;
const unreadableDelayMs = 20;

/**
 * Locks `folder` (which must exist) for this process.
 * @throws DomainError('storage_locked') naming the folder and the holder when another live process,
 *   or this process through an earlier open, holds it
 */
export async function lockFolder(folder: string): Promise<FolderLock> {
  const path = join(folder, lockFileName);
  const owner: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), token: randomUUID() };
  // A few rounds: each failed round means someone else changed the lock file between our steps.
  for (let round = 0; round < 3; round += 1) {
    if (await tryCreate(path, owner)) {
      heldHere.add(owner.token);
      return heldLock(path, owner);
    }
    const holder = await readHolder(path);
    if (holder === 'gone') continue;
    if (holder === 'unreadable') throw unreadableLockError(folder, path);
    if (!isStale(holder)) throw lockedError(folder, path, holder);
    await takeOverStale(path, holder);
  }
  throw new DomainError('storage_locked', `数据文件夹 ${folder} 的锁文件被反复改动，无法确定由谁使用。请稍后重试。`, { path });
}

async function tryCreate(path: string, owner: LockOwner): Promise<boolean> {
  try {
    await writeFile(path, JSON.stringify(owner), { flag: 'wx' });
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

function heldLock(path: string, owner: LockOwner): FolderLock {
  return {
    path,
    owner,
    async release() {
      heldHere.delete(owner.token);
      const holder = await readHolder(path);
      if (typeof holder === 'object' && holder.token === owner.token) await unlinkIfPresent(path);
    },
  };
}

/** The lock's holder; 'gone' if the file vanished; 'unreadable' if it stays empty or is not ours. */
async function readHolder(path: string): Promise<LockOwner | 'gone' | 'unreadable'> {
  for (let attempt = 0; attempt <= unreadableRetries; attempt += 1) {
    const text = await readIfPresent(path);
    if (text === null) return 'gone';
    const owner = parseOwner(text);
    if (owner) return owner;
    await new Promise((resolve) => setTimeout(resolve, unreadableDelayMs));
  }
  return 'unreadable';
}

function parseOwner(text: string): LockOwner | null {
  try {
    const parsed = lockOwnerSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Stale: written on this host by a process that no longer runs. Another host's lock is never judged. */
export function isStale(holder: LockOwner): boolean {
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return !heldHere.has(holder.token);
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to another user, so it is alive.
    return errorCode(error) === 'ESRCH';
  }
}

/**
 * Moves the stale lock aside, then checks that what moved is the lock judged stale: another process may
 * have taken it over in between, and its live lock is then put back (unless yet another lock already
 * stands). Either way the caller's next round tries to create the lock afresh.
 */
async function takeOverStale(path: string, stale: LockOwner): Promise<void> {
  const aside = `${path}.stale-${process.pid}-${randomUUID()}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  const moved = parseOwner((await readIfPresent(aside)) ?? '');
  if (moved?.token === stale.token) {
    await unlinkIfPresent(aside);
    return;
  }
  if (await tryRestore(aside, path)) return;
  await unlinkIfPresent(aside);
}

/** Puts a live lock we moved by mistake back in place, unless a newer lock already stands there. */
async function tryRestore(aside: string, path: string): Promise<boolean> {
  const text = await readIfPresent(aside);
  if (text === null) return false;
  try {
    await writeFile(path, text, { flag: 'wx' });
    await unlinkIfPresent(aside);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

function lockedError(folder: string, path: string, holder: LockOwner): DomainError {
  const sameProcess = heldHere.has(holder.token);
  const message = sameProcess
    ? `数据文件夹 ${folder} 已被本进程打开（进程号 ${holder.pid}），不能重复打开。请使用已打开的数据库，或先关闭它再打开。`
    : `数据文件夹 ${folder} 正被另一个 Jixiao 进程使用（主机 ${holder.host}，进程号 ${holder.pid}，` +
      `自 ${holder.startedAt} 起）。请先结束该进程（例如正在运行的 jixiao 服务或命令）后重试；` +
      `如能确认该进程已不存在，可删除锁文件 ${path}。`;
  return new DomainError('storage_locked', message, { path, holder });
}

function unreadableLockError(folder: string, path: string): DomainError {
  return new DomainError(
    'storage_locked',
    `数据文件夹 ${folder} 的锁文件 ${path} 内容无法识别，无法确定是否有其他进程正在使用。` +
      `请确认没有 jixiao 服务或命令正在运行后，删除该锁文件再重试。`,
    { path },
  );
}

async function readIfPresent(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

async function unlinkIfPresent(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

function errorCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}
