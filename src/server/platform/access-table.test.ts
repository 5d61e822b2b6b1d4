/**
 * The role × route table of the platform routes: each row says which roles may; every other role is
 * refused (401 for the public, 403 for accounts). Later phases add tables like this for their routes,
 * with the same helpers from src/server/testing.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../core/access/roles';
import type { Database } from '../../db';
import { openTestDatabase } from '../../db/testing';
import { accessMismatches, clientsByRole, type AccessRow, type TestClient, type TestServer, startTestServer } from '../testing';

const readers: Role[] = ['unit_leader', 'finance_reviewer', 'admin'];
const everyone: Role[] = ['public', 'unit_editor', 'unit_leader', 'finance_reviewer', 'admin'];
const accounts: Role[] = ['unit_editor', 'unit_leader', 'finance_reviewer', 'admin'];
let serial = 0;

/** A user in unit A, created by the command line (so its creation is an audit event of unit A). */
const userInUnitA = async (server: TestServer) => (await server.createAccount('unit_editor', { unit: 'A' })).id;

const platformAccessTable: Record<string, AccessRow> = {
  'GET /api/health': { method: 'GET', url: '/api/health', allowed: everyone },
  'GET /api/setup': { method: 'GET', url: '/api/setup', allowed: everyone },
  'GET /api/auth/session': { method: 'GET', url: '/api/auth/session', allowed: everyone },
  'POST /api/auth/password': { method: 'POST', url: '/api/auth/password', body: { currentPassword: 'wrong', newPassword: 'Whatever-pass-1' }, allowed: accounts },
  'GET /api/users': { method: 'GET', url: '/api/users', allowed: readers },
  'GET /api/users/:id': { method: 'GET', url: async (s) => `/api/users/${await userInUnitA(s)}`, allowed: readers },
  'POST /api/users': {
    method: 'POST',
    url: '/api/users',
    body: () => ({ username: `new-user-${(serial += 1)}`, displayName: '新用户', role: 'unit_editor', unitCode: '203001', password: 'Fresh-password-1' }),
    allowed: ['admin'],
  },
  'PATCH /api/users/:id': { method: 'PATCH', url: async (s) => `/api/users/${await userInUnitA(s)}`, body: { expectedVersion: 1, displayName: '改名' }, allowed: ['admin'] },
  'POST /api/users/:id/password': { method: 'POST', url: async (s) => `/api/users/${await userInUnitA(s)}/password`, body: { password: 'Reset-password-1' }, allowed: ['admin'] },
  'GET /api/directory': { method: 'GET', url: '/api/directory', allowed: ['admin'] },
  'POST /api/directory/units': { method: 'POST', url: '/api/directory/units', body: () => ({ code: `9${(serial += 1)}`, name: '新单位', divisionCode: '130322' }), allowed: ['admin'] },
  'POST /api/directory/divisions': { method: 'POST', url: '/api/directory/divisions', body: () => ({ code: `99${(serial += 1)}`, name: '新区划' }), allowed: ['admin'] },
  'GET /api/audit': { method: 'GET', url: '/api/audit', allowed: readers },
  'GET /api/audit/:id': {
    method: 'GET',
    url: async (s) => {
      const id = await userInUnitA(s);
      const [event] = (await s.userOf('admin').then((admin) => admin.get(`/api/audit?entityId=${id}`))).json<{ items: { id: string }[] }>().items;
      return `/api/audit/${event?.id}`;
    },
    allowed: readers,
  },
};

let db: Database;
let server: TestServer;
let clients: Record<Role, TestClient>;

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer(db);
  clients = await clientsByRole(server);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('who may call each platform route', () => {
  it.each(Object.entries(platformAccessTable))('%s', async (_name, row) => {
    expect(await accessMismatches(server, clients, row)).toEqual([]);
  });
});
