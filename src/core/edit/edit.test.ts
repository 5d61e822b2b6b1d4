import { describe, expect, it } from 'vitest';
import { fen } from '../money';
import { readBudgetEdit } from './budget-edit';
import { changedFields } from './changed-fields';
import { readDepartmentPlanEdit } from './department-plan-edit';
import { valueOrThrow } from './field-problems';
import { readIndicatorEdit } from './indicator-edit';
import { readSpendingPlanEdit } from './spending-plan-edit';

describe('reading edits as an import reads documents', () => {
  it('reads amounts in 万元 exactly and writes the cells in the document money unit', () => {
    expect(readBudgetEdit({ total: '20.32', fiscal: '２０.３２', other: '0' }, '万元')).toEqual({
      ok: true,
      value: { budget: { total: fen(20_320_000), fiscal: fen(20_320_000), other: fen(0) }, budgetRaw: { total: '20.32', fiscal: '20.32', other: '0.00' } },
    });
    const inYuan = readBudgetEdit({ total: '20.32', fiscal: '20', other: '0.32' }, '元');
    expect(inYuan.ok && inYuan.value.budgetRaw).toEqual({ total: '203200.00', fiscal: '200000.00', other: '3200.00' });
  });

  it('refuses what is not an amount, with the field path and a Chinese message; budget ≠ fiscal + other is left to the review', () => {
    const reading = readBudgetEdit({ total: '二十万', fiscal: '-1', other: '0.1234567' }, '万元');
    expect(reading).toEqual({
      ok: false,
      problems: [
        { path: 'budget.total', message: '预算数“二十万”不是有效的金额，请填写以万元为单位的数字，如 20.32' },
        { path: 'budget.fiscal', message: '财政资金“-1”不能为负数，请填写以万元为单位的数字，如 20.32' },
        { path: 'budget.other', message: expect.stringContaining('其他资金') },
      ],
    });
    expect(() => valueOrThrow(reading)).toThrow(expect.objectContaining({ code: 'validation_failed', details: { fields: expect.arrayContaining([expect.objectContaining({ path: 'budget.total' })]) } }));
    expect(readBudgetEdit({ total: '30', fiscal: '20', other: '0' }, '万元').ok).toBe(true);
  });

  it('reads a spending plan like the importer: months from labels, blanks as no commitment', () => {
    const reading = readSpendingPlanEdit([
      { checkpoint: '3月底', raw: '' },
      { checkpoint: '6月底', raw: '50.00%' },
      { checkpoint: '12 月底', raw: '100' },
    ]);
    expect(reading).toEqual({
      ok: true,
      value: [
        { checkpoint: '3月底', month: 3, percent: null, raw: '' },
        { checkpoint: '6月底', month: 6, percent: 50, raw: '50.00%' },
        { checkpoint: '12 月底', month: 12, percent: 100, raw: '100' },
      ],
    });
  });

  it('refuses labels that are not months, months out of order and cells that are not percents', () => {
    const reading = readSpendingPlanEdit([
      { checkpoint: '年中', raw: '50%' },
      { checkpoint: '6月底', raw: '一半' },
      { checkpoint: '3月底', raw: '10%' },
    ]);
    expect(reading.ok ? [] : reading.problems.map((problem) => problem.path)).toEqual(['spendingPlan.0.checkpoint', 'spendingPlan.1.raw', 'spendingPlan.2.checkpoint']);
  });

  it('parses an edited target with the import parser and locates its findings at the target', () => {
    const fixed = readIndicatorEdit({ level1: '产出指标', level2: '质量指标', name: '设备正常运转率', description: '', target: '100%', basis: '计划标准' });
    expect(fixed.indicator.target).toMatchObject({ kind: 'quantitative', comparator: '=', value: 100, measureUnit: '%', raw: '100%' });
    expect(fixed.targetFindings).toEqual([]);
    const unreadable = readIndicatorEdit({ level1: '产出指标', level2: '数量指标', name: '站点', description: '', target: '≥约5个左右', basis: '' });
    expect(unreadable.indicator.target.kind).toBe('qualitative');
    expect(unreadable.targetFindings.map((finding) => finding.location)).toEqual(unreadable.targetFindings.map(() => ({ field: 'target', cell: '指标值' })));
  });

  it('derives the commitments of a department plan from its overall goal', () => {
    const plan = readDepartmentPlanEdit({ overallGoal: '做好组织工作。具体体现在如下方面：购置436台调制解调器；培训8期。', subGoals: [], measures: [] });
    expect(plan.commitments).toEqual(['购置436台调制解调器', '培训8期']);
  });

  it('names the fields two snapshots disagree on, deeply, leaving out the version', () => {
    expect(changedFields({ name: 'a', target: { raw: '1' }, version: 1, goals: ['x'] }, { name: 'a', target: { raw: '2' }, version: 2, goals: ['x', 'y'] })).toEqual(['target', 'goals']);
    expect(changedFields({ name: 'a', version: 1 }, { name: 'a', version: 3 })).toEqual([]);
  });
});
