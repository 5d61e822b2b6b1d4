/**
 * Running servers for real: graceful shutdown finishes an in-flight request before the database closes;
 * two server processes (instances) on one PostgreSQL share sessions and login limits.
 */
import { describe, expect, it } from 'vitest';
import { checkHealth } from '../app/auth/check-health';
import { openDatabase } from '../db';
import { createScratchDatabase, eventually, openTestDatabase, testDatabaseKind } from '../db/testing';
import { listenServer } from './start-server';
import { buildServer } from './build-server';
import { startTestServer, testConfig, testPassword } from './testing';

describe('graceful shutdown', () => {
  it('finishes a request in flight, refuses none half-way, and only then lets the database close', async () => {
    const db = await openTestDatabase();
    const deps = { db, clock: () => new Date() };
    const app = await buildServer(deps, testConfig());
    let started: () => void = () => undefined;
    const requestStarted = new Promise<void>((resolve) => {
      started = resolve;
    });
    app.get('/api/test/slow', async () => {
      started();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { database: (await checkHealth(deps)).database };
    });
    const server = await listenServer(app, { port: 0, host: '127.0.0.1' });
    const response = fetch(`${server.url}/api/test/slow`).then(async (answer) => ({ status: answer.status, body: await answer.json() }));
    await requestStarted;
    await server.stop();
    await db.close();
    expect(await response).toEqual({ status: 200, body: { database: db.kind } });
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
  });
});

describe.runIf(testDatabaseKind() === 'postgres')('two instances on one PostgreSQL database', () => {
  it('a session from one instance works on the other; failed logins count across both', async () => {
    const scratch = await createScratchDatabase();
    const first = await openDatabase({ databaseUrl: scratch.url });
    const second = await openDatabase({ databaseUrl: scratch.url });
    const one = await startTestServer(first);
    const two = await startTestServer(second, { registerDirectory: false });
    try {
      const { username } = await one.createAccount('admin', { username: 'shared-admin' });
      const onOne = await one.logIn(username);
      const listed = await two.app.inject({ method: 'GET', url: '/api/users', headers: { cookie: onOne.cookie ?? '' } });
      expect(listed.statusCode).toBe(200);
      const changed = await two.app.inject({
        method: 'POST',
        url: '/api/directory/units',
        headers: { cookie: onOne.cookie ?? '', 'x-csrf-token': onOne.csrfToken ?? '', 'content-type': 'application/json' },
        payload: JSON.stringify({ code: '777001', name: '两实例共用的单位' }),
      });
      expect(changed.statusCode).toBe(201);
      const wrong = (app: typeof one.app) =>
        app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username, password: 'Wrong-password-1' }) });
      for (const app of [one.app, two.app, one.app, two.app, one.app]) expect((await wrong(app)).statusCode).toBe(401);
      const locked = await two.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username, password: testPassword }) });
      expect(locked.json().error.code).toBe('account_locked');
      // The second instance keeps the session in its read cache; the logout on the first is announced to it.
      const usersOnTwo = () => two.app.inject({ method: 'GET', url: '/api/users', headers: { cookie: onOne.cookie ?? '' } });
      expect((await usersOnTwo()).statusCode).toBe(200);
      expect((await one.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: onOne.cookie ?? '', 'x-csrf-token': onOne.csrfToken ?? '' } })).statusCode).toBe(200);
      await eventually(async () => (await usersOnTwo()).statusCode === 401);
    } finally {
      await one.close();
      await two.close();
      await first.close();
      await second.close();
      await scratch.drop();
    }
  });
});
