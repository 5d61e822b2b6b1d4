import { describe, expect, it } from 'vitest';
import type { Target } from '../target/target';
import { buildIndicator, buildTarget } from '../testing/builders';
import { pack } from '../self-evaluation/testing';
import { indicatorLight } from './indicator-light';
import { onTrack } from './testing';
import type { IndicatorReport, Likelihood, ProgressStatus } from './types';

const monitoring = pack().monitoring;
const quantity = (raw: string, comparator: '≥' | '≤' | '=' | '>' | '<' | '~', valueText: string, measureUnit: string, upper: number | null = null): Target =>
  buildTarget({ raw, comparator, value: Number(valueText), valueText, measureUnit, upper, direction: comparator === '≤' || comparator === '<' ? 'lower' : comparator === '≥' || comparator === '>' ? 'higher' : 'exact' });
const deadline: Target = { kind: 'deadline', raw: '2021年6月30日前全部换届完成', date: '2021-06-30', comparator: '≤' };
const words: Target = { kind: 'qualitative', raw: '成效显著' };

function lit(target: Target, row: IndicatorReport | undefined, cutOff = '2021-07-31') {
  const light = indicatorLight(buildIndicator({ target }), 1, row, cutOff, monitoring);
  return { color: light.color, explanation: light.explanation };
}
const number = (value: string) => onTrack(1, { kind: 'number', value });
const status = (value: ProgressStatus, likelihood: Likelihood | null = 'certain') => onTrack(1, { kind: 'status', status: value }, { likelihood });

describe('quantitative, more is better: progress ÷ (target × m/12)', () => {
  // ≥120人 at 6月30日: the pro-rata target is 60人.
  it.each([
    ['35.994', 'red', '完成值 35.994人，序时目标 120人 × 6/12 = 60人，比值 59.99% < 60% → 红灯'],
    ['36', 'yellow', '完成值 36人，序时目标 120人 × 6/12 = 60人，比值 60.00% ≥ 60% 且 < 80% → 黄灯'],
    ['47.994', 'yellow', '完成值 47.994人，序时目标 120人 × 6/12 = 60人，比值 79.99% ≥ 60% 且 < 80% → 黄灯'],
    ['48', 'green', '完成值 48人，序时目标 120人 × 6/12 = 60人，比值 80.00% ≥ 80% → 绿灯'],
    ['143.99', 'green', '完成值 143.99人，序时目标 120人 × 6/12 = 60人，比值 239.98% ≥ 80% → 绿灯'],
    ['144', 'blue', '完成值 144人 ≥ 指标值120人的120%（144人），超额完成，请说明原因 → 蓝灯'],
  ])('%s of ≥120人 → %s', (progress, color, explanation) => {
    expect(lit(quantity('≥120人', '≥', '120', '人'), number(progress), '2021-06-30')).toEqual({ color, explanation });
  });

  it('treats "=" like "more is better", and a range by its lower bound (blue above its upper bound)', () => {
    expect(lit(quantity('418个', '=', '418', '个'), number('200'))).toEqual({ color: 'green', explanation: '完成值 200个，序时目标 418个 × 7/12 = 243.8333个，比值 82.02% ≥ 80% → 绿灯' });
    expect(lit(quantity('一至两年', '~', '1', '年', 2), number('0.3')).color).toBe('red');
    expect(lit(quantity('一至两年', '~', '1', '年', 2), number('2.4')).color).toBe('blue');
  });

  it('lights "= 0" green only at 0', () => {
    expect(lit(quantity('0起', '=', '0', '起'), number('0'))).toEqual({ color: 'green', explanation: '指标值为0，完成值 0起 → 绿灯' });
    expect(lit(quantity('0起', '=', '0', '起'), number('1'))).toEqual({ color: 'red', explanation: '指标值为0，完成值 1起 > 0 → 红灯' });
  });
});

describe('quantitative, less is better (cost caps)', () => {
  it.each([
    ['10', 'green', '完成值 10万元 未超过序时上限 20万元 × 6/12 = 10万元 → 绿灯'],
    ['15', 'yellow', '完成值 15万元 超过序时上限 20万元 × 6/12 = 10万元，未超过全年上限 → 黄灯'],
    ['20', 'yellow', '完成值 20万元 超过序时上限 20万元 × 6/12 = 10万元，未超过全年上限 → 黄灯'],
    ['20.01', 'red', '完成值 20.01万元 已超过全年上限 20万元 → 红灯'],
  ])('%s万元 of ≤20万元 at 6月30日 → %s', (progress, color, explanation) => {
    expect(lit(quantity('≤20万元', '≤', '20', '万元'), number(progress), '2021-06-30')).toEqual({ color, explanation });
  });
});

describe('deadlines: by status and date', () => {
  it.each([
    ['achieved', 'certain', '2021-07-31', 'green', '执行情况：达成 → 绿灯'],
    ['partial', 'certain', '2021-07-31', 'red', '已过完成时限2021-06-30，执行情况：部分达成 → 红灯'],
    ['not-achieved', 'certain', '2021-05-31', 'green', '5月31日未到完成时限2021-06-30，执行情况：未达成，完成目标可能性：确定能 → 绿灯'],
    ['partial', 'possible', '2021-05-31', 'yellow', '5月31日未到完成时限2021-06-30，执行情况：部分达成，完成目标可能性：有可能 → 黄灯'],
    ['not-achieved', 'impossible', '2021-06-30', 'red', '6月30日未到完成时限2021-06-30，执行情况：未达成，完成目标可能性：完全不可能 → 红灯'],
    ['partial', null, '2021-05-31', 'none', '5月31日未到完成时限2021-06-30，执行情况：部分达成，未填写完成目标可能性 → 不亮灯'],
  ] as const)('%s, %s, at %s → %s', (progress, likelihood, cutOff, color, explanation) => {
    expect(lit(deadline, status(progress, likelihood), cutOff)).toEqual({ color, explanation });
  });
});

describe('qualitative', () => {
  it.each([
    ['achieved', 'green', '执行情况：达成 → 绿灯'],
    ['partial', 'yellow', '执行情况：部分达成 → 黄灯'],
    ['not-achieved', 'red', '执行情况：未达成 → 红灯'],
  ] as const)('%s → %s', (progress, color, explanation) => {
    expect(lit(words, status(progress))).toEqual({ color, explanation });
  });
});

describe('not lit', () => {
  it('without a report, with a value of the wrong kind, or unreadable', () => {
    expect(lit(words, undefined)).toEqual({ color: 'none', explanation: '截至7月31日未填报执行情况 → 不亮灯' });
    expect(lit(words, number('1')).color).toBe('none');
    expect(lit(quantity('≥95%', '≥', '95', '%'), status('achieved')).color).toBe('none');
    expect(lit(quantity('≥95%', '≥', '95', '%'), number('很多')).color).toBe('none');
    expect(lit(quantity('≥95%', '≥', '95', '%'), number('-1')).color).toBe('none');
  });

  it('keeps the figures behind the light', () => {
    const light = indicatorLight(buildIndicator({ target: quantity('418个', '=', '418', '个') }), 2, { ...number('200'), indicator: 2 }, '2021-07-31', monitoring);
    expect(light.inputs).toEqual({ indicator: 2, target: '418个', progress: '200个', elapsedPercent: '58.33', rule: 'higher' });
    expect(light.ratio).toBeCloseTo(0.8202, 4);
  });
});
