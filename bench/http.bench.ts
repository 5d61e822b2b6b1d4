/**
 * HTTP benchmark of the resource API: GET /api/projects/:id (the whole target table of a project: indicators,
 * spending plan, stored findings) of 100 projects in turn for a logged-in finance reviewer, against GET
 * /api/health without a session (the framework's ceiling) and with the same session (the ceiling once a session
 * is known), on PGlite and on PostgreSQL (when it answers). The data is a county — 100 units × 10 projects × 15
 * indicators — imported through the real import (read, review, store with findings).
 * The project pages are measured three times: served again from the read cache (pages opened again while
 * nothing changed); while the database changes `--changes` times a second (each change empties the cache);
 * and with the cache off (what every page costs right after a change: the session and the table read).
 * Prints requests/s and latency p50/p90/p99 of each, and the ratios; asserts nothing.
 *   node bin/run-ts.js bench/http.bench.ts [--units 100] [--connections 50] [--seconds 10] [--changes 10] [--driver pglite|postgres|both]
 * Goals: p99 < 25 ms, and ≥ 50 % of the trivial endpoint's throughput.
 * The load comes from an autocannon worker thread, so that the client does not share the server's event loop.
 */
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { commandLineCaller } from '../src/app/audit/caller';
import type { Deps } from '../src/app/deps';
import { createUser } from '../src/app/users/create-user';
import { registerDivision } from '../src/app/users/directory';
import { openDatabase, type DatabaseOptions } from '../src/db';
import { buildServer, listenServer, readServerConfig } from '../src/server';
import { generateUnitYears } from './generate';
import { importCounty, runOnDrivers } from './support';

const { values: args } = parseArgs({
  options: {
    units: { type: 'string', default: '100' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
    changes: { type: 'string', default: '10' },
    driver: { type: 'string', default: 'both' },
  },
});
const connections = Number(args.connections);
const seconds = Number(args.seconds);
const password = 'Bench-password-2021';

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  non2xx: number;
}

/** Loads `paths` of `url` (each connection requests them in turn, from the first) and gives the figures. */
async function load(url: string, headers: Record<string, string>, paths: string[]): Promise<Figures> {
  const requests = paths.map((path) => ({ method: 'GET' as const, path }));
  const result = await autocannon({ url, connections, duration: seconds, headers, requests, workers: 1 });
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, non2xx: result.non2xx + result.errors };
}

async function logIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench-reviewer', password }) });
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('jixiao_session='));
  if (!response.ok || !cookie) throw new Error(`login failed: ${response.status}`);
  return cookie.split(';')[0] ?? '';
}

/** The projects of ten units in the middle of the county, as the reviewer finds them through the API. */
async function pickProjects(url: string, cookie: string): Promise<{ paths: string[]; indicators: number; findings: number }> {
  const get = async <T>(path: string) => (await (await fetch(`${url}${path}`, { headers: { cookie } })).json()) as T;
  const { total } = await get<{ total: number }>('/api/unit-years?pageSize=10');
  const page = await get<{ items: { id: string }[] }>(`/api/unit-years?pageSize=10&page=${Math.ceil(total / 20)}`);
  const unitYears = await Promise.all(page.items.map(({ id }) => get<{ projects: { id: string }[] }>(`/api/unit-years/${id}`)));
  const paths = unitYears.flatMap(({ projects }) => projects.map(({ id }) => `/api/projects/${id}`));
  const tables = await Promise.all(paths.map((path) => get<{ indicators: unknown[]; findings: unknown[] }>(path)));
  const sum = (count: (table: (typeof tables)[number]) => number) => tables.reduce((total, table) => total + count(table), 0);
  return { paths, indicators: sum((table) => table.indicators.length), findings: sum((table) => table.findings.length) };
}

/**
 * Runs `work` while the database changes `--changes` times a second: the command line registers a new division
 * each time (an audited change through the use case, announced like any other).
 */
async function whileChanging<T>(deps: Deps, work: () => Promise<T>): Promise<T> {
  let added = 0;
  const change = async () => {
    added += 1;
    await registerDivision(deps, { caller: commandLineCaller, division: { code: String(900_000 + added), name: `压测区划${added}` } });
  };
  const timer = setInterval(() => void change(), 1000 / Number(args.changes));
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

const percentOf = (figures: Figures, ceiling: Figures) => `${((figures.requestsPerSecond / ceiling.requestsPerSecond) * 100).toFixed(0)} %`;

function line(name: string, figures: Figures): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
  return `  ${name.padEnd(24)} ${figures.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${ms(figures.p50)}   p90 ${ms(figures.p90)}   p99 ${ms(figures.p99)}${figures.non2xx ? `   (${figures.non2xx} 非 2xx/错误)` : ''}`;
}

async function benchDriver(label: string, storage: DatabaseOptions): Promise<void> {
  const db = await openDatabase(storage);
  const deps: Deps = { db, clock: () => new Date() };
  try {
    const started = performance.now();
    const findings = await importCounty(deps, generateUnitYears({ seed: 2021, units: Number(args.units), projectsPerUnit: 10, indicatorsPerProject: 15 }));
    console.log(`\n${label}: 导入 ${args.units} 个单位（每个 10 个项目 × 15 个指标），审核发现 ${findings} 条，用时 ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await registerDivision(deps, { caller: commandLineCaller, division: { code: '130322', name: '昌黎县' } });
    await createUser(deps, { caller: commandLineCaller, user: { username: 'bench-reviewer', displayName: '财政审核人', role: 'finance_reviewer', divisionCode: '130322', unitCode: null, password } });
    const app = await buildServer(deps, { ...readServerConfig({}), logLevel: 'silent', webDist: null });
    const server = await listenServer(app, { port: 0, host: '127.0.0.1' });
    try {
      const cookie = await logIn(server.url);
      const projects = await pickProjects(server.url, cookie);
      console.log(`  GET /api/projects/:id：${projects.paths.length} 个项目轮流（共 ${projects.indicators} 个指标、${projects.findings} 条审核发现）；${connections} 个连接，各 ${seconds} s`);
      const health = await load(server.url, {}, ['/api/health']);
      const healthWithSession = await load(server.url, { cookie }, ['/api/health']);
      const table = await load(server.url, { cookie }, projects.paths);
      const tableWhileChanging = await whileChanging(deps, () => load(server.url, { cookie }, projects.paths));
      db.cache.setListening(false);
      const tableRead = await load(server.url, { cookie }, projects.paths);
      db.cache.setListening(true);
      console.log(line('GET /api/health', health));
      console.log(line('GET /api/health +session', healthWithSession));
      console.log(line('GET /api/projects/:id', table));
      console.log(line(`  同上，每秒 ${args.changes} 次修改`, tableWhileChanging));
      console.log(line('  同上，不用缓存', tableRead));
      const goal = (name: string, figures: Figures) =>
        `  ${name}：吞吐量为 /api/health 的 ${percentOf(figures, health)}（目标 ≥ 50 %），为带会话的 /api/health 的 ${percentOf(figures, healthWithSession)}；p99 ${figures.p99.toFixed(1)} ms（目标 < 25 ms）`;
      console.log(goal('项目页（缓存）', table));
      console.log(goal(`项目页（每秒 ${args.changes} 次修改）`, tableWhileChanging));
      console.log(goal('项目页（不用缓存）', tableRead));
    } finally {
      await server.stop();
    }
  } finally {
    await db.close();
  }
}

await runOnDrivers(args.driver, benchDriver);
