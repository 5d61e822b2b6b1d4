import { describe, expect, test } from 'vitest';
import { ApiError } from '../../api/client';
import type { SelfEvaluationJson } from '../../api/self-evaluation';
import { problemsWithin, savedFindingsOf } from '../../components/versioned-draft';
import { evaluationCellOf } from './evaluation-cells';
import { evaluationFieldProblemsOf } from './evaluation-conflict';
import { actualKindOf, changedOwners, evaluationDraftOf, evaluationProblemsOf, evaluationRequestOf, type EvaluationDraft } from './evaluation-draft';
import { holds, levelSumsOf, typedWeightOf, weightChangesOf, weightText } from './weight-sums';

const count = '2c0c3c9e-0000-4000-8000-000000000001';
const done = '2c0c3c9e-0000-4000-8000-000000000002';
const effect = '2c0c3c9e-0000-4000-8000-000000000003';

const weight = (value: string, reason: string | null = null) => ({ weight: value, defaultWeight: value, reason });
const target = (raw: string, kind: 'quantitative' | 'deadline' | 'qualitative', unit: string | null = null, date: string | null = null) => ({ raw, kind, comparator: null, value: null, upper: null, unit, direction: null, date });
const unscored = (working: string, needsExplanation = false) => ({ weight: '25.00', score: { exact: '0', rounded: '0.00' }, outcome: 'unscored' as const, overAchieved: false, needsExplanation, working });

/** A blank evaluation as the server offers it: three indicators, default weights 产出 50 (25 + 25), 效益 40, 预算执行 10. */
function blank(): SelfEvaluationJson {
  return {
    project: { id: '2c0c3c9e-0000-4000-8000-0000000000aa', code: 'P1', name: '干部教育培训经费', unitYearId: '2c0c3c9e-0000-4000-8000-0000000000bb', unit: { id: '2c0c3c9e-0000-4000-8000-0000000000cc', code: '203001', name: '组织部', divisionCode: '130322' }, year: 2021, budget: { total: 20.32, fiscal: 20.32, other: 0 }, goals: ['培训干部250人次'] },
    rulePack: 'national-2020',
    version: 0,
    updatedAt: null,
    updatedBy: null,
    adjustedBudget: 20.32,
    spent: 0,
    adjustedBudgetBySource: { fiscal: null, carryover: null, other: null },
    spentBySource: { fiscal: null, carryover: null, other: null },
    executionExplanation: '',
    goalCompletion: '',
    indicators: [
      { id: count, position: 1, level1: '产出指标', level2: '数量指标', name: '培训人数', target: target('≥250人', 'quantitative', '人'), actual: null, explanation: '', notApplicable: false, weight: weight('25.00'), score: unscored('未填写实际完成值，按0分计') },
      { id: done, position: 2, level1: '产出指标', level2: '时效指标', name: '完成时间', target: target('2021年12月底前完成', 'deadline', null, '2021-12-31'), actual: null, explanation: '', notApplicable: false, weight: weight('25.00'), score: unscored('未填写') },
      { id: effect, position: 3, level1: '效益指标', level2: '社会效益指标', name: '能力提升', target: target('成效显著', 'qualitative'), actual: null, explanation: '', notApplicable: false, weight: weight('40.00'), score: unscored('未填写', true) },
    ],
    weights: {
      execution: weight('10.00'),
      levels: [
        { level1: '产出指标', level2: null, ...weight('50.00') },
        { level1: '产出指标', level2: '数量指标', ...weight('25.00') },
        { level1: '产出指标', level2: '时效指标', ...weight('25.00') },
        { level1: '效益指标', level2: null, ...weight('40.00') },
        { level1: '效益指标', level2: '社会效益指标', ...weight('40.00') },
      ],
    },
    score: null,
    findings: [],
    can: { edit: true },
  };
}

function typed(changes: (draft: EvaluationDraft) => void): EvaluationDraft {
  const draft = evaluationDraftOf(blank());
  changes(draft);
  return draft;
}

const setWeight = (draft: EvaluationDraft, id: string, value: string, reason = '') => {
  const entry = draft.weights.find((weight) => weight.id === id);
  if (entry) Object.assign(entry, { weight: value, reason });
};

describe('a self-evaluation draft', () => {
  test('each target is answered in its kind: a number, a completion date, a grade with a score', () => {
    expect(blank().indicators.map(actualKindOf)).toEqual(['number', 'date', 'grade']);
  });

  test('the request carries the actuals typed, blanks as null, and no weight while all are the defaults', () => {
    const draft = typed((d) => {
      d.spent = '18.6';
      Object.assign(d.indicators[0] ?? {}, { value: ' 262 ' });
      Object.assign(d.indicators[2] ?? {}, { grade: 'partial', score: '28', explanation: '部分乡镇培训延期，明年一季度补训' });
      d.goalCompletion = '全年培训干部262人次';
    });
    const request = evaluationRequestOf(draft, 0);
    expect(request).toMatchObject({ expectedVersion: 0, adjustedBudget: '20.32', spent: '18.6', goalCompletion: '全年培训干部262人次', weights: [] });
    expect(request.indicators.map((row) => row.actual)).toEqual([{ kind: 'number', value: '262' }, null, { kind: 'grade', grade: 'partial', score: '28' }]);
  });

  test('a late completion date carries the evaluator\'s score; an on-time one none', () => {
    const late = typed((d) => Object.assign(d.indicators[1] ?? {}, { date: '2022-01-15', score: '20' }));
    expect(evaluationRequestOf(late, 1).indicators[1]?.actual).toEqual({ kind: 'date', date: '2022-01-15', score: '20' });
    const onTime = typed((d) => Object.assign(d.indicators[1] ?? {}, { date: '2021-11-30' }));
    expect(evaluationRequestOf(onTime, 1).indicators[1]?.actual).toEqual({ kind: 'date', date: '2021-11-30', score: null });
  });
});

describe('explanations: "暂无" and copies are refused where one is required', () => {
  test('"暂无" where the last save asked for an explanation is refused at its cell', () => {
    const problems = evaluationProblemsOf(blank(), typed((d) => Object.assign(d.indicators[2] ?? {}, { explanation: '暂无' })));
    expect(problems.get(`${effect}:explanation`)).toContain('“暂无”不是说明');
  });

  test('"无" where no explanation is required is left alone, as the server leaves it', () => {
    const problems = evaluationProblemsOf(blank(), typed((d) => Object.assign(d.indicators[0] ?? {}, { explanation: '无' })));
    expect(problems.has(`${count}:explanation`)).toBe(false);
  });

  test("a required explanation copied from another row is refused, naming the row it copies", () => {
    const text = '受疫情影响部分培训延期举办';
    const problems = evaluationProblemsOf(blank(), typed((d) => {
      Object.assign(d.indicators[0] ?? {}, { explanation: text });
      Object.assign(d.indicators[2] ?? {}, { explanation: `${text}。` });
    }));
    expect(problems.get(`${effect}:explanation`)).toContain('与指标“培训人数”的说明相同');
  });

  test('a not-applicable indicator needs its reason', () => {
    const problems = evaluationProblemsOf(blank(), typed((d) => Object.assign(d.indicators[0] ?? {}, { notApplicable: true, explanation: '无' })));
    expect(problems.get(`${count}:explanation`)).toContain('不适用的理由');
  });

  test('what was not changed since the save shows the server\'s findings, not the checks of typing', () => {
    const saved = evaluationDraftOf(blank());
    const draft = typed((d) => {
      Object.assign(d.indicators[2] ?? {}, { explanation: '暂无' });
      d.spent = '18';
    });
    expect([...changedOwners(saved, draft)].sort()).toEqual([effect, 'project'].sort());
    const shown = problemsWithin(new Map([[`${effect}:explanation`, 'a'], [`${count}:explanation`, 'b'], ['weight:execution', 'c']]), changedOwners(saved, draft));
    expect([...shown.keys()]).toEqual([`${effect}:explanation`]);
    const findingsOf = savedFindingsOf(new Map([[`${effect}:explanation`, ['stale']], [`${count}:explanation`, ['still saved']]]), changedOwners(saved, draft));
    expect([findingsOf(`${effect}:explanation`), findingsOf(`${count}:explanation`), findingsOf('weight:execution')]).toEqual([[], ['still saved'], []]);
  });

  test('unreadable numbers and amounts are shown while typing', () => {
    const problems = evaluationProblemsOf(blank(), typed((d) => {
      d.adjustedBudget = '二十';
      Object.assign(d.indicators[0] ?? {}, { value: '约250' });
      Object.assign(d.indicators[2] ?? {}, { grade: 'achieved', score: '-1' });
    }));
    expect(problems.get('project:adjustedBudget')).toContain('全年预算数');
    expect(problems.get(`${count}:actual`)).toContain('不是数');
    expect(problems.get(`${effect}:score`)).toContain('负数');
  });
});

describe('weights: changed with a reason, sums by level always shown', () => {
  test('weights are hundredths of a point, 0 to 100 with at most two decimals', () => {
    expect(typedWeightOf('16.67')).toBe(1667);
    expect(typedWeightOf('10')).toBe(1000);
    expect(typedWeightOf('12.5')).toBe(1250);
    expect(typedWeightOf('100.01')).toBeNull();
    expect(typedWeightOf('150')).toBeNull();
    expect(typedWeightOf('1.234')).toBeNull();
    expect(weightText(1667)).toBe('16.67');
  });

  test('the default weights add up at every level', () => {
    const sums = levelSumsOf(blank(), evaluationDraftOf(blank()).weights);
    expect(sums.map((sum) => [sum.label, sum.sum])).toEqual([
      ['产出指标 · 数量指标', 2500],
      ['产出指标 · 时效指标', 2500],
      ['效益指标 · 社会效益指标', 4000],
      ['产出指标', 5000],
      ['效益指标', 4000],
      ['总分（一级指标 + 预算执行）', 10_000],
    ]);
    expect(sums.every(holds)).toBe(true);
  });

  test('moving 5 points from 时效 to 数量 breaks no sum; a change alone breaks its level and needs a reason', () => {
    const moved = typed((d) => {
      setWeight(d, `indicator:${count}`, '30', '培训人数是本项目的主要产出');
      setWeight(d, `indicator:${done}`, '20', '时效要求较宽');
      setWeight(d, 'level:产出指标|数量指标', '30', '同上调整');
      setWeight(d, 'level:产出指标|时效指标', '20', '同上调整');
    });
    expect(levelSumsOf(blank(), moved.weights).every(holds)).toBe(true);
    expect(weightChangesOf(moved.weights).map((change) => change.key)).toEqual([
      { kind: 'level', level1: '产出指标', level2: '数量指标' },
      { kind: 'level', level1: '产出指标', level2: '时效指标' },
      { kind: 'indicator', indicatorId: count },
      { kind: 'indicator', indicatorId: done },
    ]);
    const alone = typed((d) => setWeight(d, `indicator:${count}`, '30'));
    const broken = levelSumsOf(blank(), alone.weights).filter((sum) => !holds(sum));
    expect(broken.map((sum) => [sum.label, sum.sum, sum.expected])).toEqual([['产出指标 · 数量指标', 3000, 2500]]);
    expect(evaluationProblemsOf(blank(), alone).get(`weight:indicator:${count}`)).toContain('调整理由');
  });

  test('a weight that cannot be read makes its sums unknown, not wrong', () => {
    const draft = typed((d) => setWeight(d, 'execution', '十', '理由'));
    expect(levelSumsOf(blank(), draft.weights).at(-1)).toMatchObject({ id: 'total', sum: null });
    expect(evaluationProblemsOf(blank(), draft).get('weight:execution')).toContain('最多两位小数');
  });
});

describe('what the server answers, placed on the table', () => {
  test('findings land on their indicator field, their weight, or the funds', () => {
    const evaluation = blank();
    expect(evaluationCellOf({ indicatorId: effect, location: { field: 'explanation' } }, evaluation)).toBe(`${effect}:explanation`);
    expect(evaluationCellOf({ indicatorId: count, location: { field: 'weights' } }, evaluation)).toBe(`weight:indicator:${count}`);
    expect(evaluationCellOf({ indicatorId: null, location: { field: 'weights.levels[3]' } }, evaluation)).toBe('weight:level:效益指标|');
    expect(evaluationCellOf({ indicatorId: null, location: { field: 'weights.execution' } }, evaluation)).toBe('weight:execution');
    expect(evaluationCellOf({ indicatorId: null, location: { field: 'weights' } }, evaluation)).toBe('project:weights');
    expect(evaluationCellOf({ indicatorId: null, location: { field: 'executionExplanation' } }, evaluation)).toBe('project:executionExplanation');
  });

  test('field errors of a refused save go to their cells; weights by their place in the request', () => {
    const draft = typed((d) => setWeight(d, `indicator:${done}`, '20', '理由'));
    const error = new ApiError(400, 'validation_failed', '请求格式不正确。', [
      { path: 'indicators.0.actual.value', message: '数值太长。' },
      { path: 'weights.0.weight', message: '分值应为 0 到 100 之间、最多两位小数的数。' },
    ]);
    const problems = evaluationFieldProblemsOf(error, draft);
    expect(problems.get(`${count}:actual`)).toBe('数值太长。');
    expect(problems.get(`weight:indicator:${done}`)).toContain('分值');
  });
});

describe('the funds by source: 其中：当年财政拨款, 上年结转资金, 其他资金', () => {
  const saved = (): SelfEvaluationJson => ({ ...blank(), version: 2, spent: 18.6, adjustedBudgetBySource: { fiscal: 15.32, carryover: 5, other: null }, spentBySource: { fiscal: 18.6, carryover: null, other: null } });

  test('the parts saved are typed texts, blanks empty; the request sends them trimmed, blanks as null', () => {
    const draft = evaluationDraftOf(saved());
    expect([draft.adjustedBudgetBySource, draft.spentBySource]).toEqual([{ fiscal: '15.32', carryover: '5.00', other: '' }, { fiscal: '18.60', carryover: '', other: '' }]);
    draft.spentBySource = { fiscal: ' 16.6 ', carryover: '', other: '2' };
    expect(evaluationRequestOf(draft, 2)).toMatchObject({ adjustedBudgetBySource: { fiscal: '15.32', carryover: '5.00', other: null }, spentBySource: { fiscal: '16.6', carryover: null, other: '2' } });
    expect(changedOwners(evaluationDraftOf(saved()), draft)).toEqual(new Set(['project']));
    expect(evaluationProblemsOf(saved(), draft).size).toBe(0);
  });

  test('parts that do not add up are shown while typing at the column’s 当年财政拨款 cell, in core’s words', () => {
    const draft = evaluationDraftOf(saved());
    draft.spentBySource = { fiscal: '15', carryover: '', other: '3' };
    expect(evaluationProblemsOf(saved(), draft).get('project:spentBySource.fiscal')).toBe('全年执行数的当年财政拨款 15.00 万元、上年结转资金未填、其他资金 3.00 万元之和 18.00 万元 不等于全年执行数 18.60 万元。');
    draft.spentBySource = { fiscal: '', carryover: '18.6', other: '' };
    expect(evaluationProblemsOf(saved(), draft).size).toBe(0);
  });

  test('a negative or unreadable part is shown at its own cell, and no sum is told from it', () => {
    const draft = evaluationDraftOf(saved());
    draft.adjustedBudgetBySource = { fiscal: '25.32', carryover: '-5', other: '' };
    draft.spentBySource = { fiscal: '18.6', carryover: '', other: '两万' };
    const problems = evaluationProblemsOf(saved(), draft);
    expect([...problems.keys()].sort()).toEqual(['project:adjustedBudgetBySource.carryover', 'project:spentBySource.other']);
    expect(problems.get('project:adjustedBudgetBySource.carryover')).toBe('全年预算数的上年结转资金不能为负数。');
    expect(problems.get('project:spentBySource.other')).toContain('应为万元数');
  });

  test('the server’s errors and findings on a part land at its cell; on the parts as a whole at 当年财政拨款', () => {
    const draft = evaluationDraftOf(saved());
    const error = new ApiError(400, 'validation_failed', '修改未保存', [
      { path: 'spentBySource', message: '之和不等于全年执行数' },
      { path: 'adjustedBudgetBySource.other', message: '不是有效的金额' },
    ]);
    expect(evaluationFieldProblemsOf(error, draft)).toEqual(new Map([['project:spentBySource.fiscal', '之和不等于全年执行数'], ['project:adjustedBudgetBySource.other', '不是有效的金额']]));
    expect(evaluationCellOf({ indicatorId: null, location: { field: 'spentBySource.carryover' } }, saved())).toBe('project:spentBySource.carryover');
    expect(evaluationCellOf({ indicatorId: null, location: { field: 'adjustedBudgetBySource' } }, saved())).toBe('project:adjustedBudgetBySource.fiscal');
  });
});
