/**
 * The monitoring template over HTTP: download → fill → upload stores exactly what was typed, download → upload
 * again changes nothing, and a sheet with a wrong cell type, a missing row or an extra column (or made before a
 * later save, or not a workbook at all) is refused with every problem at its cell and nothing stored. Also the
 * monitoring table's exports (Word, Excel, open data).
 */
import type { LightMyRequestResponse } from 'fastify';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonitoringRoundJson, MonitoringUnitJson } from '../../contract/monitoring';
import type { OpenDataRecord } from '../../core/open-data';
import { openWorkbook, saveWorkbook, sheetNamed } from '../../core/xlsx/test-workbooks';
import type { Database } from '../../db';
import { openTestDatabase } from '../../db/testing';
import { startTestServer, type TestClient, type TestServer } from '../testing';
import { onTrackReport, openRound, unitIdOf, unitMonitoring } from './testing-monitoring';
import { importSeed, multipartBody } from './testing-routes';

let db: Database;
let server: TestServer;
let editor: TestClient;
let round: MonitoringRoundJson;
let unitA: string;

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer(db);
  editor = await server.userOf('unit_editor');
  const admin = await server.userOf('admin');
  await importSeed(server, editor);
  unitA = await unitIdOf(admin, '203001');
  round = await openRound(await server.userOf('finance_reviewer'));
  const [first] = (await unitMonitoring(editor, round.id, unitA)).projects;
  if (!first) throw new Error('the seed has projects');
  const report = onTrackReport(first, { spent: '7.123456', expectedSpent: '20.32' });
  const [row, ...rest] = report.indicators;
  if (!row) throw new Error('the project has indicators');
  const behind = { ...row, progress: { kind: 'number' as const, value: '62.50' }, likelihood: 'possible' as const, causes: [{ kind: 'funding' as const, text: '资金7月下旬到位。' }], remark: '10月底前完成。', rectification: { needed: true, action: '8月完成采购。' } };
  await editor.request('PUT', `/api/monitoring-rounds/${round.id}/projects/${first.id}`, { ...report, indicators: [behind, ...rest] });
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const templateUrl = () => `/api/monitoring-rounds/${round.id}/units/${unitA}/template.xlsx`;
const errorOf = (response: LightMyRequestResponse) => response.json<{ error: { code: string; message: string; details?: { findings?: { location: { cell?: string }; message: string }[] } } }>().error;

async function download(): Promise<Uint8Array> {
  const response = await editor.get(templateUrl());
  expect(response.headers['content-type']).toContain('spreadsheetml');
  return new Uint8Array(response.rawPayload);
}

function upload(bytes: Uint8Array, fileName = 'template.xlsx'): Promise<LightMyRequestResponse> {
  const { payload, contentType } = multipartBody({ fileName, bytes });
  return server.app.inject({ method: 'POST', url: templateUrl(), payload, headers: { 'content-type': contentType, cookie: editor.cookie ?? '', 'x-csrf-token': editor.csrfToken ?? '' } });
}

async function filled(bytes: Uint8Array, change: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = await openWorkbook(bytes);
  change(workbook);
  return saveWorkbook(workbook);
}

/** What is stored for the unit: each project's version and report. */
const stored = async () => (await unitMonitoring(editor, round.id, unitA)).projects.map((project) => ({ id: project.id, version: project.version, report: project.report }));

describe('the template round trip', () => {
  it('gives back what is stored when uploaded unchanged: nothing is saved again', async () => {
    const before = await stored();
    const response = await upload(await download());
    expect(response.statusCode).toBe(200);
    expect(await stored()).toEqual(before);
    expect(before[0]?.report).toMatchObject({ spent: 7.123456, expectedSpent: 20.32 });
    expect(before[0]?.report?.indicators[0]).toMatchObject({ progress: { kind: 'number', value: '62.5' }, remark: '10月底前完成。' });
  });

  it('stores what a unit types into a blank sheet, exactly, and a second round trip changes nothing', async () => {
    const project = (await unitMonitoring(editor, round.id, unitA)).projects[1];
    if (!project) throw new Error('a second project');
    const bytes = await filled(await download(), (workbook) => {
      const sheet = sheetNamed(workbook, '项目2');
      sheet.getCell('D4').value = 11.5;
      sheet.getCell('F4').value = '23';
      project.indicators.forEach((indicator, index) => {
        const row = 7 + index;
        const value = indicator.target.kind === 'quantitative' ? (indicator.target.value ?? 0) / 2 : '部分达成';
        sheet.getCell(`F${row}`).value = value;
        sheet.getCell(`G${row}`).value = indicator.target.kind === 'quantitative' ? (indicator.target.value ?? 0) : '达成';
        sheet.getCell(`H${row}`).value = '有可能';
        sheet.getCell(`J${row}`).value = `第${index + 1}项制度尚未出台。`;
        sheet.getCell(`N${row}`).value = `第${index + 1}项下半年推进。`;
        sheet.getCell(`O${row}`).value = '否';
      });
    });
    const response = await upload(bytes);
    expect(response.statusCode).toBe(200);
    const saved = response.json<MonitoringUnitJson>().projects[1];
    expect(saved).toMatchObject({ version: 1, report: { spent: 11.5, expectedSpent: 23 } });
    expect(saved?.report?.indicators[0]).toMatchObject({ likelihood: 'possible', causes: [{ kind: 'rules', text: '第1项制度尚未出台。' }], remark: '第1项下半年推进。', rectification: { needed: false, action: '' } });
    expect(saved?.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    const before = await stored();
    expect((await upload(await download())).statusCode).toBe(200);
    expect(await stored()).toEqual(before);
  });
});

describe('broken templates store nothing', () => {
  it.each([
    ['a wrong cell type', (workbook: ExcelJS.Workbook) => void (sheetNamed(workbook, '项目1').getCell('F8').value = '很好'), "'项目1'!F8"],
    ['a missing row', (workbook: ExcelJS.Workbook) => void sheetNamed(workbook, '项目1').spliceRows(9, 1), "'项目1'!D9"],
    ['an extra column', (workbook: ExcelJS.Workbook) => void (sheetNamed(workbook, '项目3').getCell('R7').value = '补充说明'), "'项目3'!R7"],
  ])('refuses %s with its cell', async (_name, change, cell) => {
    const before = await stored();
    const response = await upload(await filled(await download(), (workbook) => {
      sheetNamed(workbook, '项目1').getCell('D4').value = 9;
      change(workbook);
    }));
    expect(response.statusCode).toBe(422);
    const error = errorOf(response);
    expect(error.code).toBe('import_rejected');
    expect(error.details?.findings?.map((finding) => finding.location.cell)).toEqual([cell]);
    expect(error.message).toContain(cell);
    expect(await stored()).toEqual(before);
  });

  it('refuses a template made before a later save, and a file that is not a workbook', async () => {
    const old = await download();
    const project = (await unitMonitoring(editor, round.id, unitA)).projects[0];
    if (!project) throw new Error('a project');
    await editor.request('PUT', `/api/monitoring-rounds/${round.id}/projects/${project.id}`, onTrackReport(project, { spent: '8' }));
    const stale = errorOf(await upload(await filled(old, (workbook) => void (sheetNamed(workbook, '项目1').getCell('D4').value = 9))));
    expect(stale.details?.findings?.map((finding) => finding.message)).toEqual([expect.stringContaining('请重新下载模板')]);
    const notWorkbook = errorOf(await upload(new TextEncoder().encode('项目,执行数\n'), 'report.csv'));
    expect(notWorkbook).toMatchObject({ code: 'import_rejected' });
    expect((await unitMonitoring(editor, round.id, unitA)).projects[0]?.report?.spent).toBe(8);
  });

  it('keeps other units out: 404 for an editor of unit B, before reading the file', async () => {
    const outsider = await server.userOf('unit_editor', { unit: 'B' });
    expect((await outsider.get(templateUrl())).statusCode).toBe(404);
    const { payload, contentType } = multipartBody({ fileName: 'x.xlsx', bytes: await download() });
    const response = await server.app.inject({ method: 'POST', url: templateUrl(), payload, headers: { 'content-type': contentType, cookie: outsider.cookie ?? '', 'x-csrf-token': outsider.csrfToken ?? '' } });
    expect(response.statusCode).toBe(404);
    expect((await outsider.get(`/api/monitoring-rounds/${round.id}/units/${unitA}/export?format=docx`)).statusCode).toBe(404);
  });
});

describe('the monitoring table', () => {
  it('exports Word, Excel and open data with the monitoring fields', async () => {
    const base = `/api/monitoring-rounds/${round.id}/units/${unitA}/export`;
    const word = await editor.get(`${base}?format=docx`);
    expect(word.headers['content-type']).toContain('wordprocessingml');
    expect(word.headers['content-disposition']).toContain(encodeURIComponent('监控表'));
    expect((await editor.get(`${base}?format=xlsx`)).headers['content-type']).toContain('spreadsheetml');
    const records = (await editor.get(`${base}?format=open-data`)).json<OpenDataRecord[]>();
    expect(records[0]).toMatchObject({ agency_code: '203001', perf_comp: expect.any(String), est_perf_annual: expect.any(String) });
    expect(records.filter((record) => record.ana_dev_reasons?.startsWith('制度保障：'))).toHaveLength((await unitMonitoring(editor, round.id, unitA)).projects[1]?.indicators.length ?? -1);
    expect((await editor.get(`${base}?format=pdf`)).statusCode).toBe(400);
  });
});
