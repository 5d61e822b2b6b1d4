import { describe, expect, test } from 'vitest';
import { ApiError } from '../../api/client';
import type { MonitoringProjectJson } from '../../api/monitoring';
import { problemsWithin } from '../../components/versioned-draft';
import { reportCellOf } from './report-cells';
import { fieldProblemsOf, reportConflictOf } from './report-conflict';
import { changedOwners, draftOf, executionRateOf, isOverBudget, problemsOf, requestOf, type ReportDraft } from './report-draft';
import { monthsOf, rejectedCellsOf } from './rejections';

const people = '1b0c3c9e-0000-4000-8000-000000000001';
const quality = '1b0c3c9e-0000-4000-8000-000000000002';
const light = { color: 'none' as const, ratio: null, explanation: '截至7月31日未填报执行情况 → 不亮灯', inputs: { indicator: 1, target: '≥250人', progress: null, elapsedPercent: '58.33', rule: 'not-judged' as const } };

/** The seed's training project as the server sends it before anything is reported. */
function training(report: MonitoringProjectJson['report'] = null): MonitoringProjectJson {
  const target = (raw: string, kind: 'quantitative' | 'qualitative', unit: string | null) => ({ raw, kind, comparator: kind === 'quantitative' ? ('≥' as const) : null, value: kind === 'quantitative' ? 250 : null, upper: null, unit, direction: kind === 'quantitative' ? ('higher' as const) : null, date: null });
  return {
    id: '1b0c3c9e-0000-4000-8000-0000000000aa',
    code: '130322210TL1EUNN2FE59',
    name: '干部教育培训经费',
    budget: 20.32,
    version: report ? 2 : 0,
    updatedAt: null,
    updatedBy: null,
    report,
    spendingLight: { color: 'none', ratio: null, explanation: '截至7月31日未填报执行数 → 不亮灯', inputs: { budget: 20.32, spent: 0, cutOff: '2021-07-31', executionPercent: '0.00', scheduledPercent: '50.00', schedule: 'plan', scheduleWorking: '6月底50%' } },
    indicators: [
      { id: people, position: 1, level1: '产出指标', level2: '数量指标', name: '培训人数', target: target('≥250人', 'quantitative', '人'), light },
      { id: quality, position: 2, level1: '效益指标', level2: '社会效益指标', name: '干部能力提升', target: target('成效显著', 'qualitative', null), light: { ...light, inputs: { ...light.inputs, indicator: 2, rule: 'not-judged' as const } } },
    ],
    worst: 'none',
    counts: { red: 0, yellow: 0, blue: 0, green: 0, none: 3 },
    findings: [],
  };
}

function typed(changes: (draft: ReportDraft) => void): ReportDraft {
  const draft = draftOf(training());
  changes(draft);
  return draft;
}

describe('a monitoring draft: blank, typed, sent', () => {
  test('a project never reported gives blank rows, one per indicator in table order', () => {
    const draft = draftOf(training());
    expect(draft.spent).toBe('');
    expect(draft.indicators.map((row) => row.indicatorId)).toEqual([people, quality]);
    expect(draft.indicators[0]).toMatchObject({ progress: '', expected: '', likelihood: null, causes: [], rectificationNeeded: false });
  });

  test('a saved report is read back: amounts in 万元 with two decimals, statuses and causes in table order', () => {
    const report = {
      spent: 8,
      expectedSpent: 20.32,
      overspendExplanation: '',
      indicators: [
        { position: 1, indicatorId: people, progress: { kind: 'number' as const, value: '120' }, expected: { kind: 'number' as const, value: '250' }, likelihood: 'possible' as const, causes: [{ kind: 'other' as const, text: '疫情推迟' }, { kind: 'funding' as const, text: '资金晚到' }], remark: '下半年集中', rectification: { needed: false, action: '' } },
      ],
    };
    const draft = draftOf(training(report));
    expect(draft.spent).toBe('8.00');
    expect(draft.expectedSpent).toBe('20.32');
    expect(draft.indicators[0]?.causes.map((cause) => cause.kind)).toEqual(['funding', 'other']);
    expect(draft.indicators[1]?.progress).toBe('');
  });

  test('the request sends numbers for quantitative targets, statuses otherwise, blanks as null', () => {
    const draft = typed((d) => {
      d.spent = ' 8.5 ';
      d.expectedSpent = '20.32';
      Object.assign(d.indicators[0] ?? {}, { progress: '120', expected: '250', likelihood: 'certain' });
      Object.assign(d.indicators[1] ?? {}, { progress: 'partial', expected: '' });
    });
    const request = requestOf(training(), draft, 0);
    expect(request).toMatchObject({ expectedVersion: 0, spent: '8.5', expectedSpent: '20.32' });
    expect(request.indicators[0]).toMatchObject({ indicatorId: people, progress: { kind: 'number', value: '120' }, expected: { kind: 'number', value: '250' }, likelihood: 'certain' });
    expect(request.indicators[1]).toMatchObject({ indicatorId: quality, progress: { kind: 'status', status: 'partial' }, expected: null, likelihood: null });
  });
});

describe('checks while typing (domain.md §4)', () => {
  test('有可能 needs a cause and a remark; 完全不可能 a cause and a rectification action', () => {
    const problems = problemsOf(training(), typed((d) => Object.assign(d.indicators[0] ?? {}, { likelihood: 'possible', remark: '暂无' })));
    expect(problems.get(`${people}:causes`)).toContain('偏差原因');
    expect(problems.get(`${people}:remark`)).toContain('备注');
    const impossible = problemsOf(training(), typed((d) => Object.assign(d.indicators[0] ?? {}, { likelihood: 'impossible', rectificationNeeded: true })));
    expect(impossible.get(`${people}:causes`)).toContain('偏差原因');
    expect(impossible.get(`${people}:rectification`)).toContain('整改措施');
  });

  test('a cause ticked with "暂无" as its text is refused; a real text is accepted', () => {
    const refused = typed((d) => Object.assign(d.indicators[0] ?? {}, { likelihood: 'possible', causes: [{ kind: 'funding', text: '暂无' }], remark: '下半年集中培训' }));
    expect(problemsOf(training(), refused).get(`${people}:causes`)).toContain('“暂无”不是说明');
    const accepted = typed((d) => Object.assign(d.indicators[0] ?? {}, { likelihood: 'possible', causes: [{ kind: 'funding', text: '省级补助资金9月才到位' }], remark: '下半年集中培训' }));
    expect(problemsOf(training(), accepted).size).toBe(0);
  });

  test('numbers and amounts must be readable and not negative; the year-end estimate not below spending', () => {
    const problems = problemsOf(training(), typed((d) => {
      d.spent = '12.5';
      d.expectedSpent = '10';
      Object.assign(d.indicators[0] ?? {}, { progress: '一百', expected: '-3' });
    }));
    expect(problems.get('project:expectedSpent')).toContain('少于');
    expect(problems.get(`${people}:progress`)).toContain('不是数');
    expect(problems.get(`${people}:expected`)).toContain('负数');
  });

  test('spending over the budget asks for an explanation', () => {
    const draft = typed((d) => (d.expectedSpent = '25'));
    expect(isOverBudget(training(), draft)).toBe(true);
    expect(problemsOf(training(), draft).get('project:overspendExplanation')).toContain('超过预算数');
    expect(problemsOf(training(), { ...draft, overspendExplanation: '追加预算5万元（昌财预〔2021〕12号）' }).has('project:overspendExplanation')).toBe(false);
  });

  test('checks of typing show only where the user typed; the rest shows what the server found in the saved report', () => {
    const draft = typed((d) => Object.assign(d.indicators[1] ?? {}, { progress: 'achieved' }));
    expect([...changedOwners(draftOf(training()), draft)]).toEqual([quality]);
    const shown = problemsWithin(new Map([['project:spent', 'a'], [`${quality}:progress`, 'b'], [`${people}:remark`, 'c']]), changedOwners(draftOf(training()), draft));
    expect([...shown.keys()]).toEqual([`${quality}:progress`]);
  });

  test('the execution rate is spent ÷ budget, exactly, shown with two decimals, as the spending light counts it', () => {
    expect(executionRateOf(training(), '8')).toBe('39.37%');
    expect(executionRateOf(training(), '20.32')).toBe('100.00%');
    expect(executionRateOf(training(), '-5')).toBe('0.00%');
    expect(executionRateOf(training(), '')).toBeNull();
    expect(executionRateOf(training(), '八元')).toBeNull();
  });
});

describe('what the server answers, placed on the grid', () => {
  test("findings land on the cell their field names; the project's own on its name", () => {
    expect(reportCellOf({ indicatorId: people, location: { field: 'causes[1].text' } })).toBe(`${people}:causes`);
    expect(reportCellOf({ indicatorId: people, location: { field: 'indicators' } })).toBe(`${people}:name`);
    expect(reportCellOf({ indicatorId: null, location: { field: 'expectedSpent' } })).toBe('project:expectedSpent');
    expect(reportCellOf({ indicatorId: null, location: {} })).toBe('project:name');
  });

  test('field errors of a refused save go to their cells', () => {
    const error = new ApiError(400, 'validation_failed', '请求格式不正确。', [{ path: 'spent', message: '金额无法识别。' }, { path: 'indicators.1.progress.value', message: '请填写数值。' }]);
    const problems = fieldProblemsOf(error, draftOf(training()));
    expect(problems.get('project:spent')).toBe('金额无法识别。');
    expect(problems.get(`${quality}:progress`)).toBe('请填写数值。');
  });

  test('a version conflict carries the project as saved by the other user', () => {
    const theirs = training();
    const error = new ApiError(409, 'conflict', '已被他人修改。', [], { reason: 'version', currentVersion: 3, current: theirs, updatedBy: { id: null, displayName: '组织部填报员' }, updatedAt: '2021-08-02T01:00:00.000Z' });
    expect(reportConflictOf(error)).toMatchObject({ currentVersion: 3, who: '组织部填报员' });
    expect(reportConflictOf(new ApiError(409, 'conflict', '已提交。', [], { reason: 'submitted' }))).toBeNull();
  });

  test("a rejected template lists every bad cell by its address ('项目1'!F7)", () => {
    const error = new ApiError(422, 'import_rejected', '模板中有 2 处错误。', [], {
      findings: [
        { code: 'x', severity: 'error', location: { cell: "'项目1'!F7" }, message: "'项目1'!F7：执行情况不是数。", suggestion: '填写数值。' },
        { code: 'y', severity: 'error', location: { projectCode: 'P1' }, message: '缺少项目。' },
        { nonsense: true },
      ],
    });
    expect(rejectedCellsOf(error)).toEqual([
      { place: "'项目1'!F7", message: '执行情况不是数。', suggestion: '填写数值。' },
      { place: 'P1', message: '缺少项目。', suggestion: null },
    ]);
    expect(rejectedCellsOf(new Error('x'))).toEqual([]);
  });

  test('the months of a cut-off, as the headers write them', () => {
    expect(monthsOf('2021-07-31')).toBe('1—7月');
    expect(monthsOf('2021-10-15')).toBe('1—10月');
  });
});
