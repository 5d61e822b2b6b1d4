/**
 * Tests run on the embedded database (PGlite) always, and the database-backed ones again on a PostgreSQL
 * server when one answers at JIXIAO_TEST_DATABASE_URL (default: 127.0.0.1:5432, database test). On CI
 * (CI=true) the server is required: its absence fails the run instead of silently skipping.
 */
import { createConnection } from 'node:net';
import { defineConfig } from 'vitest/config';

const postgresUrl = process.env.JIXIAO_TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const databaseBackedTests = ['src/db/**/*.test.ts', 'src/app/**/*.test.ts', 'src/server/**/*.test.ts', 'src/cli/**/*.test.ts'];

function answers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 5432) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1500, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function postgresProject() {
  if (process.env.JIXIAO_TEST_POSTGRES === '0') return [];
  if (!(await answers(postgresUrl))) {
    if (process.env.CI) throw new Error(`CI 需要 PostgreSQL 服务器（${postgresUrl}），但连接不上。`);
    console.warn(`\n⚠ PostgreSQL (${postgresUrl}) 连接不上：本次只在内嵌数据库 PGlite 上测试。\n`);
    return [];
  }
  return [
    {
      extends: true as const,
      test: { name: 'postgres', include: databaseBackedTests, env: { JIXIAO_TEST_DB: 'postgres', JIXIAO_TEST_DATABASE_URL: postgresUrl } },
    },
  ];
}

export default defineConfig(async () => ({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true as const, test: { name: 'pglite', include: ['src/**/*.test.ts', 'bench/**/*.test.ts'], env: { JIXIAO_TEST_DB: 'pglite' } } },
      // Browser tests (e2e/): Debian's Chromium against a real `jixiao serve`; the web app is built first. One file
      // at a time: each starts a server and a browser, and the machine has two cores. The web app's own unit
      // tests (web/src, pure helpers) run here too: they belong to the web app, not to a database project. The
      // project runs after the others (groupOrder 1), so that a browser and a server do not share two cores with
      // the database suites.
      {
        extends: true as const,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts', 'web/src/**/*.test.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      ...(await postgresProject()),
    ],
  },
}));
