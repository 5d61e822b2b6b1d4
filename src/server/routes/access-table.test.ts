/**
 * The role × route table of the resource routes: each row says which roles may; every other role is refused
 * (401 for the public, 403 for accounts). Records sit in unit A (203001, division 130322), where the unit and
 * finance clients belong, so scope never interferes. Rows that change state come after those that edit, so that
 * an edit meets a draft (an allowed role's 409 is not a refusal either way).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../core/access/roles';
import type { Database } from '../../db';
import { openTestDatabase } from '../../db/testing';
import { accessMismatches, clientsByRole, startTestServer, type AccessRow, type TestClient, type TestServer } from '../testing';
import { importSeed, seedBytes, seedFileName, upload, type SeedIds } from './testing-routes';
import { openRound } from './testing-monitoring';

const everyone: Role[] = ['public', 'unit_editor', 'unit_leader', 'finance_reviewer', 'admin'];
const editors: Role[] = ['unit_editor', 'unit_leader', 'admin'];
const importers: Role[] = ['unit_editor', 'unit_leader', 'finance_reviewer', 'admin'];
const finance: Role[] = ['finance_reviewer', 'admin'];
const accounts: Role[] = ['unit_editor', 'unit_leader', 'finance_reviewer', 'admin'];

let db: Database;
let server: TestServer;
let clients: Record<Role, TestClient>;
let seed: SeedIds;
let uploader: TestClient;

/** A fresh preview of the seed, uploaded by an editor of unit A. */
async function freshPreview(): Promise<string> {
  const response = await upload(server, uploader, { fileName: seedFileName, bytes: await seedBytes() });
  return response.json<{ id: string }>().id;
}

/** A fresh indicator of the seed's project, added by an administrator. */
async function freshIndicator(): Promise<string> {
  const body = { level1: '产出指标', level2: '数量指标', name: '临时指标', description: '', target: '1个', basis: '' };
  const response = await clients.admin.post(`/api/projects/${seed.projectId}/indicators`, body);
  return response.json<{ indicator: { id: string } }>().indicator.id;
}

const indicatorBody = { level1: '产出指标', level2: '数量指标', name: '新指标', description: '说明', target: '≥5个', basis: '计划标准' };

let roundCount = 0;
/** A fresh monitoring round over unit A's division (a cut-off of its own), opened by the finance reviewer. */
async function freshRound(): Promise<string> {
  roundCount += 1;
  return (await openRound(clients.finance_reviewer, `2021-0${Math.ceil(roundCount / 28)}-${String(((roundCount - 1) % 28) + 1).padStart(2, '0')}`)).id;
}

/** A round of unit A and a URL under it (unit A's id and the seed's project known). */
const inRound = (path: (round: string, unit: string) => string) => async () => path(await freshRound(), unitA);
let unitA = '';

/** A URL made when the row runs (the seed is imported before any row). */
const at = (path: () => string) => async () => path();

const table: Record<string, AccessRow> = {
  'GET /api/years': { method: 'GET', url: '/api/years', allowed: everyone },
  'GET /api/unit-years': { method: 'GET', url: '/api/unit-years', allowed: everyone },
  'GET /api/unit-years/:id': { method: 'GET', url: at(() => `/api/unit-years/${seed.unitYearId}`), allowed: everyone },
  'GET /api/unit-years/:id/export': { method: 'GET', url: at(() => `/api/unit-years/${seed.unitYearId}/export?format=csv`), allowed: everyone },
  'GET /api/projects/:id': { method: 'GET', url: at(() => `/api/projects/${seed.projectId}`), allowed: everyone },
  'GET /api/findings': { method: 'GET', url: '/api/findings', allowed: everyone },
  'GET /api/rules': { method: 'GET', url: '/api/rules', allowed: everyone },
  'GET /api/rule-packs': { method: 'GET', url: '/api/rule-packs', allowed: everyone },
  'GET /api/dashboard': { method: 'GET', url: '/api/dashboard', allowed: everyone },
  'PUT /api/unit-years/:id/department-plan': {
    method: 'PUT',
    url: at(() => `/api/unit-years/${seed.unitYearId}/department-plan`),
    body: { expectedVersion: 1, overallGoal: '总体目标。', subGoals: [], measures: [] },
    allowed: editors,
  },
  'PATCH /api/projects/:id': { method: 'PATCH', url: at(() => `/api/projects/${seed.projectId}`), body: { expectedVersion: 1, purpose: '资金用途。' }, allowed: editors },
  'POST /api/projects/:id/indicators': { method: 'POST', url: at(() => `/api/projects/${seed.projectId}/indicators`), body: indicatorBody, allowed: editors },
  'PATCH /api/indicators/:id': { method: 'PATCH', url: at(() => `/api/indicators/${seed.indicatorId}`), body: { expectedVersion: 1, target: '100%' }, allowed: editors },
  'DELETE /api/indicators/:id': { method: 'DELETE', url: async () => `/api/indicators/${await freshIndicator()}?expectedVersion=1`, allowed: editors },
  'PUT /api/projects/:id/indicator-order': { method: 'PUT', url: at(() => `/api/projects/${seed.projectId}/indicator-order`), body: { expectedVersion: 1, indicatorIds: [] }, allowed: editors },
  'POST /api/imports': { method: 'POST', url: '/api/imports', allowed: importers },
  'GET /api/imports': { method: 'GET', url: '/api/imports', allowed: importers },
  'GET /api/imports/:id': { method: 'GET', url: async () => `/api/imports/${await freshPreview()}`, allowed: importers },
  'GET /api/imports/:id/source': { method: 'GET', url: async () => `/api/imports/${await freshPreview()}/source`, allowed: importers },
  'POST /api/imports/:id/reject': { method: 'POST', url: async () => `/api/imports/${await freshPreview()}/reject`, allowed: importers },
  'POST /api/imports/:id/confirm': { method: 'POST', url: async () => `/api/imports/${await freshPreview()}/confirm`, body: { replace: false }, allowed: importers },
  'POST /api/unit-years/:id/submit': { method: 'POST', url: at(() => `/api/unit-years/${seed.unitYearId}/submit`), allowed: ['unit_leader', 'admin'] },
  'POST /api/monitoring-rounds': { method: 'POST', url: '/api/monitoring-rounds', body: (role: Role) => ({ year: 2021, cutOff: `2021-12-${String(roles.indexOf(role) + 20)}` }), allowed: finance },
  'GET /api/monitoring-rounds': { method: 'GET', url: '/api/monitoring-rounds?year=2021', allowed: accounts },
  'GET /api/monitoring-rounds/:id': { method: 'GET', url: inRound((round) => `/api/monitoring-rounds/${round}`), allowed: finance },
  'POST /api/monitoring-rounds/:id/close': { method: 'POST', url: inRound((round) => `/api/monitoring-rounds/${round}/close`), body: { expectedVersion: 1 }, allowed: finance },
  'GET /api/monitoring-rounds/:id/units/:unitId': { method: 'GET', url: inRound((round, unit) => `/api/monitoring-rounds/${round}/units/${unit}`), allowed: accounts },
  'PUT /api/monitoring-rounds/:id/projects/:projectId': {
    method: 'PUT',
    url: inRound((round) => `/api/monitoring-rounds/${round}/projects/${seed.projectId}`),
    body: { expectedVersion: 0, spent: '0', expectedSpent: '0', indicators: [] },
    allowed: editors,
  },
  'POST /api/monitoring-rounds/:id/units/:unitId/submit': { method: 'POST', url: inRound((round, unit) => `/api/monitoring-rounds/${round}/units/${unit}/submit`), allowed: ['unit_leader', 'admin'] },
  'GET /api/monitoring-rounds/:id/units/:unitId/template.xlsx': { method: 'GET', url: inRound((round, unit) => `/api/monitoring-rounds/${round}/units/${unit}/template.xlsx`), allowed: accounts },
  'POST /api/monitoring-rounds/:id/units/:unitId/template.xlsx': { method: 'POST', url: inRound((round, unit) => `/api/monitoring-rounds/${round}/units/${unit}/template.xlsx`), allowed: editors },
  'GET /api/monitoring-rounds/:id/units/:unitId/export': { method: 'GET', url: inRound((round, unit) => `/api/monitoring-rounds/${round}/units/${unit}/export?format=xlsx`), allowed: accounts },
  'GET /api/unit-years/:id/self-evaluation/export': { method: 'GET', url: at(() => `/api/unit-years/${seed.unitYearId}/self-evaluation/export?format=docx`), allowed: accounts },
  'GET /api/projects/:id/self-evaluation': { method: 'GET', url: at(() => `/api/projects/${seed.projectId}/self-evaluation`), allowed: accounts },
  'PUT /api/projects/:id/self-evaluation': {
    method: 'PUT',
    url: at(() => `/api/projects/${seed.projectId}/self-evaluation`),
    body: { expectedVersion: 0, adjustedBudget: '1', spent: '1', indicators: [] },
    allowed: editors,
  },
  'GET /api/unit-years/:id/self-evaluation': { method: 'GET', url: at(() => `/api/unit-years/${seed.unitYearId}/self-evaluation`), allowed: accounts },
  'GET /api/self-evaluations/ranking': { method: 'GET', url: '/api/self-evaluations/ranking?year=2021', allowed: finance },
  'PUT /api/projects/:id/review': { method: 'PUT', url: at(() => `/api/projects/${seed.projectId}/review`), body: { expectedVersion: 1, grade: '良', comment: '' }, allowed: finance },
  'POST /api/unit-years/:id/return': { method: 'POST', url: at(() => `/api/unit-years/${seed.unitYearId}/return`), body: { comment: '请补充成本指标。' }, allowed: finance },
  'POST /api/unit-years/:id/approve': { method: 'POST', url: at(() => `/api/unit-years/${seed.unitYearId}/approve`), allowed: finance },
  'POST /api/unit-years/:id/publish': { method: 'POST', url: at(() => `/api/unit-years/${seed.unitYearId}/publish`), allowed: finance },
};

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer(db);
  clients = await clientsByRole(server);
  uploader = await server.userOf('unit_editor');
  seed = await importSeed(server, clients.admin);
  unitA = (await clients.admin.get(`/api/unit-years/${seed.unitYearId}`)).json<{ unit: { id: string } }>().unit.id;
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const resourcePrefixes = ['/api/years', '/api/unit-years', '/api/projects', '/api/indicators', '/api/imports', '/api/findings', '/api/rules', '/api/rule-packs', '/api/dashboard', '/api/monitoring-rounds', '/api/self-evaluations'];

describe('who may call each resource route', () => {
  it('has a row for every resource route the server documents', async () => {
    const spec = (await clients.admin.get('/api/docs/json')).json<{ paths: Record<string, Record<string, unknown>> }>();
    const documented = Object.entries(spec.paths)
      .filter(([path]) => resourcePrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)))
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
    expect(documented.sort()).toEqual(Object.keys(table).sort());
  });

  it.each(Object.entries(table))('%s', async (_name, row) => {
    expect(await accessMismatches(server, clients, row)).toEqual([]);
  });
});
