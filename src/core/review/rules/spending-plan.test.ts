import { describe, expect, it } from 'vitest';
import { buildProject, buildSpendingPlan, buildUnitYear } from '../../testing/builders';
import { messagesOf, runRule } from '../testing';
import { allAtYearEnd, backLoaded, decreasing, outOfRange, yearEndNot100 } from './spending-plan';

const withPlan = (...plans: Array<Array<number | null>>) =>
  buildUnitYear({ projects: plans.map((plan, index) => buildProject({ name: `项目${index + 1}`, spendingPlan: buildSpendingPlan(plan) })) });

describe('spending-plan.out-of-range', () => {
  it('reports a percent above 100', () => {
    const findings = runRule(outOfRange, withPlan([25, 50, 120, 100]));
    expect(messagesOf(findings)).toEqual(['项目“项目1”的资金支出计划“10月底”为“120.00%”，累计支出比例应在0%到100%之间。']);
    expect(findings[0]?.location).toMatchObject({ project: 1, field: 'spendingPlan[2]', cell: '资金支出计划·10月底' });
  });

  it('accepts 0 to 100 and blanks', () => {
    expect(runRule(outOfRange, withPlan([0, null, 50, 100]))).toEqual([]);
  });
});

describe('spending-plan.decreasing', () => {
  it('reports a cumulative share that falls, skipping blanks', () => {
    expect(messagesOf(runRule(decreasing, withPlan([40, null, 30, 100])))).toEqual(['项目“项目1”的资金支出计划“10月底”累计30%，少于“3月底”的40%。']);
  });

  it('accepts equal and rising shares', () => {
    expect(runRule(decreasing, withPlan([null, 50, 50, 100]))).toEqual([]);
  });
});

describe('spending-plan.year-end-not-100', () => {
  it('reports a year end below 100 or blank', () => {
    expect(messagesOf(runRule(yearEndNot100, withPlan([25, 50, 75, 90], [25, 50, 75, null])))).toEqual([
      '项目“项目1”的资金支出计划“12月底”累计90%，年底累计支出应为100%。',
      '项目“项目2”的资金支出计划“12月底”为空，年底累计支出应为100%。',
    ]);
  });

  it('accepts 100 at year end', () => {
    expect(runRule(yearEndNot100, withPlan([25, 50, 75, 100]))).toEqual([]);
  });
});

describe('spending-plan.all-at-year-end', () => {
  it('warns when nothing is planned before December', () => {
    expect(messagesOf(runRule(allAtYearEnd, withPlan([null, null, null, 100], [0, 0, null, 100])))).toEqual([
      '项目“项目1”的资金支出计划3月底空白、6月底空白、10月底空白，全部预算都安排在12月底支出。',
      '项目“项目2”的资金支出计划3月底0%、6月底0%、10月底空白，全部预算都安排在12月底支出。',
    ]);
  });

  it('accepts any commitment before December', () => {
    expect(runRule(allAtYearEnd, withPlan([null, 50, 50, 100]))).toEqual([]);
  });
});

describe('spending-plan.back-loaded', () => {
  const checkpoints = [{ month: 6, minPercent: 30 }];

  it('reports a filled checkpoint below the pack threshold', () => {
    expect(messagesOf(runRule(backLoaded, withPlan([10, 20, 60, 100]), { checkpoints }))).toEqual(['项目“项目1”计划“6月底”累计支出20%，低于序时要求的30%。']);
  });

  it('skips blank checkpoints and met thresholds', () => {
    expect(runRule(backLoaded, withPlan([null, null, 60, 100], [10, 30, 60, 100]), { checkpoints })).toEqual([]);
  });
});
