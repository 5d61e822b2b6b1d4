/**
 * `jixiao user add` then `jixiao serve` as real processes: the account logs in over HTTP, SIGTERM stops the
 * server with exit code 0 and releases the data folder.
 */
import { spawn, execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createScratchDatabase, testDatabaseKind } from '../../db/testing';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const bin = join(root, 'bin/jixiao.js');
let folder: string;
let env: NodeJS.ProcessEnv;
let drop: (() => Promise<void>) | null = null;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'jixiao-serve-'));
  env = { ...process.env, JIXIAO_DATA_DIR: join(folder, 'data'), DATABASE_URL: '', JIXIAO_LOG_LEVEL: 'warn' };
  if (testDatabaseKind() === 'postgres') {
    const scratch = await createScratchDatabase();
    env.DATABASE_URL = scratch.url;
    drop = scratch.drop;
  }
});
afterEach(async () => {
  await drop?.();
  drop = null;
  await rm(folder, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function addUser(password: string): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, 'user', 'add', '--role', 'admin', '--username', 'root', '--name', '管理员', '--password-stdin'], { env, cwd: folder }, (error, stdout) =>
      resolve({ code: error ? Number(error.code) : 0, stdout }),
    );
    child.stdin?.end(`${password}\n`);
  });
}

it('user add, then serve: health answers, the account logs in, SIGTERM exits 0 and releases the lock', async () => {
  expect(await addUser('Admin-secret-9')).toMatchObject({ code: 0, stdout: expect.stringContaining('已创建账号 root') });
  const port = await freePort();
  const child = spawn(process.execPath, [bin, 'serve', '--port', String(port), '--host', '127.0.0.1'], { env, cwd: folder });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 150 && !output.includes('已启动'); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  try {
    expect(await (await fetch(`${url}/api/health`)).json()).toMatchObject({ status: 'ok', database: testDatabaseKind() });
    const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'root', password: 'Admin-secret-9' }) });
    expect(login.status).toBe(200);
    expect(await login.json()).toMatchObject({ user: { username: 'root', role: 'admin' } });
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  expect(output).toContain('Jixiao 已停止');
  expect(existsSync(join(folder, 'data', 'jixiao.lock'))).toBe(false);
});

it('refuses a weak password from stdin with exit code 8', async () => {
  expect((await addUser('short')).code).toBe(8);
});
