/**
 * A project's target table over HTTP: reading it, editing the project and its indicators (validated like an
 * import, reviewed again in the same transaction), positions kept 0…n-1, versions and 409s with what changed,
 * the status lock and the finance reviewer's grade.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorChangeJson, ProjectDetailJson } from '../../contract/projects';
import type { Database } from '../../db';
import { openTestDatabase } from '../../db/testing';
import { startTestServer, type TestClient, type TestServer } from '../testing';
import { importSeed, type SeedIds } from './testing-routes';

let db: Database;
let server: TestServer;
let editor: TestClient;
let otherEditor: TestClient;
let leader: TestClient;
let reviewer: TestClient;
let seed: SeedIds;

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer(db);
  editor = await server.userOf('unit_editor');
  otherEditor = await server.userOf('unit_editor');
  leader = await server.userOf('unit_leader');
  reviewer = await server.userOf('finance_reviewer');
  seed = await importSeed(server, editor);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const getProject = async (client: TestClient = editor) => (await client.get(`/api/projects/${seed.projectId}`)).json<ProjectDetailJson>();
const positions = (project: ProjectDetailJson) => project.indicators.map((indicator) => indicator.position);
const newIndicator = { level1: '产出指标', level2: '数量指标', name: '新增站点数', description: '新建远教站点', target: '≥5个', basis: '计划标准' };

describe('reading a project', () => {
  it('gives the whole target table with raw cells, positions, findings with their rules, and what the caller may do', async () => {
    const project = await getProject();
    expect(project).toMatchObject({ unit: { code: '203001' }, year: 2021, status: 'draft', moneyUnit: '万元', version: 1, reviewGrade: null });
    expect(project.budgetRaw.total).toMatch(/^\d+\.\d{2}$/);
    expect(positions(project)).toEqual(project.indicators.map((_, index) => index));
    expect(project.spendingPlan.every((checkpoint) => typeof checkpoint.raw === 'string' && checkpoint.month >= 1)).toBe(true);
    expect(project.findings.length).toBeGreaterThan(0);
    expect(project.findings.every((finding) => finding.ruleTitle !== '' && finding.explanation !== '')).toBe(true);
    expect(project.can).toMatchObject({ edit: true, grade: false, submit: false });
    expect((await getProject(reviewer)).can).toMatchObject({ edit: false, grade: false, approve: false });
  });

  it('answers 404 for an unknown or malformed id', async () => {
    for (const url of ['/api/projects/00000000-0000-4000-8000-000000000000', '/api/projects/not-an-id', "/api/projects/1'%20OR%20'1'='1"]) {
      const response = await editor.get(url);
      expect({ url, status: response.statusCode, code: response.json<{ error: { code: string } }>().error.code }).toEqual({ url, status: 404, code: 'not_found' });
    }
  });
});

describe('a project read again', () => {
  it('is answered from what was kept for the same caller, byte for byte, and never to another caller', async () => {
    const first = await editor.get(`/api/projects/${seed.projectId}`);
    const again = await editor.get(`/api/projects/${seed.projectId}`);
    expect(again.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(again.body).toBe(first.body);
    expect(JSON.parse(again.body)).toEqual(first.json());
    expect((await getProject(reviewer)).can).toMatchObject({ edit: false });
    const outsiders = [await server.userOf('unit_editor', { unit: 'B' }), await server.userOf('finance_reviewer', { unit: 'B' }), server.anonymous()];
    for (const outsider of outsiders) expect((await outsider.get(`/api/projects/${seed.projectId}`)).statusCode).toBe(404);
  });

  it('shows a change at once to whoever reads it next', async () => {
    const before = await getProject(reviewer);
    const saved = await editor.patch(`/api/projects/${seed.projectId}`, { expectedVersion: before.version, name: `${before.name}（改）` });
    expect(saved.statusCode).toBe(200);
    for (const client of [editor, reviewer]) expect(await getProject(client)).toMatchObject({ name: `${before.name}（改）`, version: before.version + 1 });
    expect((await editor.patch(`/api/projects/${seed.projectId}`, { expectedVersion: before.version + 1, name: before.name })).statusCode).toBe(200);
  });
});

describe('editing a project', () => {
  it('saves name, budget, spending plan and goals; budget ≠ fiscal + other is a finding, not a refusal', async () => {
    const before = await getProject();
    const response = await editor.patch(`/api/projects/${seed.projectId}`, {
      expectedVersion: before.version,
      name: before.name,
      budget: { total: '30.5', fiscal: '20', other: '0' },
      spendingPlan: [
        { checkpoint: '3月底', raw: '' },
        { checkpoint: '6月底', raw: '40%' },
        { checkpoint: '12月底', raw: '100%' },
      ],
      goals: ['1.完成远教站点维护。'],
    });
    expect(response.statusCode).toBe(200);
    const project = response.json<ProjectDetailJson>();
    expect(project).toMatchObject({ version: before.version + 1, budget: { total: 30.5, fiscal: 20, other: 0 }, budgetRaw: { total: '30.50', fiscal: '20.00', other: '0.00' }, goals: ['1.完成远教站点维护。'] });
    expect(project.spendingPlan).toEqual([
      { checkpoint: '3月底', month: 3, percent: null, raw: '' },
      { checkpoint: '6月底', month: 6, percent: 40, raw: '40%' },
      { checkpoint: '12月底', month: 12, percent: 100, raw: '100%' },
    ]);
    expect(project.findings.map((finding) => finding.code)).toContain('money.budget-sum');
    expect((await getProject()).findings.map((finding) => finding.code)).toContain('money.budget-sum');
  });

  it('refuses what cannot be read, with the field path, and saves nothing', async () => {
    const before = await getProject();
    const cases: [unknown, string][] = [
      [{ expectedVersion: before.version, budget: { total: '三十万', fiscal: '20', other: '0' } }, 'budget.total'],
      [{ expectedVersion: before.version, spendingPlan: [{ checkpoint: '年中', raw: '50%' }] }, 'spendingPlan.0.checkpoint'],
      [{ expectedVersion: before.version, spendingPlan: [{ checkpoint: '6月底', raw: '一半' }] }, 'spendingPlan.0.raw'],
      [{ expectedVersion: before.version, name: '' }, 'name'],
      [{ name: '无版本' }, 'expectedVersion'],
    ];
    for (const [body, path] of cases) {
      const response = await editor.patch(`/api/projects/${seed.projectId}`, body);
      const error = response.json<{ error: { code: string; message: string; fields: { path: string }[] } }>().error;
      expect({ status: response.statusCode, code: error.code, paths: error.fields.map((field) => field.path) }).toEqual({ status: 400, code: 'validation_failed', paths: [path] });
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await getProject()).version).toBe(before.version);
  });

  it('answers a stale version with 409: the project now, the fields changed since, who and when', async () => {
    const before = await getProject();
    expect((await editor.patch(`/api/projects/${seed.projectId}`, { expectedVersion: before.version, purpose: '用于远程教育站点的运行维护。' })).statusCode).toBe(200);
    const stale = await otherEditor.patch(`/api/projects/${seed.projectId}`, { expectedVersion: before.version, name: '改名' });
    expect(stale.statusCode).toBe(409);
    const error = stale.json<{ error: { message: string; details: { reason: string; currentVersion: number; changedFields: string[]; current: ProjectDetailJson; updatedBy: { displayName: string } } } }>().error;
    expect(error.details).toMatchObject({ reason: 'version', currentVersion: before.version + 1, changedFields: ['purpose'], current: { name: before.name, purpose: '用于远程教育站点的运行维护。' } });
    expect(error.message).toContain(error.details.updatedBy.displayName);
    expect((await getProject()).name).toBe(before.name);
  });
});

describe('editing indicators', () => {
  it('adds an indicator at a position, moves the others down, parses its target and bumps the project version', async () => {
    const before = await getProject();
    const response = await editor.post(`/api/projects/${seed.projectId}/indicators`, { ...newIndicator, position: 0 });
    expect(response.statusCode).toBe(201);
    const change = response.json<IndicatorChangeJson>();
    expect(change.indicator).toMatchObject({ position: 0, name: '新增站点数', target: { raw: '≥5个', kind: 'quantitative', comparator: '≥', value: 5, unit: '个' }, version: 1 });
    expect(change.projectVersion).toBe(before.version + 1);
    const after = await getProject();
    expect(after.indicators.map((indicator) => indicator.id)).toEqual([change.indicator?.id, ...before.indicators.map((indicator) => indicator.id)]);
    expect(positions(after)).toEqual(after.indicators.map((_, index) => index));
  });

  it('keeps an unreadable target as text and says so', async () => {
    const response = await editor.post(`/api/projects/${seed.projectId}/indicators`, { ...newIndicator, name: '模糊指标', target: '≥约5个左右' });
    const change = response.json<IndicatorChangeJson>();
    expect(change.indicator?.target).toMatchObject({ raw: '≥约5个左右', kind: 'qualitative' });
    expect(change.targetFindings.map((finding) => finding.location)).toEqual(change.targetFindings.map(() => ({ field: 'target', cell: '指标值' })));
    expect(change.indicator?.position).toBe((await getProject()).indicators.length - 1);
  });

  it('two sessions edit the same indicator: the second gets 409 with the current version and changed fields; nothing is lost', async () => {
    const indicator = (await getProject()).indicators.find((candidate) => candidate.id === seed.indicatorId);
    if (!indicator) throw new Error('no indicator');
    const first = await editor.patch(`/api/indicators/${indicator.id}`, { expectedVersion: indicator.version, name: '远教站点设备正常运行率' });
    expect(first.statusCode).toBe(200);
    const second = await otherEditor.patch(`/api/indicators/${indicator.id}`, { expectedVersion: indicator.version, target: '100%' });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({
      error: {
        code: 'conflict',
        details: { reason: 'version', currentVersion: indicator.version + 1, changedFields: ['name'], current: { id: indicator.id, name: '远教站点设备正常运行率', target: { raw: '100百分百' } }, updatedBy: { displayName: expect.any(String) } },
      },
    });
    const retried = await otherEditor.patch(`/api/indicators/${indicator.id}`, { expectedVersion: indicator.version + 1, target: '100%' });
    expect(retried.statusCode).toBe(200);
    const saved = (await getProject()).indicators.find((candidate) => candidate.id === indicator.id);
    expect(saved).toMatchObject({ name: '远教站点设备正常运行率', target: { raw: '100%' }, version: indicator.version + 2 });
  });

  it('validates indicator edits with field paths and answers 404 for an unknown indicator', async () => {
    const bad = await editor.patch(`/api/indicators/${seed.indicatorId}`, { expectedVersion: 1, level1: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { fields: { path: string }[] } }>().error.fields.map((field) => field.path)).toEqual(['level1']);
    const missing = await editor.patch('/api/indicators/00000000-0000-4000-8000-000000000000', { expectedVersion: 1, name: '无' });
    expect(missing.statusCode).toBe(404);
    const badQuery = await editor.request('DELETE', `/api/indicators/${seed.indicatorId}?expectedVersion=abc`);
    expect(badQuery.json<{ error: { fields: { path: string }[] } }>().error.fields.map((field) => field.path)).toEqual(['expectedVersion']);
  });

  it('deletes an indicator, closes the gap, and refuses a stale delete', async () => {
    const created = (await editor.post(`/api/projects/${seed.projectId}/indicators`, { ...newIndicator, name: '待删除', position: 2 })).json<IndicatorChangeJson>().indicator;
    if (!created) throw new Error('not created');
    await editor.patch(`/api/indicators/${created.id}`, { expectedVersion: 1, description: '改过' });
    const stale = await editor.request('DELETE', `/api/indicators/${created.id}?expectedVersion=1`);
    expect(stale.statusCode).toBe(409);
    const response = await editor.request('DELETE', `/api/indicators/${created.id}?expectedVersion=2`);
    expect(response.statusCode).toBe(200);
    expect(response.json<IndicatorChangeJson>().indicator).toBeNull();
    const after = await getProject();
    expect(after.indicators.some((indicator) => indicator.id === created.id)).toBe(false);
    expect(positions(after)).toEqual(after.indicators.map((_, index) => index));
    expect((await editor.request('DELETE', `/api/indicators/${created.id}?expectedVersion=2`)).statusCode).toBe(404);
  });

  it('reorders with the project version, refuses a stale version and a list that is not the project indicators', async () => {
    const before = await getProject();
    const reversed = before.indicators.map((indicator) => indicator.id).reverse();
    const response = await editor.request('PUT', `/api/projects/${seed.projectId}/indicator-order`, { expectedVersion: before.version, indicatorIds: reversed });
    expect(response.statusCode).toBe(200);
    const after = response.json<ProjectDetailJson>();
    expect(after.indicators.map((indicator) => indicator.id)).toEqual(reversed);
    expect(positions(after)).toEqual(after.indicators.map((_, index) => index));
    expect(after.version).toBe(before.version + 1);
    const stale = await editor.request('PUT', `/api/projects/${seed.projectId}/indicator-order`, { expectedVersion: before.version, indicatorIds: reversed });
    expect(stale.json()).toMatchObject({ error: { code: 'conflict', details: { reason: 'version', changedFields: ['indicatorOrder'] } } });
    const partial = await editor.request('PUT', `/api/projects/${seed.projectId}/indicator-order`, { expectedVersion: after.version, indicatorIds: reversed.slice(1) });
    expect(partial.statusCode).toBe(400);
    expect(partial.json<{ error: { fields: { path: string }[] } }>().error.fields.map((field) => field.path)).toEqual(['indicatorIds']);
  });

  it('records every change in the audit trail with before and after', async () => {
    const events = (await leader.get(`/api/audit?entityId=${seed.indicatorId}`)).json<{ items: { action: string; before: { target: string } | null; after: { target: string } | null }[] }>();
    const update = events.items.find((event) => event.action === 'indicator.update' && event.after?.target === '100%');
    expect(update?.before?.target).toBe('100百分百');
  });
});

describe('the status lock and the finance review', () => {
  it('locks the targets once submitted, lets the reviewer grade, and unlocks them when returned', async () => {
    const grading = await reviewer.request('PUT', `/api/projects/${seed.projectId}/review`, { expectedVersion: (await getProject()).version, grade: '良', comment: '' });
    expect(grading.json()).toMatchObject({ error: { code: 'conflict', details: { reason: 'status', status: 'draft' } } });
    expect((await leader.post(`/api/unit-years/${seed.unitYearId}/submit`)).statusCode).toBe(200);
    const locked = await editor.patch(`/api/indicators/${seed.indicatorId}`, { expectedVersion: 99, name: '改' });
    expect(locked.json()).toMatchObject({ error: { code: 'conflict', details: { reason: 'status', status: 'submitted' } } });
    const project = await getProject(reviewer);
    expect(project.can).toMatchObject({ edit: false, grade: true, approve: true, return: true });
    const graded = await reviewer.request('PUT', `/api/projects/${seed.projectId}/review`, { expectedVersion: project.version, grade: '中', comment: '成本指标需细化。' });
    expect(graded.statusCode).toBe(200);
    expect(graded.json<ProjectDetailJson>()).toMatchObject({ reviewGrade: '中', reviewComment: '成本指标需细化。', version: project.version + 1 });
    const staleGrade = await reviewer.request('PUT', `/api/projects/${seed.projectId}/review`, { expectedVersion: project.version, grade: '优', comment: '' });
    expect(staleGrade.json()).toMatchObject({ error: { code: 'conflict', details: { reason: 'version', changedFields: ['reviewGrade', 'reviewComment'] } } });
    const approve = await reviewer.post(`/api/unit-years/${seed.unitYearId}/approve`, {});
    expect(approve.json()).toMatchObject({ error: { code: 'conflict', details: { reason: 'grades' } } });
    const returned = await reviewer.post(`/api/unit-years/${seed.unitYearId}/return`, { comment: '请细化成本指标。' });
    expect(returned.json()).toMatchObject({ status: 'returned', statusComment: '请细化成本指标。' });
    const project2 = await getProject();
    expect((await editor.patch(`/api/projects/${seed.projectId}`, { expectedVersion: project2.version, purpose: '修改后的资金用途。' })).statusCode).toBe(200);
  });
});

describe('concurrent edits', () => {
  it('of one indicator: exactly one wins, the other gets 409', async () => {
    const [indicator] = (await getProject()).indicators;
    if (!indicator) throw new Error('no indicator');
    const answers = await Promise.all([
      editor.patch(`/api/indicators/${indicator.id}`, { expectedVersion: indicator.version, name: '甲的名称' }),
      otherEditor.patch(`/api/indicators/${indicator.id}`, { expectedVersion: indicator.version, name: '乙的名称' }),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    const winner = answers.find((answer) => answer.statusCode === 200)?.json<IndicatorChangeJson>().indicator?.name;
    expect((await getProject()).indicators[0]).toMatchObject({ name: winner, version: indicator.version + 1 });
  });

  it('of different indicators and the project at once: all are saved and the stored review is the last one, whole', async () => {
    const project = await getProject();
    const [first, second] = project.indicators;
    if (!first || !second) throw new Error('too few indicators');
    const answers = await Promise.all([
      editor.patch(`/api/indicators/${first.id}`, { expectedVersion: first.version, target: '≥10个' }),
      otherEditor.patch(`/api/indicators/${second.id}`, { expectedVersion: second.version, target: '100百分百' }),
      leader.patch(`/api/projects/${seed.projectId}`, { expectedVersion: project.version, purpose: '同时修改的资金用途。' }),
    ]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200]);
    const after = await getProject();
    expect(after.indicators.slice(0, 2).map((indicator) => indicator.target.raw)).toEqual(['≥10个', '100百分百']);
    expect(after.findings.filter((finding) => finding.indicatorId === second.id).map((finding) => finding.code)).toContain('values.unknown-unit');
    const all = (await editor.get(`/api/findings?unitYearId=${seed.unitYearId}&pageSize=100`)).json<{ total: number; items: { id: string }[] }>();
    expect(new Set(all.items.map((item) => item.id)).size).toBe(Math.min(all.total, 100));
  });
});
