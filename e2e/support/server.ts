/**
 * A real Jixiao server for browser tests: `node bin/jixiao.js serve --port 0` in a fresh data folder (its own
 * embedded database), serving the built web app. Stopped with SIGTERM (graceful), its folder removed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

const startedLine = /Jixiao 已启动：(http:\/\/\S+?)（/;

function waitForUrl(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`服务器 60 秒内没有启动。输出：\n${output()}`)), 60_000);
    child.stdout?.on('data', () => {
      const match = startedLine.exec(output());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`服务器退出了（退出码 ${code}）。输出：\n${output()}`));
    });
  });
}

/** Starts a server on a free port of 127.0.0.1 with an empty data folder (first run: no account yet). */
export async function startServer(): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'jixiao-e2e-'));
  const env = { ...process.env, JIXIAO_DATA_DIR: dataDir, JIXIAO_LOG_LEVEL: 'warn', DATABASE_URL: '', JIXIAO_WEB_DIST: join(repoRoot, 'web/dist') };
  const child = spawn(process.execPath, ['bin/jixiao.js', 'serve', '--port', '0', '--host', '127.0.0.1'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = (await waitForUrl(child, () => output)).replace('localhost', '127.0.0.1');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
