/**
 * Monitoring over HTTP: a finance reviewer opens a round over the division, units save drafts (findings, lights
 * that explain themselves), a stale save gets 409 with the entry as it is now, the unit leader submits once every
 * project is reported without errors, the division view lists units not reported first then red lights, and a
 * closed round takes nothing more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonitoringProjectJson, MonitoringRoundDetailJson, MonitoringRoundJson, MonitoringUnitJson } from '../../contract/monitoring';
import type { Database } from '../../db';
import { openTestDatabase } from '../../db/testing';
import { client, startTestServer, type TestClient, type TestServer } from '../testing';
import { buildIndicator, buildProject, buildSpendingPlan, buildTarget, buildUnitYear } from '../../core/testing/builders';
import { storeUnitYear } from '../../db/store-unit-year';
import { buildImportRecord } from '../../db/testing-data';
import { openRound, onTrackReport, unitIdOf, unitMonitoring } from './testing-monitoring';
import { importSeed, type SeedIds } from './testing-routes';

let db: Database;
let server: TestServer;
let editor: TestClient;
let leader: TestClient;
let reviewer: TestClient;
let admin: TestClient;
let seed: SeedIds;
let unitA: string;
let round: MonitoringRoundJson;

/** Stores a unit of division 130322 (code, name) with one 10万元 project of one "≥100人" indicator. */
async function storeSmallUnit(unit: { code: string; name: string }): Promise<void> {
  const project = buildProject({
    code: `${unit.code}P1`,
    name: `${unit.name}培训项目`,
    spendingPlan: buildSpendingPlan([25, 50, 75, 100]),
    indicators: [buildIndicator({ name: '培训人数', target: buildTarget({ raw: '≥100人', value: 100, valueText: '100', measureUnit: '人' }) })],
  });
  const unitYear = buildUnitYear({ unit: { ...unit, divisionCode: '130322' }, projects: [project] });
  await storeUnitYear(server.deps.db, unitYear, { replace: false, importRecord: buildImportRecord() });
}

const errorOf = (response: { json: <T>() => T }) => response.json<{ error: { code: string; message: string; fields?: { path: string }[]; details?: Record<string, unknown> } }>().error;

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer(db);
  editor = await server.userOf('unit_editor');
  leader = await server.userOf('unit_leader');
  reviewer = await server.userOf('finance_reviewer');
  admin = await server.userOf('admin');
  seed = await importSeed(server, editor);
  await storeSmallUnit({ code: '203002', name: '昌黎县委宣传部' });
  await storeSmallUnit({ code: '203003', name: '昌黎县委统战部' });
  unitA = await unitIdOf(admin, '203001');
  round = await openRound(reviewer);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const put = (client: TestClient, projectId: string, body: unknown) => client.request('PUT', `/api/monitoring-rounds/${round.id}/projects/${projectId}`, body);
const projectOf = (unit: MonitoringUnitJson, id: string) => {
  const project = unit.projects.find((entry) => entry.id === id);
  if (!project) throw new Error(`no project ${id}`);
  return project;
};

describe('opening a round', () => {
  it('asks every unit of the reviewer division with targets for the year, titled by its cut-off', () => {
    expect(round).toMatchObject({ year: 2021, cutOff: '2021-07-31', title: '2021年1—7月绩效运行监控', divisionCode: '130322', status: 'open', unitCount: 3, submittedCount: 0, version: 1 });
  });

  it('refuses a second round at the same cut-off, a cut-off outside the year, and unknown units, with field paths', async () => {
    expect(errorOf(await reviewer.post('/api/monitoring-rounds', { year: 2021, cutOff: '2021-07-31' })).code).toBe('already_exists');
    const outside = errorOf(await reviewer.post('/api/monitoring-rounds', { year: 2021, cutOff: '2022-07-31' }));
    expect(outside).toMatchObject({ code: 'validation_failed', fields: [{ path: 'cutOff' }] });
    expect(outside.message).toContain('截止日期2022-07-31不在监控年度2021年内');
    const malformed = errorOf(await reviewer.post('/api/monitoring-rounds', { year: 2021, cutOff: '7月31日' }));
    expect(malformed).toMatchObject({ code: 'validation_failed', fields: [{ path: 'cutOff' }] });
    const unknown = errorOf(await reviewer.post('/api/monitoring-rounds', { year: 2021, cutOff: '2021-10-31', unitIds: [unitA, '00000000-0000-4000-8000-000000000000'] }));
    expect(unknown).toMatchObject({ code: 'validation_failed', fields: [{ path: 'unitIds.1' }] });
  });

  it('keeps a reviewer to the division: another division is not found', async () => {
    const response = await reviewer.post('/api/monitoring-rounds', { year: 2021, cutOff: '2021-06-30', divisionCode: '130324' });
    expect({ status: response.statusCode, code: errorOf(response).code }).toEqual({ status: 404, code: 'not_found' });
  });

  it('lists the round to the unit it asks and to the division, and to nobody else', async () => {
    const ids = async (client: TestClient, query = '') => (await client.get(`/api/monitoring-rounds${query}`)).json<{ items: { id: string }[] }>().items.map((item) => item.id);
    expect(await ids(editor)).toEqual([round.id]);
    expect(await ids(reviewer, '?year=2021&status=open')).toEqual([round.id]);
    expect(await ids(reviewer, '?year=2020')).toEqual([]);
    expect(await ids(await server.userOf('unit_editor', { unit: 'B' }))).toEqual([]);
    expect(await ids(await server.userOf('finance_reviewer', { unit: 'B' }))).toEqual([]);
  });
});

describe('a unit reports', () => {
  it('starts blank: every project at version 0 without a report, lights not lit', async () => {
    const unit = await unitMonitoring(editor, round.id, unitA);
    expect(unit.projects).toHaveLength(9);
    expect(unit.projects.every((project) => project.version === 0 && project.report === null && project.findings.length === 0)).toBe(true);
    expect(projectOf(unit, seed.projectId).spendingLight).toMatchObject({ color: 'none', explanation: expect.stringContaining('未填报执行数') });
    expect(unit).toMatchObject({ submitted: false, worst: 'none', can: { report: true, submit: false } });
    expect((await unitMonitoring(leader, round.id, unitA)).can).toEqual({ report: true, submit: true });
  });

  it('saves a draft with its findings located at the indicator: 暂无 is not a cause', async () => {
    const project = projectOf(await unitMonitoring(editor, round.id, unitA), seed.projectId);
    const report = onTrackReport(project);
    const [first, ...rest] = report.indicators;
    if (!first) throw new Error('the project has indicators');
    const possible = { ...first, likelihood: 'possible' as const, causes: [{ kind: 'funding' as const, text: '暂无' }], remark: '资金拨付较晚，下半年集中采购。' };
    const response = await put(editor, seed.projectId, { ...report, indicators: [possible, ...rest] });
    expect(response.statusCode).toBe(200);
    const saved = response.json<MonitoringProjectJson>();
    expect(saved).toMatchObject({ version: 1, updatedBy: { displayName: expect.any(String) } });
    expect(saved.findings).toEqual([
      expect.objectContaining({ code: 'monitoring.explanation-empty', indicatorId: first.indicatorId, location: expect.objectContaining({ indicator: 1, field: 'causes[0].text' }), message: expect.stringContaining('“暂无”不是说明') }),
    ]);
    expect(saved.spendingLight).toMatchObject({ color: 'green', inputs: { budget: project.budget, spent: project.budget, scheduledPercent: expect.any(String) } });
    expect(saved.indicators[0]?.light.explanation).toMatch(/→ (绿灯|黄灯|红灯|蓝灯)$/);
  });

  it('refuses what cannot be stored with field paths: an amount that is not a number, an indicator of another project', async () => {
    const project = projectOf(await unitMonitoring(editor, round.id, unitA), seed.projectId);
    const other = (await unitMonitoring(editor, round.id, unitA)).projects.find((entry) => entry.id !== seed.projectId);
    const foreign = other?.indicators[0]?.id ?? '';
    const [row] = onTrackReport(project).indicators;
    if (!row) throw new Error('the project has indicators');
    const report = onTrackReport(project, { spent: '十二万', indicators: [{ ...row, indicatorId: foreign }] });
    const error = errorOf(await put(editor, seed.projectId, report));
    expect(error).toMatchObject({ code: 'validation_failed', fields: [{ path: 'spent' }, { path: 'indicators.0.indicatorId' }] });
    const zod = errorOf(await put(editor, seed.projectId, { ...report, spent: '1', indicators: [{ indicatorId: 'x' }] }));
    expect(zod.code).toBe('validation_failed');
    expect(zod.fields?.map((field) => field.path)).toContain('indicators.0.indicatorId');
  });

  it('answers a stale save with 409 and the entry as it is now', async () => {
    const project = projectOf(await unitMonitoring(editor, round.id, unitA), seed.projectId);
    const response = await put(leader, seed.projectId, onTrackReport(project, { expectedVersion: 0 }));
    expect(response.statusCode).toBe(409);
    const error = errorOf(response);
    expect(error.details).toMatchObject({ reason: 'version', currentVersion: 1, current: { id: seed.projectId, version: 1 } });
    expect(error.message).toContain('的监控填报已被');
  });

  it('keeps other units out: 404 on every monitoring route of unit A for an editor of unit B', async () => {
    const outsider = await server.userOf('unit_editor', { unit: 'B' });
    const project = projectOf(await unitMonitoring(editor, round.id, unitA), seed.projectId);
    const responses = [
      await outsider.get(`/api/monitoring-rounds/${round.id}/units/${unitA}`),
      await outsider.request('PUT', `/api/monitoring-rounds/${round.id}/projects/${seed.projectId}`, onTrackReport(project)),
      await (await server.userOf('unit_leader', { unit: 'B' })).post(`/api/monitoring-rounds/${round.id}/units/${unitA}/submit`),
    ];
    expect(responses.map((response) => [response.statusCode, errorOf(response).code])).toEqual(Array(3).fill([404, 'not_found']));
    const reviewerB = await server.userOf('finance_reviewer', { unit: 'B' });
    expect((await reviewerB.get(`/api/monitoring-rounds/${round.id}`)).statusCode).toBe(404);
  });
});

describe('submitting and the division view', () => {
  it('refuses a submission by an editor (403) and one with projects not reported (400 with the findings)', async () => {
    expect(errorOf(await editor.post(`/api/monitoring-rounds/${round.id}/units/${unitA}/submit`)).code).toBe('forbidden');
    const refused = errorOf(await leader.post(`/api/monitoring-rounds/${round.id}/units/${unitA}/submit`));
    expect(refused.code).toBe('validation_failed');
    const findings = refused.details?.findings as { code: string }[];
    expect(findings.filter((finding) => finding.code === 'monitoring.report-missing')).toHaveLength(8);
    expect(findings.some((finding) => finding.code === 'monitoring.explanation-empty')).toBe(true);
  });

  it('submits once every project is reported without errors; the reports are then final', async () => {
    for (const project of (await unitMonitoring(editor, round.id, unitA)).projects) {
      const response = await put(editor, project.id, onTrackReport(project, { spent: '0' }));
      expect({ project: project.name, status: response.statusCode, errors: response.json<MonitoringProjectJson>().findings }).toEqual({ project: project.name, status: 200, errors: [] });
    }
    const submitted = await leader.post(`/api/monitoring-rounds/${round.id}/units/${unitA}/submit`);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json<MonitoringUnitJson>()).toMatchObject({ submitted: true, can: { report: false, submit: false } });
    const project = projectOf(await unitMonitoring(editor, round.id, unitA), seed.projectId);
    expect(errorOf(await put(editor, seed.projectId, onTrackReport(project))).details).toEqual({ reason: 'submitted' });
  });

  it('lists units not reported first, then the reported ones by worst light, red first', async () => {
    const unitD = await unitIdOf(admin, '203003');
    const projectD = (await unitMonitoring(admin, round.id, unitD)).projects[0];
    if (!projectD) throw new Error('unit 203003 has a project');
    expect((await put(admin, projectD.id, onTrackReport(projectD))).statusCode).toBe(200);
    expect((await admin.post(`/api/monitoring-rounds/${round.id}/units/${unitD}/submit`)).statusCode).toBe(200);
    const view = (await reviewer.get(`/api/monitoring-rounds/${round.id}`)).json<MonitoringRoundDetailJson>();
    expect(view.units.map((row) => [row.unit.code, row.reported, row.worst])).toEqual([
      ['203002', false, null],
      ['203001', true, 'red'],
      ['203003', true, 'green'],
    ]);
    expect(view.units[1]?.counts.red).toBeGreaterThan(0);
    expect(view).toMatchObject({ round: { submittedCount: 2 }, can: { close: true } });
    expect(errorOf(await editor.get(`/api/monitoring-rounds/${round.id}`)).code).toBe('forbidden');
  });

  it('closes the round; nothing more can be saved, a second close is a conflict', async () => {
    const stale = await reviewer.post(`/api/monitoring-rounds/${round.id}/close`, { expectedVersion: 7 });
    expect(errorOf(stale).details).toMatchObject({ reason: 'version', currentVersion: 1 });
    const closed = await reviewer.post(`/api/monitoring-rounds/${round.id}/close`, { expectedVersion: 1 });
    expect(closed.json<MonitoringRoundJson>()).toMatchObject({ status: 'closed', version: 2, closedAt: expect.any(String) });
    expect(errorOf(await reviewer.post(`/api/monitoring-rounds/${round.id}/close`, { expectedVersion: 2 })).details).toEqual({ reason: 'closed' });
    const unitC = await unitIdOf(admin, '203002');
    const projectC = (await unitMonitoring(admin, round.id, unitC)).projects[0];
    if (!projectC) throw new Error('unit 203002 has a project');
    expect(errorOf(await put(admin, projectC.id, onTrackReport(projectC))).details).toEqual({ reason: 'closed' });
  });

  it('keeps the audit trail of every change with before and after', async () => {
    const events = (await admin.get('/api/audit?pageSize=100')).json<{ items: { action: string; before: unknown; after: unknown }[] }>().items;
    const actions = new Set(events.map((event) => event.action));
    for (const action of ['monitoring_round.open', 'monitoring_report.save', 'monitoring_unit.submit', 'monitoring_round.close']) expect(actions).toContain(action);
    const save = events.find((event) => event.action === 'monitoring_report.save');
    expect(save?.after).toMatchObject({ spent: expect.any(String), indicators: expect.any(Array) });
  });
});

describe('unknown ids and malformed bodies', () => {
  it('answers 404 for a round, unit, project or unit year that does not exist, on every new route', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    const requests: [TestClient, 'GET' | 'POST' | 'PUT', string, unknown?][] = [
      [reviewer, 'GET', `/api/monitoring-rounds/${none}`],
      [reviewer, 'POST', `/api/monitoring-rounds/${none}/close`, { expectedVersion: 1 }],
      [editor, 'GET', `/api/monitoring-rounds/${none}/units/${unitA}`],
      [editor, 'GET', `/api/monitoring-rounds/${round.id}/units/${none}`],
      [editor, 'PUT', `/api/monitoring-rounds/${round.id}/projects/${none}`, { expectedVersion: 0, spent: '0', expectedSpent: '0', indicators: [] }],
      [leader, 'POST', `/api/monitoring-rounds/${none}/units/${unitA}/submit`],
      [editor, 'GET', `/api/monitoring-rounds/${none}/units/${unitA}/template.xlsx`],
      [editor, 'GET', `/api/monitoring-rounds/${none}/units/${unitA}/export?format=docx`],
      [editor, 'GET', `/api/projects/${none}/self-evaluation`],
      [editor, 'PUT', `/api/projects/${none}/self-evaluation`, { expectedVersion: 0, adjustedBudget: '1', spent: '1', indicators: [] }],
      [editor, 'GET', `/api/unit-years/${none}/self-evaluation`],
      [editor, 'GET', `/api/unit-years/${none}/self-evaluation/export?format=xlsx`],
    ];
    for (const [who, method, url, body] of requests) {
      const response = await who.request(method, url, body);
      expect({ url, status: response.statusCode, code: errorOf(response).code }).toEqual({ url, status: 404, code: 'not_found' });
    }
  });

  it('answers a malformed body with 400 and the field path', async () => {
    const close = errorOf(await reviewer.post(`/api/monitoring-rounds/${round.id}/close`, { expectedVersion: 'one' }));
    expect(close).toMatchObject({ code: 'validation_failed', fields: [{ path: 'expectedVersion' }] });
    const save = errorOf(await editor.request('PUT', `/api/monitoring-rounds/${round.id}/projects/${seed.projectId}`, { expectedVersion: 0, spent: '', expectedSpent: '1', indicators: [{ indicatorId: seed.indicatorId, progress: { kind: 'number', value: '1' }, expected: null, likelihood: 'maybe', causes: [], remark: '', rectification: { needed: false, action: '' } }] }));
    expect(save.code).toBe('validation_failed');
    expect(save.fields?.map((field) => field.path)).toEqual(['spent', 'indicators.0.likelihood']);
  });
});

describe('hostile filters', () => {
  it('answers SQL in the filters and ids with 400 or 404, tables intact', async () => {
    const attempts = ["/api/monitoring-rounds?year=2021'%20OR%201=1--", '/api/monitoring-rounds?status=open%27%3B%20DROP%20TABLE%20monitoring_rounds%3B--', `/api/monitoring-rounds/${round.id}'%20OR%20'1'='1`, `/api/monitoring-rounds/${round.id}/units/x'%20OR%20'1'='1`];
    const statuses = [];
    for (const url of attempts) statuses.push((await reviewer.get(url)).statusCode);
    expect(statuses).toEqual([400, 400, 404, 404]);
    expect((await reviewer.get('/api/monitoring-rounds')).json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it('refuses every state-changing monitoring and self-evaluation route without the session CSRF token', async () => {
    const noToken = (who: TestClient) => client(server.app, { ...who, csrfToken: null });
    const requests: [TestClient, 'POST' | 'PUT', string, unknown][] = [
      [reviewer, 'POST', '/api/monitoring-rounds', { year: 2021, cutOff: '2021-09-30' }],
      [reviewer, 'POST', `/api/monitoring-rounds/${round.id}/close`, { expectedVersion: 2 }],
      [editor, 'PUT', `/api/monitoring-rounds/${round.id}/projects/${seed.projectId}`, { expectedVersion: 0, spent: '0', expectedSpent: '0', indicators: [] }],
      [leader, 'POST', `/api/monitoring-rounds/${round.id}/units/${unitA}/submit`, undefined],
      [editor, 'POST', `/api/monitoring-rounds/${round.id}/units/${unitA}/template.xlsx`, undefined],
      [editor, 'PUT', `/api/projects/${seed.projectId}/self-evaluation`, { expectedVersion: 0, adjustedBudget: '1', spent: '1', indicators: [] }],
    ];
    for (const [who, method, url, body] of requests) {
      const response = await noToken(who).request(method, url, body);
      expect({ url, status: response.statusCode, code: errorOf(response).code }).toEqual({ url, status: 403, code: 'csrf_failed' });
    }
    expect((await reviewer.get('/api/monitoring-rounds?year=2021')).json<{ items: unknown[] }>().items).toHaveLength(1);
  });
});
