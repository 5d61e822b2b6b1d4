/**
 * Security of the resource routes: users of unit B guessing unit A's ids get 404 on every resource; hostile
 * filters give normal answers or 400 and leave the tables intact; state-changing requests without the CSRF
 * token are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitYearSummaryJson } from '../../contract/unit-years';
import type { Database } from '../../db';
import { openTestDatabase } from '../../db/testing';
import { client, startTestServer, type TestClient, type TestServer } from '../testing';
import { importSeed, seedBytes, seedFileName, upload, type SeedIds } from './testing-routes';

let db: Database;
let server: TestServer;
let admin: TestClient;
let editor: TestClient;
let seed: SeedIds;
let previewId: string;

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer(db);
  admin = await server.userOf('admin');
  editor = await server.userOf('unit_editor');
  seed = await importSeed(server, admin);
  previewId = (await upload(server, editor, { fileName: seedFileName, bytes: await seedBytes() })).json<{ id: string }>().id;
});
afterAll(async () => {
  await server.close();
  await db.close();
});

type Probe = [method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: () => string, body?: unknown];

const probes: Probe[] = [
  ['GET', () => `/api/unit-years/${seed.unitYearId}`],
  ['GET', () => `/api/unit-years/${seed.unitYearId}/export?format=docx`],
  ['PUT', () => `/api/unit-years/${seed.unitYearId}/department-plan`, { expectedVersion: 1, overallGoal: '改', subGoals: [], measures: [] }],
  ['GET', () => `/api/projects/${seed.projectId}`],
  ['PATCH', () => `/api/projects/${seed.projectId}`, { expectedVersion: 1, name: '改' }],
  ['POST', () => `/api/projects/${seed.projectId}/indicators`, { level1: '产出指标', level2: '数量指标', name: '改', description: '', target: '1个', basis: '' }],
  ['PUT', () => `/api/projects/${seed.projectId}/indicator-order`, { expectedVersion: 1, indicatorIds: [] }],
  ['PATCH', () => `/api/indicators/${seed.indicatorId}`, { expectedVersion: 1, name: '改' }],
  ['DELETE', () => `/api/indicators/${seed.indicatorId}?expectedVersion=1`],
  ['GET', () => `/api/imports/${previewId}`],
  ['GET', () => `/api/imports/${previewId}/source`],
  ['POST', () => `/api/imports/${previewId}/confirm`, { replace: true }],
  ['POST', () => `/api/imports/${previewId}/reject`],
];

describe('guessing the ids of another unit', () => {
  it('gives users of unit B 404 for unit A’s unit year, project, indicator and import, as for ids that do not exist', async () => {
    const editorB = await server.userOf('unit_editor', { unit: 'B' });
    const leaderB = await server.userOf('unit_leader', { unit: 'B' });
    for (const [method, url, body] of probes) {
      for (const [who, clientB] of [['editor', editorB], ['leader', leaderB]] as const) {
        const response = await clientB.request(method, url(), body);
        expect({ who, method, url: url(), status: response.statusCode, code: response.json<{ error: { code: string } }>().error.code }).toEqual({ who, method, url: url(), status: 404, code: 'not_found' });
      }
    }
    expect((await leaderB.post(`/api/unit-years/${seed.unitYearId}/submit`)).statusCode).toBe(404);
    const reviewerB = await server.userOf('finance_reviewer', { unit: 'B' });
    const grade = await reviewerB.request('PUT', `/api/projects/${seed.projectId}/review`, { expectedVersion: 1, grade: '优', comment: '' });
    expect(grade.statusCode).toBe(404);
    expect((await reviewerB.post(`/api/unit-years/${seed.unitYearId}/return`, { comment: '退回' })).statusCode).toBe(404);
    expect((await editorB.get(`/api/findings?projectId=${seed.projectId}`)).json<{ total: number }>().total).toBe(0);
    expect((await editorB.get('/api/imports')).json<{ total: number }>().total).toBe(0);
    const unchanged = (await admin.get(`/api/projects/${seed.projectId}`)).json<{ version: number; name: string }>();
    expect(unchanged.version).toBe(1);
  });
});

const hostile = ["' OR '1'='1", "1; DROP TABLE units; --", "%' OR 1=1 --", '\\', "'); DELETE FROM indicators; --", '203001\' UNION SELECT * FROM users --', '%_%'];

const filters: Record<string, string[]> = {
  '/api/unit-years': ['year', 'divisionCode', 'unitId', 'status', 'q', 'page', 'pageSize'],
  '/api/findings': ['year', 'divisionCode', 'unitYearId', 'projectId', 'severity', 'family', 'code', 'q'],
  '/api/imports': ['unitId', 'year', 'status'],
  '/api/dashboard': ['year', 'divisionCode'],
  '/api/audit': ['entityId'],
};

describe('hostile filters', () => {
  it('answer normally (nothing matches) or 400, and the tables stay intact', async () => {
    const before = (await admin.get('/api/unit-years')).json<{ items: UnitYearSummaryJson[] }>().items;
    for (const [path, names] of Object.entries(filters)) {
      for (const name of names) {
        for (const value of hostile) {
          const response = await admin.get(`${path}?${name}=${encodeURIComponent(value)}`);
          const total = response.statusCode === 200 ? response.json<{ total?: number; units?: unknown[] }>() : null;
          const empty = total === null || total.total === 0 || (total.units !== undefined && total.units.length === 0);
          expect({ path, name, value, status: [200, 400].includes(response.statusCode), empty }).toEqual({ path, name, value, status: true, empty: true });
        }
      }
    }
    for (const value of hostile) {
      const response = await admin.get(`/api/projects/${encodeURIComponent(value)}`);
      expect(response.statusCode).toBe(404);
    }
    expect((await admin.get('/api/unit-years')).json<{ items: UnitYearSummaryJson[] }>().items).toEqual(before);
    expect((await admin.get(`/api/projects/${seed.projectId}`)).json<{ indicators: unknown[] }>().indicators.length).toBeGreaterThan(0);
    expect((await admin.get('/api/users')).json<{ total: number }>().total).toBeGreaterThan(0);
  });
});

describe('CSRF', () => {
  it('refuses every state-changing resource request of a session without its token', async () => {
    const noToken = client(server.app, { ...editor, csrfToken: null });
    const leaderNoToken = await server.userOf('unit_leader').then((leader) => client(server.app, { ...leader, csrfToken: null }));
    const stateChanging = probes.filter(([method]) => method !== 'GET');
    for (const [method, url, body] of stateChanging) {
      const response = await noToken.request(method, url(), body);
      expect({ method, url: url(), status: response.statusCode, code: response.json<{ error: { code: string } }>().error.code }).toEqual({ method, url: url(), status: 403, code: 'csrf_failed' });
    }
    for (const step of ['submit', 'approve', 'return', 'publish']) {
      const response = await leaderNoToken.post(`/api/unit-years/${seed.unitYearId}/${step}`, { comment: '意见' });
      expect({ step, code: response.json<{ error: { code: string } }>().error.code }).toEqual({ step, code: 'csrf_failed' });
    }
    const reviewerNoToken = await server.userOf('finance_reviewer').then((reviewer) => client(server.app, { ...reviewer, csrfToken: null }));
    expect((await reviewerNoToken.request('PUT', `/api/projects/${seed.projectId}/review`, { expectedVersion: 1, grade: '优', comment: '' })).statusCode).toBe(403);
    const uploaded = await upload(server, noToken, { fileName: seedFileName, bytes: await seedBytes() });
    expect({ status: uploaded.statusCode, code: uploaded.json<{ error: { code: string } }>().error.code }).toEqual({ status: 403, code: 'csrf_failed' });
    const crossSite = await editor.request('PATCH', `/api/indicators/${seed.indicatorId}`, { expectedVersion: 1, name: '改' }, { origin: 'https://evil.example' });
    expect(crossSite.statusCode).toBe(403);
    expect((await admin.get(`/api/imports/${previewId}`)).json<{ status: string }>().status).toBe('preview');
  });
});
