import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fen } from '../money';
import { buildProject, buildSpendingPlan } from '../testing/builders';
import { multiply, rational, toFixedText } from '../rational';
import { pack } from '../self-evaluation/testing';
import { cutOffDate } from './calendar';
import { scheduledShare } from './schedule';
import { executionPercent, spendingLight } from './spending-light';
import { projectAt, unitYearOf, wan } from './testing';

const monitoring = pack().monitoring;
const seed = unitYearOf(readFileSync('fixtures/changli-2021.txt'));
const percent = (plan: Array<number | null>, cutOff: string) => {
  const { share, source, working } = scheduledShare(buildSpendingPlan(plan), cutOffDate(cutOff));
  return { percent: toFixedText(multiply(share, rational(100)), 4), source, working };
};

describe('scheduledShare', () => {
  it('interpolates day by day between committed checkpoints, skipping blanks (seed project 3 at 7月31日)', () => {
    expect(percent([null, 50, 75, 100], '2021-07-31')).toEqual({ percent: '56.3008', source: 'plan', working: '7月31日在6月底（50%）与10月底（75%）之间按日插值' });
  });

  it('interpolates from 0 % on 1 January before the first checkpoint', () => {
    expect(percent([25, 50, 75, 100], '2021-02-15')).toEqual({ percent: '12.7778', source: 'plan', working: '2月15日在1月1日（0%）与3月底（25%）之间按日插值' });
  });

  it('takes a checkpoint at its last day exactly', () => {
    expect(percent([25, 50, 75, 100], '2021-06-30').percent).toBe('50.0000');
    expect(percent([25, 50, 75, 100], '2021-12-31').percent).toBe('100.0000');
  });

  it('reads the seed’s project 8 (blank, blank, blank, 100 %) at 7月31日 as 212/365 of the year', () => {
    const project = projectAt(seed, 8);
    expect(project.spendingPlan.map((checkpoint) => checkpoint.percent)).toEqual([null, null, null, 100]);
    const { share, working } = scheduledShare(project.spendingPlan, cutOffDate('2021-07-31'));
    expect(share).toEqual(rational(212, 365));
    expect(working).toBe('7月31日在1月1日（0%）与12月底（100%）之间按日插值');
  });

  it('ends the year at 100 % when December is blank', () => {
    expect(percent([25, 50, 75, null], '2021-11-30')).toMatchObject({ percent: '87.2951', working: '11月30日在10月底（75%）与12月底（计划未填，按100%）之间按日插值' });
  });

  it('falls back to m/12 when the plan commits nothing usable', () => {
    expect(percent([null, null, null, null], '2021-07-31')).toEqual({ percent: '58.3333', source: 'months', working: '资金支出计划没有填写任何节点，序时进度按时间计算：7/12' });
    expect(percent([null, null, null, null], '2021-07-15')).toMatchObject({ percent: '54.0323', working: '资金支出计划没有填写任何节点，序时进度按时间计算：(6 + 15/31)/12' });
    expect(percent([60, 40, 80, 100], '2021-07-31')).toMatchObject({ source: 'months', working: '资金支出计划的累计比例在6月底（40%）下降，序时进度按时间计算：7/12' });
    expect(percent([25, 150, 75, 100], '2021-07-31')).toMatchObject({ source: 'months', working: '资金支出计划“6月底”的150.00%不在0%—100%之间，序时进度按时间计算：7/12' });
  });

  it('counts 29 February in a leap year', () => {
    expect(percent([null, null, null, 100], '2024-02-29').percent).toBe(toFixedText(multiply(rational(60, 366), rational(100)), 4));
  });
});

describe('executionPercent', () => {
  it('is spent ÷ budget, exactly, half-up to two decimals; a negative amount spent counts as 0; none without a budget', () => {
    expect(executionPercent(wan('8'), wan('20.32'))).toBe('39.37');
    expect(executionPercent(wan('20.32'), wan('20.32'))).toBe('100.00');
    expect(executionPercent(wan('25'), wan('20'))).toBe('125.00');
    expect(executionPercent(wan('-5'), wan('20.32'))).toBe('0.00');
    expect(executionPercent(wan('5'), wan('0'))).toBeNull();
  });
});

describe('spendingLight', () => {
  // No plan: the scheduled share at 6月30日 is 6/12 = 50 %, so r = 2 × spent ÷ budget.
  const project = buildProject({ budget: { total: '100.00' }, spendingPlan: buildSpendingPlan([null, null, null, null]) });
  const at = (spent: string) => spendingLight(project, wan(spent), '2021-06-30', monitoring);

  it.each([
    ['29.995', 'red', '比值 59.99% < 60% → 红灯'],
    ['29.999999', 'red', '比值 59.99% < 60% → 红灯'],
    ['30', 'yellow', '比值 60.00% ≥ 60% 且 < 80% → 黄灯'],
    ['39.995', 'yellow', '比值 79.99% ≥ 60% 且 < 80% → 黄灯'],
    ['40', 'green', '比值 80.00% ≥ 80% → 绿灯'],
  ])('spent %s of 100万元 at half the year → %s (%s)', (spent, color, comparison) => {
    const light = at(spent);
    expect(light.color).toBe(color);
    expect(light.explanation.endsWith(comparison)).toBe(true);
  });

  it('explains itself with the numbers (the example of the brief: 35 % spent, 7/12 elapsed)', () => {
    const light = spendingLight(project, wan('35'), '2021-07-31', monitoring);
    expect(light).toEqual({
      color: 'yellow',
      ratio: 0.6,
      explanation: '执行率 35.00%（已支出35.00万元 ÷ 预算100.00万元），序时进度 58.33%（资金支出计划没有填写任何节点，序时进度按时间计算：7/12），比值 60.00% ≥ 60% 且 < 80% → 黄灯',
      inputs: { budget: wan('100'), spent: wan('35'), cutOff: '2021-07-31', executionPercent: '35.00', scheduledPercent: '58.33', schedule: 'months', scheduleWorking: '资金支出计划没有填写任何节点，序时进度按时间计算：7/12' },
    });
  });

  it('takes thresholds from the pack', () => {
    const strict = { ...monitoring, redBelowPercent: 70, yellowBelowPercent: 90.5 };
    expect(spendingLight(project, wan('34'), '2021-06-30', strict).explanation.endsWith('比值 68.00% < 70% → 红灯')).toBe(true);
    expect(spendingLight(project, wan('45.2'), '2021-06-30', strict).explanation.endsWith('比值 90.40% ≥ 70% 且 < 90.5% → 黄灯')).toBe(true);
  });

  it('is not lit without a report, without a budget, or before any spending is due', () => {
    expect(spendingLight(project, null, '2021-06-30', monitoring)).toMatchObject({ color: 'none', explanation: '截至6月30日未填报执行数 → 不亮灯' });
    expect(spendingLight(buildProject({ budget: { total: '0' } }), wan('0'), '2021-06-30', monitoring).color).toBe('none');
    const late = buildProject({ spendingPlan: buildSpendingPlan([0, 0, 50, 100]) });
    expect(spendingLight(late, fen(0), '2021-05-31', monitoring).color).toBe('none');
    expect(spendingLight(late, fen(1), '2021-05-31', monitoring).color).toBe('green');
  });

  it('lights the seed’s project 8 by its own plan', () => {
    const light = spendingLight(projectAt(seed, 8), wan('35'), '2021-07-31', monitoring);
    expect(light.inputs.scheduledPercent).toBe('58.08');
    expect(light.explanation).toBe('执行率 35.00%（已支出35.00万元 ÷ 预算100.00万元），序时进度 58.08%（7月31日在1月1日（0%）与12月底（100%）之间按日插值），比值 60.25% ≥ 60% 且 < 80% → 黄灯');
  });

  it('refuses a cut-off that is not a date', () => {
    expect(() => spendingLight(project, wan('1'), '2021-02-30', monitoring)).toThrow('监控截止日期“2021-02-30”不是有效日期');
  });
});
