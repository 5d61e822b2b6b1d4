/**
 * Every resource route refuses a malformed request with 400 and the path of the field at fault, and answers an
 * id that does not exist with 404, in Chinese.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db';
import { openTestDatabase } from '../../db/testing';
import { startTestServer, type TestClient, type TestServer } from '../testing';
import { importSeed, type SeedIds } from './testing-routes';

let db: Database;
let server: TestServer;
let admin: TestClient;
let seed: SeedIds;

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer(db);
  admin = await server.userOf('admin');
  seed = await importSeed(server, admin);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const missing = '00000000-0000-4000-8000-000000000000';
const indicator = { level1: '产出指标', level2: '数量指标', name: '站点数', description: '', target: '5个', basis: '' };

const malformed: [Method, () => string, unknown, string][] = [
  ['GET', () => '/api/unit-years?page=0', undefined, 'page'],
  ['PUT', () => `/api/unit-years/${seed.unitYearId}/department-plan`, { expectedVersion: 1, overallGoal: '目标', subGoals: [], measures: [{ title: '', text: '' }] }, 'measures.0.title'],
  ['POST', () => `/api/unit-years/${seed.unitYearId}/return`, {}, 'comment'],
  ['POST', () => `/api/unit-years/${seed.unitYearId}/approve`, { comment: 5 }, 'comment'],
  ['GET', () => `/api/unit-years/${seed.unitYearId}/export`, undefined, 'format'],
  ['PATCH', () => `/api/projects/${seed.projectId}`, { expectedVersion: 1, budget: { total: '1', fiscal: '1' } }, 'budget.other'],
  ['POST', () => `/api/projects/${seed.projectId}/indicators`, { ...indicator, level1: '' }, 'level1'],
  ['POST', () => `/api/projects/${seed.projectId}/indicators`, { ...indicator, position: -1 }, 'position'],
  ['PATCH', () => `/api/indicators/${seed.indicatorId}`, { expectedVersion: 0 }, 'expectedVersion'],
  ['DELETE', () => `/api/indicators/${seed.indicatorId}`, undefined, 'expectedVersion'],
  ['PUT', () => `/api/projects/${seed.projectId}/indicator-order`, { expectedVersion: 1, indicatorIds: ['x'] }, 'indicatorIds.0'],
  ['PUT', () => `/api/projects/${seed.projectId}/review`, { expectedVersion: 1, grade: '甲', comment: '' }, 'grade'],
  ['POST', () => `/api/imports/${missing}/confirm`, { replace: 'yes' }, 'replace'],
  ['GET', () => '/api/imports?status=done', undefined, 'status'],
  ['GET', () => '/api/findings?projectId=abc', undefined, 'projectId'],
  ['GET', () => '/api/dashboard?year=abc', undefined, 'year'],
];

const unknown: [Method, string, unknown?][] = [
  ['GET', `/api/unit-years/${missing}`],
  ['PUT', `/api/unit-years/${missing}/department-plan`, { expectedVersion: 1, overallGoal: '目标', subGoals: [], measures: [] }],
  ['POST', `/api/unit-years/${missing}/submit`],
  ['POST', `/api/unit-years/${missing}/approve`],
  ['POST', `/api/unit-years/${missing}/return`, { comment: '退回' }],
  ['POST', `/api/unit-years/${missing}/publish`],
  ['GET', `/api/unit-years/${missing}/export?format=csv`],
  ['GET', `/api/projects/${missing}`],
  ['PATCH', `/api/projects/${missing}`, { expectedVersion: 1, name: '名称' }],
  ['POST', `/api/projects/${missing}/indicators`, indicator],
  ['PUT', `/api/projects/${missing}/indicator-order`, { expectedVersion: 1, indicatorIds: [] }],
  ['PUT', `/api/projects/${missing}/review`, { expectedVersion: 1, grade: '优', comment: '' }],
  ['PATCH', `/api/indicators/${missing}`, { expectedVersion: 1, name: '名称' }],
  ['DELETE', `/api/indicators/${missing}?expectedVersion=1`],
  ['GET', `/api/imports/${missing}`],
  ['GET', `/api/imports/${missing}/source`],
  ['POST', `/api/imports/${missing}/confirm`, { replace: false }],
  ['POST', `/api/imports/${missing}/reject`],
];

describe('errors of the resource routes', () => {
  it.each(malformed.map(([method, url, body, path]) => [`${method} ${path}`, method, url, body, path] as const))('%s: 400 with the field path', async (_name, method, url, body, path) => {
    const response = await admin.request(method, url(), body);
    const error = response.json<{ error: { code: string; message: string; fields: { path: string }[] } }>().error;
    expect({ status: response.statusCode, code: error.code, paths: error.fields.map((field) => field.path) }).toEqual({ status: 400, code: 'validation_failed', paths: [path] });
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(unknown)('%s %s: 404', async (method, url, body) => {
    const response = await admin.request(method, url, body);
    const error = response.json<{ error: { code: string; message: string } }>().error;
    expect({ status: response.statusCode, code: error.code }).toEqual({ status: 404, code: 'not_found' });
    expect(error.message).toMatch(/^没有找到/);
  });
});
