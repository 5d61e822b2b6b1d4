/**
 * The reference document end to end over HTTP: upload as a unit editor of 203001 → preview → confirm → list →
 * the 远教电教 project → its 100百分百 indicator carries values.unknown-unit → fix it → the finding is gone; a
 * stale edit gets 409.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportDetailJson } from '../../contract/imports';
import type { IndicatorChangeJson, ProjectDetailJson } from '../../contract/projects';
import type { UnitYearDetailJson, UnitYearSummaryJson } from '../../contract/unit-years';
import type { Database } from '../../db';
import { openTestDatabase } from '../../db/testing';
import { startTestServer, type TestClient, type TestServer } from '../testing';
import { seedBytes, seedFileName, upload } from './testing-routes';

let db: Database;
let server: TestServer;
let editor: TestClient;

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer(db);
  editor = await server.userOf('unit_editor');
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('the reference document over HTTP', () => {
  let previewId: string;
  let unitYearId: string;
  let project: ProjectDetailJson;

  it('previews the upload: 9 projects, 103 indicators, 354.72 万元, import findings and the review', async () => {
    const response = await upload(server, editor, { fileName: seedFileName, bytes: await seedBytes() });
    expect(response.statusCode).toBe(201);
    const preview = response.json<ImportDetailJson>();
    expect(preview).toMatchObject({
      status: 'preview',
      fileName: seedFileName,
      format: 'text',
      encoding: 'utf-8',
      unit: { code: '203001', name: '中国共产党昌黎县委员会组织部本级', divisionCode: '130322' },
      year: 2021,
      counts: { projects: 9, indicators: 103, budgetTotal: 354.72 },
      canConfirm: true,
      exists: false,
      unitYearId: null,
    });
    expect(preview.review?.pack.id).toBe('hebei-2021');
    expect(preview.review?.findings.some((finding) => finding.code === 'values.unknown-unit')).toBe(true);
    previewId = preview.id;
  });

  it('confirms it: the unit year is stored and listed', async () => {
    const response = await editor.post(`/api/imports/${previewId}/confirm`, { replace: false });
    expect(response.statusCode).toBe(200);
    const stored = response.json<ImportDetailJson>();
    expect(stored).toMatchObject({ status: 'stored', canConfirm: false, exists: true });
    unitYearId = stored.unitYearId ?? '';
    const list = (await editor.get('/api/unit-years')).json<{ items: UnitYearSummaryJson[]; total: number }>();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ id: unitYearId, year: 2021, status: 'draft', projectCount: 9, indicatorCount: 103, budgetTotal: 354.72, reviewPack: 'hebei-2021' });
    expect(list.items[0]?.findings.warning).toBeGreaterThan(0);
  });

  it('opens the 远教电教 project, whose 100百分百 indicator carries values.unknown-unit', async () => {
    const detail = (await editor.get(`/api/unit-years/${unitYearId}`)).json<UnitYearDetailJson>();
    expect(detail.projects).toHaveLength(9);
    expect(detail.totals.budget.total).toBe(354.72);
    const row = detail.projects.find((candidate) => candidate.name.includes('远教电教'));
    expect(row).toBeDefined();
    const response = await editor.get(`/api/projects/${row?.id}`);
    expect(response.statusCode).toBe(200);
    project = response.json<ProjectDetailJson>();
    const typo = project.indicators.find((indicator) => indicator.target.raw === '100百分百');
    expect(typo).toBeDefined();
    expect(project.findings.filter((finding) => finding.indicatorId === typo?.id).map((finding) => finding.code)).toContain('values.unknown-unit');
    expect(project.can.edit).toBe(true);
  });

  it('fixes the target: the finding is gone in the answer and in the project; a stale edit gets 409', async () => {
    const typo = project.indicators.find((indicator) => indicator.target.raw === '100百分百');
    const response = await editor.patch(`/api/indicators/${typo?.id}`, { expectedVersion: typo?.version, target: '100%' });
    expect(response.statusCode).toBe(200);
    const change = response.json<IndicatorChangeJson>();
    expect(change.indicator?.target).toMatchObject({ raw: '100%', kind: 'quantitative', comparator: '=', value: 100, unit: '%' });
    expect(change.findings.filter((finding) => finding.indicatorId === typo?.id).map((finding) => finding.code)).not.toContain('values.unknown-unit');
    const reread = (await editor.get(`/api/projects/${project.id}`)).json<ProjectDetailJson>();
    expect(reread.findings.filter((finding) => finding.indicatorId === typo?.id).map((finding) => finding.code)).not.toContain('values.unknown-unit');
    expect(reread.indicators.find((indicator) => indicator.id === typo?.id)?.version).toBe((typo?.version ?? 0) + 1);

    const stale = await editor.patch(`/api/indicators/${typo?.id}`, { expectedVersion: typo?.version, target: '≥99%' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'conflict', details: { reason: 'version', currentVersion: (typo?.version ?? 0) + 1, changedFields: ['target'], current: { id: typo?.id, target: { raw: '100%' } } } },
    });
  });
});
