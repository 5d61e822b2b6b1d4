import { describe, expect, it } from 'vitest';
import { buildIndicator, buildProject, buildTarget } from '../testing/builders';
import { evaluationOf, pack, row, yuan } from './testing';
import { scoreProject, validateSelfEvaluation } from './validate';
import { adjustWeight, defaultWeights, type WeightKey, type WeightSet } from './weights';

// The published 2022 self-evaluation of domain.md §5: execution 215,457.6 of 250,000 元 → 8.62 of 10;
// indicators 10 + 20 + 20 + 30 + 10 = 90 of 90 → total 98.62, 优.
const project = buildProject({
  code: '2022EXAMPLE',
  name: '示例项目',
  budget: { total: '25.00' },
  indicators: [
    buildIndicator({ level1: '产出指标', level2: '数量指标', name: '培训人数', target: buildTarget({ raw: '≥200人', comparator: '≥', value: 200, valueText: '200', measureUnit: '人', direction: 'higher' }) }),
    buildIndicator({ level1: '产出指标', level2: '质量指标', name: '培训合格率', target: buildTarget({ raw: '≥95%', comparator: '≥', value: 95, valueText: '95', measureUnit: '%' }) }),
    buildIndicator({ level1: '产出指标', level2: '时效指标', name: '按期完成', target: { kind: 'deadline', raw: '2022年12月31日前', date: '2022-12-31', comparator: '≤' } }),
    buildIndicator({ level1: '效益指标', level2: '社会效益指标', name: '干部能力提升', target: { kind: 'qualitative', raw: '成效显著' } }),
    buildIndicator({ level1: '满意度指标', level2: '服务对象满意度指标', name: '参训人员满意度', target: buildTarget({ raw: '≥90%', comparator: '≥', value: 90, valueText: '90', measureUnit: '%' }) }),
  ],
});

function weightsOf(changes: Array<[WeightKey, number]>): WeightSet {
  return changes.reduce<WeightSet>((weights, [key, weight]) => {
    const next = adjustWeight(weights, key, weight, '按本项目各项产出的工作量调整分值');
    if (!next) throw new Error(`no weight ${JSON.stringify(key)}`);
    return next;
  }, defaultWeights(project, pack()).value);
}

const weights = weightsOf([
  [{ level1: '产出指标', level2: '数量指标' }, 1000],
  [{ level1: '产出指标', level2: '质量指标' }, 2000],
  [{ level1: '产出指标', level2: '时效指标' }, 2000],
  [{ indicator: 1 }, 1000],
  [{ indicator: 2 }, 2000],
  [{ indicator: 3 }, 2000],
]);

const evaluation = evaluationOf(project, {
  adjustedBudget: yuan('250,000.00'),
  spent: yuan('215,457.60'),
  executionExplanation: '部分培训班次因疫情改为线上举办，场地和食宿费用结余34,542.40元。',
  weights,
  indicators: [
    row(1, { kind: 'number', value: '216' }),
    row(2, { kind: 'number', value: '98.5' }),
    row(3, { kind: 'date', date: '2022-11-30', score: null }),
    row(4, { kind: 'grade', grade: 'achieved', score: '30' }),
    row(5, { kind: 'number', value: '96' }),
  ],
});

describe('the worked example of domain.md §5', () => {
  it('has consistent weights: 10 + 20 + 20 + 30 + 10 and 10 for execution', () => {
    expect(weights.indicators.map((entry) => entry.weight)).toEqual([1000, 2000, 2000, 3000, 1000]);
    expect(weights.execution.weight).toBe(1000);
    expect(validateSelfEvaluation(project, evaluation, pack())).toEqual([]);
  });

  it('scores execution 8.62 of 10 with its working', () => {
    const score = scoreProject(project, evaluation, pack()).value;
    expect(score?.execution).toEqual({
      ratePercent: '86.18',
      weight: '10.00',
      score: { exact: '134661/15625', rounded: '8.62' },
      needsExplanation: true,
      working: '执行率 = 215,457.60 ÷ 250,000.00 = 86.18%；得分 = 86.18% × 10 = 8.62',
    });
  });

  it('scores the indicators 90 of 90 and totals 98.62, 优', () => {
    const score = scoreProject(project, evaluation, pack()).value;
    expect(score?.indicators.map((entry) => entry.score?.rounded)).toEqual(['10.00', '20.00', '20.00', '30.00', '10.00']);
    expect(score?.total).toEqual({ exact: '1540911/15625', rounded: '98.62' });
    expect(score?.grade).toBe('优');
    expect(score?.complete).toBe(true);
    expect(score?.working).toBe('总分 = 指标得分90.00 + 预算执行得分8.62 = 98.62，等级：优');
    expect(score?.indicators.map((entry) => entry.working)).toEqual([
      '实际完成值216人 ≥ 指标值200人，得满分10.00',
      '实际完成值98.5% ≥ 指标值95%，得满分20.00',
      '实际完成日期2022-11-30不晚于指标值2022-12-31，得满分20.00',
      '评价人评定为“达成年度指标”，该档分值24.00～30.00，打分30.00',
      '实际完成值96% ≥ 指标值90%，得满分10.00',
    ]);
  });

  it('requires the explanation of an execution rate below 90 %', () => {
    const findings = validateSelfEvaluation(project, { ...evaluation, executionExplanation: '暂无' }, pack());
    expect(findings.map((finding) => [finding.code, finding.location.field, finding.message])).toEqual([
      ['self-evaluation.explanation-missing', 'executionExplanation', '预算执行率为86.18%，需说明执行偏差的原因。“暂无”不是说明。'],
    ]);
  });
});
