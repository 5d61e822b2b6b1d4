/** Logging in and out, sessions, CSRF, rate limits and lock-out, over HTTP on a real database. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db';
import { openTestDatabase } from '../../db/testing';
import { client, startTestServer, testConfig, testPassword, type TestServer } from '../testing';

let db: Database;
let server: TestServer;
let now: Date;

beforeEach(async () => {
  db = await openTestDatabase();
  now = new Date('2021-03-01T08:00:00Z');
  server = await startTestServer(db, { clock: () => now });
});
afterEach(async () => {
  await server.close();
  await db.close();
});

const login = (body: unknown, headers: Record<string, string> = {}) =>
  server.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body) });

describe('login', () => {
  it('sets an HttpOnly SameSite=Lax cookie and returns the user and a CSRF token', async () => {
    const { username } = await server.createAccount('unit_editor');
    const response = await login({ username: username.toUpperCase(), password: testPassword });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'jixiao_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(response.json()).toMatchObject({ user: { username, role: 'unit_editor', unit: { code: '203001' } }, csrfToken: expect.any(String) });
  });

  it('marks the cookie Secure when a trusted proxy says the request came over HTTPS', async () => {
    const proxied = await startTestServer(await openTestDatabase(), { config: testConfig({ trustProxy: true }) });
    try {
      const { username } = await proxied.createAccount('admin');
      const response = await proxied.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        payload: JSON.stringify({ username, password: testPassword }),
      });
      expect(response.cookies.find((c) => c.name === 'jixiao_session')?.secure).toBe(true);
    } finally {
      await proxied.close();
      await proxied.deps.db.close();
    }
  });

  it('gives one message for a wrong password and an unknown username, and audits both', async () => {
    const { username } = await server.createAccount('unit_editor');
    const wrong = await login({ username, password: 'not-the-password-1' });
    const unknown = await login({ username: 'nobody-here', password: 'not-the-password-1' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({ code: 'unauthenticated', message: '用户名或密码不正确。' });
    expect(unknown.json().error.message).toBe(wrong.json().error.message);
    const admin = await server.userOf('admin');
    const events = (await admin.get('/api/audit?action=auth.login_failed')).json();
    expect(events.items.map((e: { after: { username: string } }) => e.after.username).sort()).toEqual([username, 'nobody-here'].sort());
  });

  it('refuses a body without a password with the field path', async () => {
    const response = await login({ username: 'someone' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed', fields: [{ path: 'password' }] });
  });

  it('accepts only JSON, and nothing from another site (login CSRF)', async () => {
    const { username } = await server.createAccount('admin');
    const form = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `username=${username}&password=${testPassword}`,
    });
    expect(form.statusCode).toBe(403);
    expect(form.json().error.code).toBe('csrf_failed');
    const crossSite = await login({ username, password: testPassword }, { origin: 'https://evil.example' });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().error.code).toBe('csrf_failed');
    expect((await login({ username, password: testPassword }, { origin: 'http://localhost:80' })).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('gives a new session id on every login; the cookie held before no longer works (no fixation)', async () => {
    const { username } = await server.createAccount('admin');
    const first = await server.logIn(username);
    const second = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', cookie: first.cookie ?? '' },
      payload: JSON.stringify({ username, password: testPassword }),
    });
    const newCookie = second.cookies.find((c) => c.name === 'jixiao_session');
    expect(`jixiao_session=${newCookie?.value}`).not.toBe(first.cookie);
    expect((await first.get('/api/users')).statusCode).toBe(401);
    const renewed = client(server.app, { userId: first.userId, username, cookie: `jixiao_session=${newCookie?.value}`, csrfToken: second.json().csrfToken });
    expect((await renewed.get('/api/users')).statusCode).toBe(200);
  });

  it('logout ends the session: its cookie opens nothing afterwards', async () => {
    const admin = await server.userOf('admin');
    expect((await admin.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await admin.get('/api/users')).statusCode).toBe(401);
    expect((await admin.get('/api/auth/session')).json()).toEqual({ user: null });
  });

  it('refuses a session idle for longer than the limit, and one past its absolute expiry', async () => {
    const admin = await server.userOf('admin');
    now = new Date(now.getTime() + 29 * 60_000);
    expect((await admin.get('/api/users')).statusCode).toBe(200);
    now = new Date(now.getTime() + 31 * 60_000);
    const idle = await admin.get('/api/users');
    expect(idle.statusCode).toBe(401);
    expect(idle.json().error.message).toContain('过期');

    const busy = await server.userOf('admin');
    // 28 × 25 minutes = 11 h 40 min: active all along, then past the 12-hour limit.
    for (let step = 0; step < 28; step += 1) {
      now = new Date(now.getTime() + 25 * 60_000);
      expect((await busy.get('/api/users')).statusCode).toBe(200);
    }
    now = new Date(now.getTime() + 25 * 60_000);
    expect((await busy.get('/api/users')).statusCode).toBe(401);
  });

  it('GET /api/auth/session returns the CSRF token of the session', async () => {
    const editor = await server.userOf('unit_editor');
    expect((await editor.get('/api/auth/session')).json()).toMatchObject({ csrfToken: editor.csrfToken, user: { id: editor.userId } });
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request without the token, or with a wrong one', async () => {
    const admin = await server.userOf('admin');
    const body = { code: '999001', name: '测试单位' };
    const missing = await admin.request('POST', '/api/directory/units', body, { 'x-csrf-token': '' });
    const wrong = await admin.request('POST', '/api/directory/units', body, { 'x-csrf-token': 'x'.repeat(43) });
    for (const response of [missing, wrong]) {
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('csrf_failed');
    }
    expect((await admin.post('/api/directory/units', body)).statusCode).toBe(201);
  });

  it('refuses logout without the token (another site cannot log a user out)', async () => {
    const admin = await server.userOf('admin');
    expect((await admin.request('POST', '/api/auth/logout', undefined, { 'x-csrf-token': 'nope' })).statusCode).toBe(403);
    expect((await admin.get('/api/users')).statusCode).toBe(200);
  });
});

describe('rate limits and lock-out (counted in the database)', () => {
  it('locks a username after 5 failures, whether or not it exists, with one message; an admin reset unlocks', async () => {
    const { id, username } = await server.createAccount('unit_editor');
    for (const name of [username, 'no-such-user']) {
      for (let attempt = 1; attempt <= 5; attempt += 1) expect((await login({ username: name, password: 'Wrong-password-1' })).statusCode).toBe(401);
    }
    const locked = await login({ username, password: testPassword });
    const lockedUnknown = await login({ username: 'no-such-user', password: testPassword });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('account_locked');
    expect(lockedUnknown.json().error).toEqual({ ...locked.json().error, requestId: lockedUnknown.json().error.requestId });
    expect(locked.headers['retry-after']).toBeDefined();

    now = new Date(now.getTime() + 16 * 60_000);
    expect((await login({ username, password: testPassword })).statusCode).toBe(200);

    for (let attempt = 1; attempt <= 5; attempt += 1) await login({ username, password: 'Wrong-password-1' });
    const admin = await server.userOf('admin');
    expect((await admin.post(`/api/users/${id}/password`, { password: 'Another-password-7' })).statusCode).toBe(200);
    expect((await login({ username, password: 'Another-password-7' })).statusCode).toBe(200);
  });

  it('limits attempts per IP address', async () => {
    const limited = await startTestServer(await openTestDatabase(), { config: testConfig({ auth: { ...testConfig().auth, loginAttemptsPerIp: 3 } }) });
    try {
      const statuses = [];
      for (let attempt = 0; attempt < 4; attempt += 1) {
        const response = await limited.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username: `user${attempt}`, password: 'whatever-123' }) });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
      await limited.deps.db.close();
    }
  });
});

describe("changing one's own password", () => {
  it('needs the current password, refuses a weak one, and ends the other sessions', async () => {
    const { username } = await server.createAccount('unit_leader');
    const here = await server.logIn(username);
    const elsewhere = await server.logIn(username);
    const wrongCurrent = await here.post('/api/auth/password', { currentPassword: 'nope', newPassword: 'Brand-new-pass-9' });
    expect(wrongCurrent.json().error).toMatchObject({ code: 'validation_failed', fields: [{ path: 'currentPassword' }] });
    const weak = await here.post('/api/auth/password', { currentPassword: testPassword, newPassword: 'short' });
    expect(weak.json().error).toMatchObject({ code: 'validation_failed', fields: [{ path: 'newPassword', message: expect.stringContaining('至少需要 10 个字符') }] });
    expect((await here.post('/api/auth/password', { currentPassword: testPassword, newPassword: 'Brand-new-pass-9' })).statusCode).toBe(200);
    expect((await here.get('/api/auth/session')).json().user).not.toBeNull();
    expect((await elsewhere.get('/api/auth/session')).json()).toEqual({ user: null });
    expect((await server.logIn(username, 'Brand-new-pass-9')).userId).toBe(here.userId);
  });
});
