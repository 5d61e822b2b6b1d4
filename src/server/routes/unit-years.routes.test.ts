/**
 * Unit years over HTTP: years, the list (scope, filters, Chinese order, pages), one unit year, the department
 * plan, the status steps up to publication (what the public then sees), and exports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../app/import-document';
import type { ProjectDetailJson } from '../../contract/projects';
import type { DepartmentPlanRecordJson, UnitYearDetailJson, UnitYearSummaryJson } from '../../contract/unit-years';
import { readDocument } from '../../core/documents/read-document';
import { emitTextExport } from '../../core/import-text';
import type { UnitYear } from '../../core/model';
import { buildProject, buildUnitYear } from '../../core/testing/builders';
import { loadUnitYear, type Database } from '../../db';
import { openTestDatabase } from '../../db/testing';
import { startTestServer, type TestClient, type TestServer } from '../testing';
import { importSeed, type SeedIds } from './testing-routes';

let db: Database;
let server: TestServer;
let admin: TestClient;
let editor: TestClient;
let leader: TestClient;
let reviewer: TestClient;
let editorB: TestClient;
let seed: SeedIds;

async function store(unitYear: UnitYear): Promise<void> {
  const result = await importDocument(server.deps, { fileName: `${unitYear.unit.code}.txt`, bytes: new TextEncoder().encode(emitTextExport(unitYear)) });
  if (result.outcome !== 'stored') throw new Error(`not stored: ${JSON.stringify(result.findings.slice(0, 3))}`);
}

const unitB = { code: '301001', name: '抚宁区财政局本级', divisionCode: '130324' };
const education = { code: '203002', name: '昌黎县教育局', divisionCode: '130322' };

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer(db);
  admin = await server.userOf('admin');
  editor = await server.userOf('unit_editor');
  leader = await server.userOf('unit_leader');
  reviewer = await server.userOf('finance_reviewer');
  editorB = await server.userOf('unit_editor', { unit: 'B' });
  seed = await importSeed(server, admin);
  await store(buildUnitYear({ unit: unitB, projects: [buildProject({ code: '130324210BPROJECT0001', name: '2021年财政业务经费' })] }));
  await store(buildUnitYear({ unit: education, year: 2020, projects: [buildProject({ code: '130322200EDUPROJECT01', name: '2020年校舍维修经费' })] }));
});
afterAll(async () => {
  await server.close();
  await db.close();
});

type Page = { items: UnitYearSummaryJson[]; total: number; page: number; pageSize: number };
const list = async (client: TestClient, query = '') => (await client.get(`/api/unit-years${query}`)).json<Page>();
const names = (page: Page) => page.items.map((item) => item.unit.name);

describe('listing unit years', () => {
  it('gives the years in scope, newest first', async () => {
    expect((await admin.get('/api/years')).json()).toEqual({ years: [2021, 2020] });
    expect((await reviewer.get('/api/years')).json()).toEqual({ years: [2021, 2020] });
    expect((await editorB.get('/api/years')).json()).toEqual({ years: [2021] });
    expect((await server.anonymous().get('/api/years')).json()).toEqual({ years: [] });
  });

  it('sorts by unit name in Chinese order, and each role sees its scope only', async () => {
    expect(names(await list(admin))).toEqual(['昌黎县教育局', '抚宁区财政局本级', '中国共产党昌黎县委员会组织部本级']);
    expect(names(await list(reviewer))).toEqual(['昌黎县教育局', '中国共产党昌黎县委员会组织部本级']);
    expect(names(await list(editor))).toEqual(['中国共产党昌黎县委员会组织部本级']);
    expect(names(await list(editorB))).toEqual(['抚宁区财政局本级']);
    expect((await list(server.anonymous())).total).toBe(0);
  });

  it('filters by year, division, unit, status and text (wildcards taken literally), and pages', async () => {
    expect(names(await list(admin, '?year=2020'))).toEqual(['昌黎县教育局']);
    expect(names(await list(admin, '?divisionCode=130324'))).toEqual(['抚宁区财政局本级']);
    expect(names(await list(admin, `?q=${encodeURIComponent('组织部')}`))).toEqual(['中国共产党昌黎县委员会组织部本级']);
    expect(names(await list(admin, '?q=301'))).toEqual(['抚宁区财政局本级']);
    expect((await list(admin, '?q=%25')).total).toBe(0);
    expect((await list(admin, '?q=_')).total).toBe(0);
    expect((await list(admin, '?status=submitted')).total).toBe(0);
    const unitId = (await list(editorB)).items[0]?.unit.id;
    expect(names(await list(admin, `?unitId=${unitId}`))).toEqual(['抚宁区财政局本级']);
    expect((await list(editor, `?unitId=${unitId}`)).total).toBe(0);
    expect(await list(admin, '?pageSize=1&page=2')).toMatchObject({ total: 3, page: 2, pageSize: 1, items: [{ unit: { name: '抚宁区财政局本级' } }] });
  });

  it('refuses malformed filters with the parameter named', async () => {
    for (const [query, path] of [['?year=abc', 'year'], ['?pageSize=1000', 'pageSize'], ['?status=bogus', 'status'], ['?unitId=1', 'unitId']]) {
      const response = await admin.get(`/api/unit-years${query}`);
      expect({ status: response.statusCode, paths: response.json<{ error: { fields: { path: string }[] } }>().error.fields.map((field) => field.path) }).toEqual({ status: 400, paths: [path] });
    }
  });
});

describe('one unit year', () => {
  it('gives the department plan, the projects with totals, the plan findings and what the caller may do', async () => {
    const detail = (await leader.get(`/api/unit-years/${seed.unitYearId}`)).json<UnitYearDetailJson>();
    expect(detail).toMatchObject({ unit: { code: '203001' }, status: 'draft', projectCount: 9, indicatorCount: 103, budgetTotal: 354.72, totals: { projectCount: 9, indicatorCount: 103, budget: { total: 354.72 } } });
    expect(detail.projects.map((project) => project.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(detail.departmentPlan.commitments.length).toBeGreaterThan(0);
    expect(detail.can).toMatchObject({ edit: true, submit: true, approve: false, publish: false });
    expect(detail.grades).toEqual({ 优: 0, 良: 0, 中: 0, 差: 0, ungraded: 9 });
    expect((await editorB.get(`/api/unit-years/${seed.unitYearId}`)).statusCode).toBe(404);
    expect((await admin.get('/api/unit-years/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('edits the department plan: commitments follow from the overall goal; a stale version gets 409', async () => {
    const plan = (await editor.get(`/api/unit-years/${seed.unitYearId}`)).json<UnitYearDetailJson>().departmentPlan;
    const body = { expectedVersion: plan.version, overallGoal: '做好组织工作。具体体现在如下方面：购置436台调制解调器；培训8期。', subGoals: plan.subGoals, measures: plan.measures };
    const response = await editor.request('PUT', `/api/unit-years/${seed.unitYearId}/department-plan`, body);
    expect(response.statusCode).toBe(200);
    expect(response.json<DepartmentPlanRecordJson>()).toMatchObject({ version: plan.version + 1, commitments: ['购置436台调制解调器', '培训8期'], updatedBy: { displayName: expect.any(String) } });
    const stale = await leader.request('PUT', `/api/unit-years/${seed.unitYearId}/department-plan`, { ...body, overallGoal: '别的目标。' });
    expect(stale.json()).toMatchObject({ error: { code: 'conflict', details: { reason: 'version', currentVersion: plan.version + 1, changedFields: ['overallGoal'], current: { commitments: ['购置436台调制解调器', '培训8期'] } } } });
    const invalid = await editor.request('PUT', `/api/unit-years/${seed.unitYearId}/department-plan`, { ...body, expectedVersion: plan.version + 1, subGoals: [{ title: '', goal: '', indicatorText: '' }] });
    expect(invalid.json<{ error: { fields: { path: string }[] } }>().error.fields.map((field) => field.path)).toEqual(['subGoals.0.title']);
  });
});

describe('exports', () => {
  it('downloads Word and Excel (ZIP packages) with the UTF-8 file name', async () => {
    for (const format of ['docx', 'xlsx']) {
      const response = await editor.get(`/api/unit-years/${seed.unitYearId}/export?format=${format}`);
      expect(response.statusCode).toBe(200);
      expect(response.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="203001-2021.${format}"; filename*=UTF-8''203001-2021.${format}`);
    }
  });

  it('downloads the text export, which imports back to the stored model, and open data', async () => {
    const text = await editor.get(`/api/unit-years/${seed.unitYearId}/export?format=txt`);
    const read = await readDocument(new Uint8Array(text.rawPayload));
    expect(read.unitYear).toEqual(await loadUnitYear(db, '203001', 2021));
    const csv = await editor.get(`/api/unit-years/${seed.unitYearId}/export?format=csv`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body).toContain('mof_div_code');
    const json = await editor.get(`/api/unit-years/${seed.unitYearId}/export?format=open-data`);
    expect(json.headers['content-disposition']).toContain('203001-2021-open-data.json');
    expect((await editor.get(`/api/unit-years/${seed.unitYearId}/export?format=pdf`)).json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe('format');
    expect((await editorB.get(`/api/unit-years/${seed.unitYearId}/export?format=csv`)).statusCode).toBe(404);
  });
});

describe('from draft to publication', () => {
  it('is submitted by the leader, graded and approved by finance, published; the public then reads it', async () => {
    const submitted = await leader.post(`/api/unit-years/${seed.unitYearId}/submit`);
    expect(submitted.json<UnitYearDetailJson>()).toMatchObject({ status: 'submitted', submittedAt: expect.any(String), version: 2, can: { submit: false, edit: false } });
    expect((await leader.post(`/api/unit-years/${seed.unitYearId}/submit`)).json()).toMatchObject({ error: { code: 'conflict', details: { reason: 'status', status: 'submitted' } } });
    expect((await reviewer.post(`/api/unit-years/${seed.unitYearId}/return`, { comment: '' })).json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe('comment');
    const detail = (await reviewer.get(`/api/unit-years/${seed.unitYearId}`)).json<UnitYearDetailJson>();
    for (const project of detail.projects) {
      const graded = await reviewer.request('PUT', `/api/projects/${project.id}/review`, { expectedVersion: project.version, grade: '优', comment: '' });
      expect(graded.statusCode).toBe(200);
    }
    expect((await reviewer.post(`/api/unit-years/${seed.unitYearId}/publish`)).json()).toMatchObject({ error: { code: 'conflict', details: { reason: 'status' } } });
    const approved = await reviewer.post(`/api/unit-years/${seed.unitYearId}/approve`, { comment: '同意。' });
    expect(approved.json<UnitYearDetailJson>()).toMatchObject({ status: 'approved', statusComment: '同意。', grades: { 优: 9, ungraded: 0 } });
    const published = await reviewer.post(`/api/unit-years/${seed.unitYearId}/publish`);
    expect(published.json<UnitYearDetailJson>()).toMatchObject({ publishedAt: expect.any(String), can: { publish: false } });

    const visitor = server.anonymous();
    expect((await visitor.get('/api/years')).json()).toEqual({ years: [2021] });
    expect(names(await list(visitor))).toEqual(['中国共产党昌黎县委员会组织部本级']);
    const seen = (await visitor.get(`/api/unit-years/${seed.unitYearId}`)).json<UnitYearDetailJson>();
    expect(seen.can).toEqual({ edit: false, submit: false, approve: false, return: false, publish: false, grade: false });
    expect((await visitor.get(`/api/projects/${seed.projectId}`)).json<ProjectDetailJson>().reviewGrade).toBe('优');
    expect((await visitor.get(`/api/unit-years/${seed.unitYearId}/export?format=docx`)).statusCode).toBe(200);
    const hidden = (await list(admin, '?q=301001')).items[0]?.id;
    expect((await visitor.get(`/api/unit-years/${hidden}`)).statusCode).toBe(404);
    const events = (await admin.get(`/api/audit?entityId=${seed.unitYearId}`)).json<{ items: { action: string }[] }>();
    expect(events.items.map((event) => event.action)).toEqual(['unit_year.publish', 'unit_year.approve', 'unit_year.submit']);
  });
});
