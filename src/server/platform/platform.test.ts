/** Setup, accounts, the audit trail and its scope, errors, docs and the web app, over HTTP on a real database. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db';
import { auditEvents, users } from '../../db/schema';
import { openTestDatabase } from '../../db/testing';
import { buildServer } from '../build-server';
import { startTestServer, testConfig, testPassword, type TestServer } from '../testing';

let db: Database;
let server: TestServer;

beforeEach(async () => {
  db = await openTestDatabase();
  server = await startTestServer(db);
});
afterEach(async () => {
  await server.close();
  await db.close();
});

const json = (body: unknown) => ({ headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });

describe('first-run setup', () => {
  it('creates the first administrator once, even when two setups race, and loads the demonstration data', async () => {
    expect((await server.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needsSetup: true, databaseEmpty: true });
    const body = (username: string) => json({ username, displayName: '管理员', password: testPassword, loadDemoData: true });
    const [first, second] = await Promise.all([
      server.app.inject({ method: 'POST', url: '/api/setup', ...body('admin-one') }),
      server.app.inject({ method: 'POST', url: '/api/setup', ...body('admin-two') }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    expect((await server.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needsSetup: false, databaseEmpty: false });
    const winner = first.statusCode === 200 ? 'admin-one' : 'admin-two';
    const admin = await server.logIn(winner);
    const actions = (await admin.get('/api/audit?pageSize=100')).json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['setup.complete', 'user.create', 'demo.load', 'auth.login']));
  });

  it('refuses a weak password with the field path', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/api/setup', ...json({ username: 'admin', displayName: '管理员', password: 'password' }) });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed', fields: [{ path: 'password' }] });
  });
});

describe('accounts', () => {
  it('creates, updates under a version, refuses a stale version (409), and audits each change', async () => {
    const admin = await server.userOf('admin');
    const created = await admin.post('/api/users', { username: 'Li.Hua', displayName: '李华', role: 'finance_reviewer', divisionCode: '130322', password: 'Fresh-password-1' });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({ username: 'li.hua', role: 'finance_reviewer', division: { code: '130322', name: '昌黎县' }, unit: null, version: 1 });
    const moved = await admin.patch(`/api/users/${user.id}`, { expectedVersion: 1, role: 'unit_leader', unitCode: '301001' });
    expect(moved.json()).toMatchObject({ role: 'unit_leader', unit: { code: '301001' }, division: null, version: 2 });
    const stale = await admin.patch(`/api/users/${user.id}`, { expectedVersion: 1, displayName: '李华华' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict', details: { currentVersion: 2 } });
    const events = (await admin.get(`/api/audit?entityType=user&entityId=${user.id}`)).json().items;
    expect(events.map((e: { action: string }) => e.action)).toEqual(['user.update', 'user.create']);
    expect(events[0]).toMatchObject({ before: { role: 'finance_reviewer' }, after: { role: 'unit_leader', unitCode: '301001' }, actor: { userId: admin.userId } });
    expect(JSON.stringify(events)).not.toContain('argon2');
  });

  it('answers taken usernames (409), unknown units and missing attachments (400 with the field)', async () => {
    const admin = await server.userOf('admin');
    const base = { displayName: '某人', role: 'unit_editor', password: 'Fresh-password-1' };
    expect((await admin.post('/api/users', { ...base, username: 'same', unitCode: '203001' })).statusCode).toBe(201);
    const taken = await admin.post('/api/users', { ...base, username: 'SAME', unitCode: '203001' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.fields).toEqual([{ path: 'username', message: expect.any(String) }]);
    const unknownUnit = await admin.post('/api/users', { ...base, username: 'other', unitCode: '000000' });
    expect(unknownUnit.json().error).toMatchObject({ code: 'validation_failed', fields: [{ path: 'unitCode' }] });
    const noUnit = await admin.post('/api/users', { ...base, username: 'other' });
    expect(noUnit.json().error.fields).toEqual([{ path: 'unitCode', message: expect.stringContaining('必须指定所属单位') }]);
    const badRole = await admin.post('/api/users', { ...base, username: 'other', role: 'king' });
    expect(badRole.json().error).toMatchObject({ code: 'validation_failed', fields: [{ path: 'role' }] });
  });

  it('keeps one enabled administrator', async () => {
    const admin = await server.userOf('admin');
    const refused = await admin.patch(`/api/users/${admin.userId}`, { expectedVersion: 1, disabled: true });
    expect(refused.statusCode).toBe(409);
  });

  it('lists with filters and pages, and a disabled account can no longer log in', async () => {
    const admin = await server.userOf('admin');
    for (const unit of ['A', 'A', 'B'] as const) await server.createAccount('unit_editor', { unit });
    const page = (await admin.get('/api/users?role=unit_editor&unit=203001&pageSize=1&page=2')).json();
    expect(page).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ unit: { code: '203001' } }] });
    const { id, username } = await server.createAccount('unit_leader', { username: 'to-disable' });
    expect((await admin.get('/api/users?q=TO-DIS')).json().items.map((u: { id: string }) => u.id)).toEqual([id]);
    const session = await server.logIn(username);
    await admin.patch(`/api/users/${id}`, { expectedVersion: 1, disabled: true });
    expect((await session.get('/api/auth/session')).json()).toEqual({ user: null });
    const refused = await server.app.inject({ method: 'POST', url: '/api/auth/login', ...json({ username, password: testPassword }) });
    expect(refused.statusCode).toBe(401);
  });
});

describe('scope: records of another unit or division are not found', () => {
  it('a unit leader reads its own unit only; guessed ids of another unit answer 404, filters return nothing', async () => {
    const other = await server.createAccount('unit_editor', { unit: 'B' });
    const own = await server.createAccount('unit_editor', { unit: 'A' });
    const leader = await server.userOf('unit_leader', { unit: 'A' });
    expect((await leader.get(`/api/users/${own.id}`)).statusCode).toBe(200);
    const guessed = await leader.get(`/api/users/${other.id}`);
    expect(guessed.statusCode).toBe(404);
    expect(guessed.json().error.message).toBe('没有找到该用户。');
    expect((await leader.get(`/api/users/00000000-0000-4000-8000-000000000000`)).json().error).toEqual({ ...guessed.json().error, requestId: expect.any(String) });
    expect((await leader.get('/api/users?unit=301001')).json().total).toBe(0);

    const admin = await server.userOf('admin');
    const otherEvent = (await admin.get(`/api/audit?entityId=${other.id}`)).json().items[0];
    const ownEvent = (await admin.get(`/api/audit?entityId=${own.id}`)).json().items[0];
    expect((await leader.get(`/api/audit/${ownEvent.id}`)).statusCode).toBe(200);
    expect((await leader.get(`/api/audit/${otherEvent.id}`)).statusCode).toBe(404);
    const seen = (await leader.get('/api/audit?pageSize=100')).json().items;
    expect(seen.every((event: { unit: { code: string } | null }) => event.unit?.code === '203001')).toBe(true);
    expect((await leader.get('/api/audit?unit=301001')).json().total).toBe(0);

    const editor = await server.userOf('unit_editor', { unit: 'A' });
    expect((await editor.get(`/api/users/${other.id}`)).statusCode).toBe(403);
    expect((await editor.get(`/api/audit/${otherEvent.id}`)).statusCode).toBe(403);
  });

  it('a finance reviewer sees the units of its division, not the others', async () => {
    const inDivision = await server.createAccount('unit_leader', { unit: 'A' });
    const outside = await server.createAccount('unit_leader', { unit: 'B' });
    const reviewer = await server.userOf('finance_reviewer', { unit: 'A' });
    expect((await reviewer.get(`/api/users/${inDivision.id}`)).statusCode).toBe(200);
    expect((await reviewer.get(`/api/users/${outside.id}`)).statusCode).toBe(404);
    const ids = (await reviewer.get('/api/users?pageSize=100')).json().items.map((u: { id: string }) => u.id);
    expect(ids).toContain(inDivision.id);
    expect(ids).not.toContain(outside.id);
  });
});

describe('hostile input in filters', () => {
  const attempts = ["' OR 1=1 --", '1;DROP TABLE users', "%' UNION SELECT password_hash FROM users --", '\\', '_%', '"; DELETE FROM audit_events; --'];

  it.each(['q', 'unit', 'division', 'role', 'action', 'entityType', 'entityId', 'userId', 'from', 'page'])('%s: normal results or 400, tables intact', async (name) => {
    const admin = await server.userOf('admin');
    const counts = () => db.orm.select({ users: count() }).from(users);
    const before = await counts();
    for (const value of attempts) {
      const path = ['q', 'unit', 'division', 'role'].includes(name) ? '/api/users' : '/api/audit';
      const response = await admin.get(`${path}?${name}=${encodeURIComponent(value)}`);
      expect([200, 400]).toContain(response.statusCode);
      if (response.statusCode === 200) expect(response.json().total).toBe(0);
      else expect(response.json().error.code).toBe('validation_failed');
    }
    expect(await counts()).toEqual(before);
  });
});

describe('the audit trail is append-only', () => {
  it('the database refuses UPDATE and DELETE of audit events', async () => {
    await server.userOf('admin');
    await expect(db.orm.execute(sql`UPDATE audit_events SET action = 'forged'`)).rejects.toThrow();
    await expect(db.orm.execute(sql`DELETE FROM audit_events`)).rejects.toThrow();
    expect(await db.orm.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, 'forged'))).toEqual([{ n: 0 }]);
  });
});

describe('errors, request ids, docs, health, the web app', () => {
  it('answers an internal error with a generic message and the request id, never a stack', async () => {
    const app = await buildServer(server.deps, testConfig());
    app.get('/api/test/boom', async () => {
      throw new Error('secret detail at /srv/jixiao/src/x.ts:12 SELECT password_hash');
    });
    const response = await app.inject({ method: 'GET', url: '/api/test/boom', headers: { 'x-request-id': 'trace-42' } });
    await app.close();
    expect(response.statusCode).toBe(500);
    expect(response.headers['x-request-id']).toBe('trace-42');
    expect(response.json()).toEqual({ error: { code: 'internal_error', message: expect.stringContaining('trace-42'), requestId: 'trace-42' } });
    expect(response.body).not.toMatch(/secret|\.ts|at |SELECT/);
  });

  it('answers unknown routes, bad JSON and too large bodies with stable codes', async () => {
    const anonymous = server.anonymous();
    expect((await anonymous.get('/api/nothing-here')).json().error.code).toBe('not_found');
    const badJson = await server.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    expect(badJson.json().error.code).toBe('bad_request');
    const huge = await server.app.inject({ method: 'POST', url: '/api/auth/login', ...json({ username: 'x'.repeat(2 * 1024 * 1024), password: 'y' }) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');
  });

  it('health, OpenAPI and the docs page', async () => {
    expect((await server.anonymous().get('/api/health')).json()).toEqual({ status: 'ok', database: db.kind, version: server.config.version });
    const openapi = (await server.anonymous().get('/api/docs/json')).json();
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/users', '/api/users/{id}', '/api/audit', '/api/setup', '/api/health']));
    const page = await server.anonymous().get('/api/docs');
    expect([200, 302]).toContain(page.statusCode);
  });

  it('serves the built web app with index.html for its own routes, JSON 404 under /api', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'jixiao-web-'));
    try {
      await writeFile(join(dist, 'index.html'), '<!doctype html><title>绩效</title>');
      await writeFile(join(dist, 'app.js'), 'console.log(1)');
      const app = await buildServer(server.deps, testConfig({ webDist: dist }));
      const route = await app.inject({ method: 'GET', url: '/projects/123' });
      const asset = await app.inject({ method: 'GET', url: '/app.js' });
      const api = await app.inject({ method: 'GET', url: '/api/unknown' });
      await app.close();
      expect(route.statusCode).toBe(200);
      expect(route.body).toContain('<title>绩效</title>');
      expect(asset.body).toBe('console.log(1)');
      expect(api.json().error.code).toBe('not_found');
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });
});
