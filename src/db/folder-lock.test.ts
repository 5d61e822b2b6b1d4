import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../core/errors';
import { lockFileName, lockFolder, type LockOwner } from './folder-lock';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'jixiao-lock-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const lockPath = () => join(folder, lockFileName);

async function writeLock(owner: Partial<LockOwner>): Promise<void> {
  const lock: LockOwner = { pid: 1, host: hostname(), startedAt: '2021-01-01T00:00:00.000Z', token: 'other', ...owner };
  await writeFile(lockPath(), JSON.stringify(lock));
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  expect(error.code).toBe('storage_locked');
  return error;
}

/** The pid of a process that has run and exited. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  if (pid === undefined) throw new Error('could not start a process');
  return pid;
}

describe('lockFolder', () => {
  it('writes pid, host and start time, and removes the file on release (twice is harmless)', async () => {
    const lock = await lockFolder(folder);
    const written: unknown = JSON.parse(await readFile(lockPath(), 'utf8'));
    expect(written).toMatchObject({ pid: process.pid, host: hostname(), token: lock.owner.token });
    await lock.release();
    await lock.release();
    await expect(readFile(lockPath(), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('refuses a second lock by this process, naming the folder and the pid', async () => {
    const lock = await lockFolder(folder);
    const error = await refusal(lockFolder(folder));
    expect(error.message).toContain(folder);
    expect(error.message).toContain(String(process.pid));
    expect(error.message).toContain('本进程');
    await lock.release();
    await (await lockFolder(folder)).release();
  });

  it('refuses a lock held by another live process on this host, and says what to do', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      await writeLock({ pid: child.pid });
      const error = await refusal(lockFolder(folder));
      expect(error.message).toContain(`进程号 ${child.pid}`);
      expect(error.message).toContain('请先结束该进程');
      expect(error.message).toContain(lockPath());
    } finally {
      child.kill();
    }
  });

  it('takes over the lock of a dead process on this host', async () => {
    await writeLock({ pid: deadPid() });
    const lock = await lockFolder(folder);
    expect(JSON.parse(await readFile(lockPath(), 'utf8'))).toMatchObject({ pid: process.pid, token: lock.owner.token });
    await lock.release();
  });

  it('takes over a lock with this process id left by an earlier process (a restarted container)', async () => {
    await writeLock({ pid: process.pid, token: 'earlier incarnation' });
    const lock = await lockFolder(folder);
    expect(JSON.parse(await readFile(lockPath(), 'utf8'))).toMatchObject({ pid: process.pid, token: lock.owner.token });
    await lock.release();
  });

  it('never judges a lock written on another host, whose processes it cannot see', async () => {
    await writeLock({ pid: deadPid(), host: 'another-host' });
    const error = await refusal(lockFolder(folder));
    expect(error.message).toContain('主机 another-host');
  });

  it('refuses a lock file it cannot read, rather than guessing', async () => {
    await writeFile(lockPath(), 'not json');
    const error = await refusal(lockFolder(folder));
    expect(error.message).toContain('无法识别');
  });

  it('releases only its own lock: a lock taken over meanwhile stays', async () => {
    const lock = await lockFolder(folder);
    await writeLock({ pid: deadPid(), token: 'newer owner' });
    await lock.release();
    expect(JSON.parse(await readFile(lockPath(), 'utf8'))).toMatchObject({ token: 'newer owner' });
  });
});
