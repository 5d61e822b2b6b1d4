import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndicator, buildProject, buildSpendingPlan, buildTarget, buildUnitYear } from '../testing/builders';
import { reviewUnitYear } from './engine';
import { validateRulePack } from './rule-pack-validation';
import { builtInPack } from './testing';

const unitYear = buildUnitYear({
  departmentPlan: { overallGoal: '完成村“两委确换届工作。', commitments: [], subGoals: [], measures: [] },
  projects: [
    buildProject({
      name: '甲项目',
      spendingPlan: buildSpendingPlan([null, null, null, 100]),
      indicators: [buildIndicator({ basis: '' }), buildIndicator({ name: '网络畅通情况', level2: '质量指标', target: buildTarget({ raw: '100百分百', comparator: '=', value: 100, valueText: '100', measureUnit: '百分百', direction: 'exact' }) })],
    }),
    buildProject({ code: 'P2', name: '乙项目', budget: { total: '10.00', fiscal: '9.00', other: '0' } }),
  ],
});

describe('reviewUnitYear', () => {
  const report = reviewUnitYear(unitYear, builtInPack('national-2020'));

  it('orders findings by project (plan first), indicator (project-level first), then rule id', () => {
    const order = report.findings.map((finding) => [finding.location.project ?? 0, finding.location.indicator ?? 0, finding.code]);
    const sorted = [...order].sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number) || String(a[2]).localeCompare(String(b[2])));
    expect(order).toEqual(sorted);
    expect(order[0]).toEqual([0, 0, 'consistency.unpaired-marks']);
    expect(order).toContainEqual([1, 2, 'values.unknown-unit']);
    expect(order).toContainEqual([2, 0, 'money.budget-sum']);
  });

  it('adds the rule id, the pack severity, the family and the explanation to each finding', () => {
    const unit = report.findings.find((finding) => finding.code === 'values.unknown-unit');
    expect(unit).toMatchObject({ severity: 'warning', family: 'values', location: { project: 1, projectCode: '130322210TESTPROJECT01', indicator: 2, field: 'target', cell: '指标值' } });
    expect(unit?.explanation).toMatch(/计量单位要用规范写法/);
  });

  it('summarizes by severity and family, and filters by minimum severity', () => {
    expect(report.summary.total).toBe(report.findings.length);
    expect(report.summary.bySeverity.error + report.summary.bySeverity.warning + report.summary.bySeverity.info).toBe(report.summary.total);
    expect(report.summary.byFamily['spending-plan']).toBe(1);
    const errors = reviewUnitYear(unitYear, builtInPack('national-2020'), { minSeverity: 'error' });
    expect(errors.findings.every((finding) => finding.severity === 'error')).toBe(true);
    expect(errors.findings.map((finding) => finding.code)).toContain('money.budget-sum');
    expect(report.rules).toContain('quality.boilerplate');
    expect(report.rules).not.toContain('spending-plan.back-loaded');
  });

  it('follows the pack: a rule switched off is not run, a severity raised is applied', () => {
    const { value: pack } = validateRulePack({
      id: 'strict-test',
      name: '测试',
      region: '',
      years: { from: 2021, to: null },
      extends: 'national-2020',
      rules: { 'structure.empty-basis': { enabled: false }, 'values.unknown-unit': { severity: 'error' } },
    });
    if (!pack) throw new Error('test pack invalid');
    const tuned = reviewUnitYear(unitYear, pack);
    expect(tuned.findings.map((finding) => finding.code)).not.toContain('structure.empty-basis');
    expect(tuned.findings.find((finding) => finding.code === 'values.unknown-unit')?.severity).toBe('error');
    expect(report.findings.map((finding) => finding.code)).toContain('structure.empty-basis');
  });

  it('never throws on odd documents, and keeps its order', () => {
    const text = fc.string({ unit: fc.constantFrom(...'甲乙丙 1２%万元个“”（）《》号条例、，。-—*无'.split('')), maxLength: 24 });
    const target = fc.oneof(
      text.map((raw) => ({ kind: 'qualitative' as const, raw })),
      fc.record({ value: fc.integer({ min: -5, max: 500 }), unit: fc.constantFrom('', '%', '万元', '元', '个', '百分百', '坨', '元/人') }).map(({ value, unit }) =>
        buildTarget({ raw: `${value}${unit}`, comparator: '=', value, valueText: String(value), measureUnit: unit, direction: 'exact' }),
      ),
      fc.constantFrom('2021-06-30', '2022-01-31').map((date) => ({ kind: 'deadline' as const, raw: date, date, comparator: '≤' as const })),
    );
    const indicator = fc.record({ level1: fc.constantFrom('产出指标', '效益指标', '满意度指标', '', '其他'), level2: fc.constantFrom('数量指标', '成本指标', '社会效益指标', '服务对象满意度指标', ''), name: text, description: text, basis: text, target });
    const project = fc.record({ name: text, purpose: text, goals: fc.array(text, { maxLength: 2 }), indicators: fc.array(indicator, { maxLength: 6 }), plan: fc.array(fc.option(fc.integer({ min: -10, max: 120 })), { minLength: 4, maxLength: 4 }) });
    fc.assert(
      fc.property(fc.array(project, { maxLength: 4 }), text, (projects, overallGoal) => {
        const unit = buildUnitYear({
          departmentPlan: { overallGoal, commitments: [overallGoal], subGoals: [{ title: overallGoal, goal: overallGoal, indicatorText: overallGoal }], measures: [] },
          projects: projects.map((made, index) => buildProject({ code: `P${index}`, name: made.name, purpose: made.purpose, goals: made.goals, indicators: made.indicators.map((cells) => buildIndicator(cells)), spendingPlan: buildSpendingPlan(made.plan) })),
        });
        const { findings } = reviewUnitYear(unit, builtInPack('hebei-2021'));
        const keys = findings.map((finding) => [finding.location.project ?? 0, finding.location.indicator ?? 0]);
        expect(keys).toEqual([...keys].sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number)));
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic', () => {
    expect(reviewUnitYear(unitYear, builtInPack('national-2020'))).toEqual(report);
  });
});
