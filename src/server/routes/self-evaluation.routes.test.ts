/**
 * Self-evaluation over HTTP: the worked example of domain.md §5 (8.62, 98.62, 优 with the working text),
 * explanations refused with located messages ("暂无", copies), drafts with findings, versions and 409s, field
 * paths, the unit's weighted summary, the division ranking, and other units kept out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SaveSelfEvaluationRequest, SelfEvaluationJson, UnitSelfEvaluationJson, RankingJson } from '../../contract/self-evaluation';
import { buildIndicator, buildProject, buildTarget, buildUnitYear } from '../../core/testing/builders';
import type { Database } from '../../db';
import { storeUnitYear } from '../../db/store-unit-year';
import { buildImportRecord } from '../../db/testing-data';
import { openTestDatabase } from '../../db/testing';
import { startTestServer, type TestClient, type TestServer } from '../testing';

let db: Database;
let server: TestServer;
let editor: TestClient;
let reviewer: TestClient;
let projectId: string;
let unitYearId: string;
let blank: SelfEvaluationJson;

const errorOf = (response: { json: <T>() => T }) => response.json<{ error: { code: string; message: string; fields?: { path: string }[]; details?: Record<string, unknown> } }>().error;

// The published 2022 self-evaluation of domain.md §5, stored as unit 203001's 2022 targets.
const example = buildProject({
  code: '2022EXAMPLE',
  name: '示例项目',
  budget: { total: '25.00' },
  indicators: [
    buildIndicator({ level1: '产出指标', level2: '数量指标', name: '培训人数', target: buildTarget({ raw: '≥200人', comparator: '≥', value: 200, valueText: '200', measureUnit: '人' }) }),
    buildIndicator({ level1: '产出指标', level2: '质量指标', name: '培训合格率', target: buildTarget({ raw: '≥95%', comparator: '≥', value: 95, valueText: '95', measureUnit: '%' }) }),
    buildIndicator({ level1: '产出指标', level2: '时效指标', name: '按期完成', target: { kind: 'deadline', raw: '2022年12月31日前', date: '2022-12-31', comparator: '≤' } }),
    buildIndicator({ level1: '效益指标', level2: '社会效益指标', name: '干部能力提升', target: { kind: 'qualitative', raw: '成效显著' } }),
    buildIndicator({ level1: '满意度指标', level2: '服务对象满意度指标', name: '参训人员满意度', target: buildTarget({ raw: '≥90%', comparator: '≥', value: 90, valueText: '90', measureUnit: '%' }) }),
  ],
});

beforeAll(async () => {
  db = await openTestDatabase();
  server = await startTestServer(db);
  editor = await server.userOf('unit_editor');
  reviewer = await server.userOf('finance_reviewer');
  const stored = await storeUnitYear(db, buildUnitYear({ year: 2022, projects: [example] }), { replace: false, importRecord: buildImportRecord() });
  unitYearId = stored.unitYearId;
  const detail = (await editor.get(`/api/unit-years/${unitYearId}`)).json<{ projects: { id: string }[] }>();
  projectId = detail.projects[0]?.id ?? '';
  blank = (await editor.get(`/api/projects/${projectId}/self-evaluation`)).json<SelfEvaluationJson>();
});
afterAll(async () => {
  await server.close();
  await db.close();
});

const put = (client: TestClient, body: SaveSelfEvaluationRequest) => client.request('PUT', `/api/projects/${projectId}/self-evaluation`, body);
const ids = () => blank.indicators.map((indicator) => indicator.id);
const reason = '按本项目各项产出的工作量调整分值';

function workedExample(overrides: Partial<SaveSelfEvaluationRequest> = {}): SaveSelfEvaluationRequest {
  const [i1 = '', i2 = '', i3 = '', i4 = '', i5 = ''] = ids();
  return {
    expectedVersion: 0,
    adjustedBudget: '25',
    spent: '21.54576',
    executionExplanation: '部分培训班次因疫情改为线上举办，场地和食宿费用结余34,542.40元。',
    indicators: [
      { indicatorId: i1, actual: { kind: 'number', value: '216' }, explanation: '', notApplicable: false },
      { indicatorId: i2, actual: { kind: 'number', value: '98.5' }, explanation: '', notApplicable: false },
      { indicatorId: i3, actual: { kind: 'date', date: '2022-11-30', score: null }, explanation: '', notApplicable: false },
      { indicatorId: i4, actual: { kind: 'grade', grade: 'achieved', score: '30' }, explanation: '', notApplicable: false },
      { indicatorId: i5, actual: { kind: 'number', value: '96' }, explanation: '', notApplicable: false },
    ],
    weights: [
      { key: { kind: 'level', level1: '产出指标', level2: '数量指标' }, weight: '10', reason },
      { key: { kind: 'level', level1: '产出指标', level2: '质量指标' }, weight: '20', reason },
      { key: { kind: 'level', level1: '产出指标', level2: '时效指标' }, weight: '20', reason },
      { key: { kind: 'indicator', indicatorId: i1 }, weight: '10', reason },
      { key: { kind: 'indicator', indicatorId: i2 }, weight: '20', reason },
      { key: { kind: 'indicator', indicatorId: i3 }, weight: '20', reason },
    ],
    ...overrides,
  };
}

describe('a blank self-evaluation', () => {
  it('has version 0, the budget as adjusted budget, the default weights spread exactly, and what is missing', () => {
    expect(blank).toMatchObject({ version: 0, adjustedBudget: 25, spent: 0, rulePack: 'hebei-2021', can: { edit: true } });
    expect(blank.indicators.map((indicator) => indicator.weight?.weight)).toEqual(['16.67', '16.67', '16.66', '30.00', '10.00']);
    expect(blank.weights.execution).toEqual({ weight: '10.00', defaultWeight: '10.00', reason: null });
    expect(blank.findings.filter((finding) => finding.code === 'self-evaluation.actual-missing').map((finding) => finding.indicatorId)).toEqual(ids());
  });
});

describe('the worked example of domain.md §5 through the API', () => {
  it('scores execution 8.62 and totals 98.62, 优, with the working of every part', async () => {
    const response = await put(editor, workedExample());
    expect(response.statusCode).toBe(200);
    const saved = response.json<SelfEvaluationJson>();
    expect(saved.findings).toEqual([]);
    expect(saved).toMatchObject({ version: 1, adjustedBudget: 25, spent: 21.54576 });
    expect(saved.score?.execution).toEqual({ ratePercent: '86.18', weight: '10.00', score: { exact: '134661/15625', rounded: '8.62' }, needsExplanation: true, working: '执行率 = 215,457.60 ÷ 250,000.00 = 86.18%；得分 = 86.18% × 10 = 8.62' });
    expect(saved.score).toMatchObject({ total: { rounded: '98.62' }, grade: '优', complete: true, working: '总分 = 指标得分90.00 + 预算执行得分8.62 = 98.62，等级：优' });
    expect(saved.indicators.map((indicator) => [indicator.score?.score?.rounded, indicator.score?.working])).toEqual([
      ['10.00', '实际完成值216人 ≥ 指标值200人，得满分10.00'],
      ['20.00', '实际完成值98.5% ≥ 指标值95%，得满分20.00'],
      ['20.00', '实际完成日期2022-11-30不晚于指标值2022-12-31，得满分20.00'],
      ['30.00', '评价人评定为“达成年度指标”，该档分值24.00～30.00，打分30.00'],
      ['10.00', '实际完成值96% ≥ 指标值90%，得满分10.00'],
    ]);
    expect(saved.indicators[0]?.weight).toEqual({ weight: '10.00', defaultWeight: '16.67', reason });
    expect(await (await editor.get(`/api/projects/${projectId}/self-evaluation`)).json<SelfEvaluationJson>()).toEqual({ ...saved, updatedBy: saved.updatedBy });
  });

  it('refuses “暂无” as the explanation of an execution rate below 90 %, located at its field', async () => {
    const response = await put(editor, workedExample({ expectedVersion: 1, executionExplanation: '暂无' }));
    const saved = response.json<SelfEvaluationJson>();
    expect(saved.findings.map((finding) => [finding.code, finding.location.field, finding.indicatorId, finding.message])).toEqual([
      ['self-evaluation.explanation-missing', 'executionExplanation', null, '预算执行率为86.18%，需说明执行偏差的原因。“暂无”不是说明。'],
    ]);
    expect(saved.score?.total.rounded).toBe('98.62');
  });

  it('asks for an explanation below full score at the indicator, and refuses a copy of another one', async () => {
    const body = workedExample({ expectedVersion: 2 });
    const [first, second, ...rest] = body.indicators;
    if (!first || !second) throw new Error('five rows');
    const copied = '受疫情影响，部分培训延期，下一年度提前安排培训计划。';
    const indicators = [{ ...first, actual: { kind: 'number' as const, value: '180' }, explanation: '暂无' }, { ...second, actual: { kind: 'number' as const, value: '90' }, explanation: copied }, ...rest];
    const findings = (await put(editor, { ...body, executionExplanation: copied, indicators })).json<SelfEvaluationJson>().findings;
    expect(findings.map((finding) => [finding.code, finding.indicatorId])).toEqual([
      ['self-evaluation.explanation-missing', first.indicatorId],
      ['self-evaluation.explanation-copied', second.indicatorId],
    ]);
    expect(findings[0]?.message).toBe('指标“培训人数”得分9.00，低于满分10.00，需填写偏差原因分析及改进措施。“暂无”不是说明。');
  });
});

describe('saving', () => {
  it('answers a stale save with 409 and the evaluation as it is now', async () => {
    const response = await put(editor, workedExample({ expectedVersion: 1 }));
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).details).toMatchObject({ reason: 'version', currentVersion: 3, current: { version: 3, project: { id: projectId } }, changedFields: expect.arrayContaining(['indicators']) });
  });

  it('refuses what cannot be stored, with field paths', async () => {
    const body = workedExample({ expectedVersion: 3, adjustedBudget: '二十五万', weights: [{ key: { kind: 'level', level1: '成本指标', level2: null }, weight: '10', reason }] });
    expect(errorOf(await put(editor, body))).toMatchObject({ code: 'validation_failed', fields: [{ path: 'adjustedBudget' }, { path: 'weights.0.key' }] });
    const zod = errorOf(await put(editor, { ...workedExample({ expectedVersion: 3 }), weights: [{ key: { kind: 'execution' }, weight: '10.123', reason }] }));
    expect(zod).toMatchObject({ code: 'validation_failed', fields: [{ path: 'weights.0.weight' }] });
  });

  it('keeps other units out: 404 for an editor of unit B on every self-evaluation route of unit A', async () => {
    const outsider = await server.userOf('unit_editor', { unit: 'B' });
    const responses = [
      await outsider.get(`/api/projects/${projectId}/self-evaluation`),
      await put(outsider, workedExample({ expectedVersion: 3 })),
      await outsider.get(`/api/unit-years/${unitYearId}/self-evaluation`),
      await outsider.get(`/api/unit-years/${unitYearId}/self-evaluation/export?format=docx`),
    ];
    expect(responses.map((response) => [response.statusCode, errorOf(response).code])).toEqual(Array(4).fill([404, 'not_found']));
    expect(errorOf(await reviewer.request('PUT', `/api/projects/${projectId}/self-evaluation`, workedExample({ expectedVersion: 3 }))).code).toBe('forbidden');
  });
});

describe('the unit and the division', () => {
  it('sums up the unit weighted by adjusted budget', async () => {
    await put(editor, workedExample({ expectedVersion: 3 }));
    const unit = (await reviewer.get(`/api/unit-years/${unitYearId}/self-evaluation`)).json<UnitSelfEvaluationJson>();
    expect(unit).toMatchObject({ score: { rounded: '98.62' }, grade: '优', budget: 25, scoredCount: 1, projects: [{ id: projectId, version: 4, total: { rounded: '98.62' }, errors: 0 }] });
    expect(unit.working).toBe('加权得分 = (98.62 × 250,000.00) ÷ 250,000.00 = 98.62');
  });

  it('exports the self-evaluation tables in Word, Excel and open data', async () => {
    const base = `/api/unit-years/${unitYearId}/self-evaluation/export`;
    const word = await reviewer.get(`${base}?format=docx`);
    expect(word.headers['content-type']).toContain('wordprocessingml');
    expect(word.headers['content-disposition']).toContain(encodeURIComponent('203001-2022-绩效自评表.docx'));
    expect((await reviewer.get(`${base}?format=xlsx`)).headers['content-type']).toContain('spreadsheetml');
    const records = (await reviewer.get(`${base}?format=open-data`)).json<Record<string, unknown>[]>();
    expect(records.map((record) => [record.ind_comp, record.ind_weight, record.eval_score])).toEqual([
      ['216人', '10.00', '10.00'],
      ['98.5%', '20.00', '20.00'],
      ['2022年11月30日完成', '20.00', '20.00'],
      ['达成年度指标', '30.00', '30.00'],
      ['96%', '10.00', '10.00'],
    ]);
  });

  it('ranks the division for its finance reviewers only; hostile filters give an empty ranking or 400', async () => {
    const ranking = (await reviewer.get('/api/self-evaluations/ranking?year=2022')).json<RankingJson>();
    expect(ranking).toMatchObject({ year: 2022, divisionCode: '130322', units: [{ rank: 1, unit: { code: '203001' }, score: { rounded: '98.62' }, scoredCount: 1, projectCount: 1 }] });
    expect((await (await server.userOf('finance_reviewer', { unit: 'B' })).get('/api/self-evaluations/ranking?year=2022')).json<RankingJson>().units).toEqual([]);
    expect(errorOf(await editor.get('/api/self-evaluations/ranking?year=2022')).code).toBe('forbidden');
    expect((await reviewer.get("/api/self-evaluations/ranking?year=2022&divisionCode=1'%20OR%201--")).json<RankingJson>().units).toEqual([]);
    expect((await reviewer.get("/api/self-evaluations/ranking?year=2022&divisionCode=130322'%20OR%20'1'='1")).statusCode).toBe(400);
    expect((await reviewer.get("/api/self-evaluations/ranking?year=2022%20OR%201=1")).statusCode).toBe(400);
  });
});

describe('the funds by source (其中：当年财政拨款, 上年结转资金, 其他资金)', () => {
  const current = async () => (await editor.get(`/api/projects/${projectId}/self-evaluation`)).json<SelfEvaluationJson>();
  const notSplit = { fiscal: null, carryover: null, other: null };

  it('stores the parts given, blanks and parts left out as null, and scores by the totals', async () => {
    expect(blank).toMatchObject({ adjustedBudgetBySource: notSplit, spentBySource: notSplit });
    const { version } = await current();
    const response = await put(editor, workedExample({ expectedVersion: version, adjustedBudgetBySource: { fiscal: '20', carryover: ' 5.00 ' }, spentBySource: { fiscal: '18', carryover: '', other: '3.54576' } }));
    expect(response.statusCode).toBe(200);
    const saved = response.json<SelfEvaluationJson>();
    expect(saved).toMatchObject({ version: version + 1, adjustedBudgetBySource: { fiscal: 20, carryover: 5, other: null }, spentBySource: { fiscal: 18, carryover: null, other: 3.54576 }, score: { total: { rounded: '98.62' } } });
    expect(saved.findings).toEqual([]);
    expect(await current()).toEqual(saved);
  });

  it('refuses parts that do not add up, a negative part and an unreadable one at their field paths, storing nothing', async () => {
    const before = await current();
    const mismatch = errorOf(await put(editor, workedExample({ expectedVersion: before.version, spentBySource: { fiscal: '15', other: '3' } })));
    const message = '全年执行数的当年财政拨款 15.00 万元、上年结转资金未填、其他资金 3.00 万元之和 18.00 万元 不等于全年执行数 21.54576 万元';
    expect(mismatch).toMatchObject({ code: 'validation_failed', message: `修改未保存：${message}`, fields: [{ path: 'spentBySource', message }] });
    const negative = errorOf(await put(editor, workedExample({ expectedVersion: before.version, adjustedBudgetBySource: { fiscal: '30', carryover: '-5' } })));
    expect(negative.fields).toEqual([{ path: 'adjustedBudgetBySource.carryover', message: '全年预算数的上年结转资金不能为负数' }]);
    const unreadable = errorOf(await put(editor, workedExample({ expectedVersion: before.version, adjustedBudgetBySource: { other: '五万' } })));
    expect(unreadable.fields).toEqual([{ path: 'adjustedBudgetBySource.other', message: '全年预算数的其他资金“五万”不是有效的金额，请填写以万元为单位的数字，如 20.32，没有则留空' }]);
    expect(await current()).toEqual(before);
  });

  it('keeps old clients working: a save without the parts clears them; a stale save names them as changed', async () => {
    const { version } = await current();
    const saved = (await put(editor, workedExample({ expectedVersion: version }))).json<SelfEvaluationJson>();
    expect(saved).toMatchObject({ version: version + 1, adjustedBudgetBySource: notSplit, spentBySource: notSplit });
    const stale = errorOf(await put(editor, workedExample({ expectedVersion: version })));
    expect(stale.details).toMatchObject({ reason: 'version', changedFields: expect.arrayContaining(['adjustedBudgetBySource', 'spentBySource']) });
  });
});
