/**
 * Test helpers for server routes (used by tests only; the next phases reuse them): a server on a test
 * database, accounts of every role, logging in, and requests as a role with cookie and CSRF token.
 *
 *   const db = await openTestDatabase();               // from src/db/testing (test files may import it)
 *   const server = await startTestServer(db);
 *   const leader = await server.userOf('unit_leader');   // logged in, in unit A
 *   const response = await leader.get('/api/audit');
 */
import type { Deps } from '../app/deps';
import { commandLineCaller } from '../app/audit/caller';
import { createUser } from '../app/users/create-user';
import { registerDivision, registerUnit } from '../app/users/directory';
import type { AccountRole, Role } from '../core/access/roles';
import type { LightMyRequestResponse } from 'fastify';
import { buildServer } from './build-server';
import { readServerConfig, type ServerConfig } from './config';
import type { App } from './platform/app';

export const testPassword = 'Correct-Horse-42';

/** Two units in two divisions, so that scope rules have something to refuse. */
export const testDirectory = {
  divisions: [
    { code: '130322', name: '昌黎县' },
    { code: '130324', name: '抚宁区' },
  ],
  units: [
    { code: '203001', name: '中国共产党昌黎县委员会组织部本级', divisionCode: '130322' },
    { code: '301001', name: '抚宁区财政局本级', divisionCode: '130324' },
  ],
} as const;

export type UnitKey = 'A' | 'B';

export interface TestClient {
  /** The account's id; null for the public. */
  userId: string | null;
  username: string | null;
  cookie: string | null;
  csrfToken: string | null;
  request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export interface TestServer {
  app: App;
  deps: Deps;
  config: ServerConfig;
  /** Creates an account (unit A or B for unit roles, A's or B's division for finance reviewers). */
  createAccount(role: AccountRole, options?: { unit?: UnitKey; username?: string; password?: string }): Promise<{ id: string; username: string }>;
  /** Logs in over HTTP and returns a client carrying the cookie and CSRF token. */
  logIn(username: string, password?: string): Promise<TestClient>;
  /** A logged-in client of a new account of `role` (unit A / division of A by default); the public when role is public. */
  userOf(role: Role, options?: { unit?: UnitKey }): Promise<TestClient>;
  /** A client without a session. */
  anonymous(): TestClient;
  close(): Promise<void>;
}

/** Settings for tests: silent logs, generous rate limits unless a test narrows them. */
export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return { ...readServerConfig({}), logLevel: 'silent', webDist: null, ...overrides };
}

/**
 * A server on `db` (a fresh test database) with the test directory registered. Closing it closes the app,
 * not the database: the test owns that.
 */
export async function startTestServer(
  db: Deps['db'],
  options: { config?: ServerConfig; clock?: () => Date; /** false for a second server on a database already set up. */ registerDirectory?: boolean } = {},
): Promise<TestServer> {
  const deps: Deps = { db, clock: options.clock ?? (() => new Date()) };
  const config = options.config ?? testConfig();
  if (options.registerDirectory !== false) {
    for (const division of testDirectory.divisions) await registerDivision(deps, { caller: commandLineCaller, division });
    for (const unit of testDirectory.units) await registerUnit(deps, { caller: commandLineCaller, unit });
  }
  const app = await buildServer(deps, config);
  await app.ready();
  let counter = 0;
  const server: TestServer = {
    app,
    deps,
    config,
    async createAccount(role, { unit = 'A', username, password = testPassword } = {}) {
      const index = unit === 'A' ? 0 : 1;
      counter += 1;
      const user = await createUser(deps, {
        caller: commandLineCaller,
        user: {
          username: username ?? `${role.replace('_', '-')}-${unit.toLowerCase()}-${counter}`,
          displayName: `测试${counter}`,
          role,
          unitCode: role === 'unit_editor' || role === 'unit_leader' ? testDirectory.units[index].code : null,
          divisionCode: role === 'finance_reviewer' ? testDirectory.divisions[index].code : null,
          password,
        },
      });
      return { id: user.id, username: user.username };
    },
    async logIn(username, password = testPassword) {
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (response.statusCode !== 200) throw new Error(`login of ${username} failed: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'jixiao_session');
      const body = response.json<{ csrfToken: string; user: { id: string } }>();
      return client(app, { userId: body.user.id, username, cookie: cookie ? `${cookie.name}=${cookie.value}` : null, csrfToken: body.csrfToken });
    },
    async userOf(role, { unit = 'A' } = {}) {
      if (role === 'public') return server.anonymous();
      const account = await server.createAccount(role, { unit });
      return server.logIn(account.username);
    },
    anonymous: () => client(app, { userId: null, username: null, cookie: null, csrfToken: null }),
    close: () => app.close(),
  };
  return server;
}

/** A client for `app` with a session's cookie and CSRF token (both null for the public). */
export function client(app: App, session: Pick<TestClient, 'userId' | 'username' | 'cookie' | 'csrfToken'>): TestClient {
  const request: TestClient['request'] = (method, url, body, headers = {}) =>
    app.inject({
      method,
      url,
      headers: {
        ...(session.cookie ? { cookie: session.cookie } : {}),
        ...(session.csrfToken && method !== 'GET' ? { 'x-csrf-token': session.csrfToken } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
  return { ...session, request, get: (url) => request('GET', url), post: (url, body) => request('POST', url, body), patch: (url, body) => request('PATCH', url, body) };
}

/**
 * One row of the role × route table: a request, and the roles that may make it. Every other role must be
 * refused: the public with 401 `unauthenticated`, accounts with 403 `forbidden`. Records are placed in
 * unit A (division 130322), where the unit and finance clients below belong, so scope never interferes.
 */
export interface AccessRow {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The URL, or a function that prepares a record and returns the URL. */
  url: string | ((server: TestServer) => Promise<string>);
  /** The body, or a function making a fresh one per request (e.g. unique usernames). */
  body?: unknown | ((role: Role) => unknown);
  allowed: readonly Role[];
}

/** A logged-in client of each role (unit roles in unit A, the reviewer in A's division), and the public. */
export async function clientsByRole(server: TestServer): Promise<Record<Role, TestClient>> {
  return {
    public: server.anonymous(),
    unit_editor: await server.userOf('unit_editor'),
    unit_leader: await server.userOf('unit_leader'),
    finance_reviewer: await server.userOf('finance_reviewer'),
    admin: await server.userOf('admin'),
  };
}

/** The status each role gets for `row`, and the status it should get ('allowed' for any status below 400 or a 400/404/409 that is not a refusal). */
export async function accessOutcomes(server: TestServer, clients: Record<Role, TestClient>, row: AccessRow): Promise<Record<Role, { status: number; code: string | null }>> {
  const outcomes = {} as Record<Role, { status: number; code: string | null }>;
  for (const [role, clientOfRole] of Object.entries(clients) as [Role, TestClient][]) {
    const url = typeof row.url === 'string' ? row.url : await row.url(server);
    const body = typeof row.body === 'function' ? (row.body as (role: Role) => unknown)(role) : row.body;
    const response = await clientOfRole.request(row.method, url, body);
    const code = response.statusCode >= 400 ? (response.json<{ error: { code: string } }>().error.code) : null;
    outcomes[role] = { status: response.statusCode, code };
  }
  return outcomes;
}

/** What the table expects of a role: allowed (not refused), or refused with 401/403. */
export function expectedOutcome(row: AccessRow, role: Role): 'allowed' | 'unauthenticated' | 'forbidden' {
  if (row.allowed.includes(role)) return 'allowed';
  return role === 'public' ? 'unauthenticated' : 'forbidden';
}

/**
 * The roles `row` does not treat as the table says, with what each got: an allowed role refused (401/403), or
 * another role not refused with 401 `unauthenticated` (the public) or 403 `forbidden`. Empty when all is as said.
 */
export async function accessMismatches(server: TestServer, clients: Record<Role, TestClient>, row: AccessRow): Promise<{ role: Role; expected: string; status: number; code: string | null }[]> {
  const outcomes = await accessOutcomes(server, clients, row);
  return (Object.entries(outcomes) as [Role, { status: number; code: string | null }][]).flatMap(([role, { status, code }]) => {
    const expected = expectedOutcome(row, role);
    const refused = status === 401 || status === 403;
    const asSaid = expected === 'allowed' ? !refused : status === (expected === 'unauthenticated' ? 401 : 403) && code === expected;
    return asSaid ? [] : [{ role, expected, status, code }];
  });
}
