/**
 * Test data for the storage tests: unit years that exercise every column, and import records whose
 * hash and size agree with their bytes. Used by tests only; builds on src/core/testing/builders.ts.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../core/finding';
import type { Project, UnitYear } from '../core/model';
import { buildIndicator, buildProject, buildSpendingPlan, buildTarget, buildUnitYear } from '../core/testing/builders';
import type { ImportRecordInput } from './import.repository';

/** An import record of `text` (UTF-8) with a matching sha256 and size. */
export function buildImportRecord(overrides: Partial<ImportRecordInput> & { text?: string } = {}): ImportRecordInput {
  const { text = '第一部分\n部门整体绩效目标\n', ...rest } = overrides;
  const source = rest.source ?? new TextEncoder().encode(text);
  const findings: Finding[] = [
    { code: 'import.blank-cell', severity: 'warning', location: { line: 12, cell: '3月底' }, message: '资金支出计划3月底为空。' },
  ];
  return {
    fileName: 'changli-2021.txt',
    encoding: 'utf-8',
    sha256: createHash('sha256').update(source).digest('hex'),
    byteSize: source.byteLength,
    importedAt: new Date('2021-03-01T08:00:00.000Z'),
    importedBy: null,
    findings,
    ...rest,
    source,
  };
}

/** A project whose indicators carry every kind of target and whose spending plan has blank cells. */
export function buildVariedProject(code: string, budget = { total: '20.32', fiscal: '20.32', other: '0' }): Project {
  return buildProject({
    code,
    name: `${code} 项目`,
    budget,
    goals: ['1.按时发放补助资金。', '2.按标准足额发放。'],
    spendingPlan: buildSpendingPlan([null, 50, 50.5, 100]),
    indicators: [
      buildIndicator(),
      buildIndicator({ level2: '成本指标', name: '补贴总成本', target: buildTarget({ raw: '≤20.32万元', comparator: '≤', value: 20.32, valueText: '20.32', measureUnit: '万元', direction: 'lower' }) }),
      buildIndicator({ name: '站点数', target: buildTarget({ raw: '418个', comparator: '=', value: 418, valueText: '418', measureUnit: '个', direction: 'exact' }) }),
      buildIndicator({ name: '年限', target: buildTarget({ raw: '一至两年', comparator: '~', value: 1, valueText: '1', upper: 2, measureUnit: '年', direction: 'exact' }) }),
      buildIndicator({ name: '没有单位', target: buildTarget({ raw: '>2', comparator: '>', value: 2, valueText: '2', measureUnit: '', direction: 'higher' }) }),
      buildIndicator({ level2: '时效指标', name: '按时发放', target: { kind: 'deadline', raw: '2021年12月底前完成', date: '2021-12-31', comparator: '≤' } }),
      buildIndicator({ level2: '时效指标', name: '按日完成', target: { kind: 'deadline', raw: '2021年6月30日', date: '2021-06-30', comparator: '=' } }),
      buildIndicator({ level1: '效益指标', level2: '社会效益指标', name: '成效', target: { kind: 'qualitative', raw: '成效显著' }, basis: '' }),
      buildIndicator({ level1: '满意度指标', level2: '服务对象满意度指标', name: '满意度', target: buildTarget({ raw: '≥95百分比', valueText: '95' }) }),
    ],
  });
}

/** A unit year in 万元 with several varied projects, sub-goals and measures. */
export function buildVariedUnitYear(overrides: Partial<UnitYear> = {}): UnitYear {
  return buildUnitYear({
    projects: [
      buildVariedProject('130322210TL1EUNN2FE59'),
      buildVariedProject('130322210TL1EUNN2FE60', { total: '23.00', fiscal: '20.00', other: '3.00' }),
      buildProject({ code: '130322210TL1EUNN2FE61', spendingPlan: [], goals: [], indicators: [] }),
    ],
    ...overrides,
  });
}

/** The same shape in 元, for a second unit. */
export function buildUnitYearInYuan(): UnitYear {
  const project = buildVariedProject('130322210YUAN000001');
  return buildUnitYear({
    unit: { code: '301001', name: '昌黎县财政局', divisionCode: null },
    moneyUnit: '元',
    projects: [{ ...project, budget: { ...project.budget }, budgetRaw: { total: '203200.00', fiscal: '203200.00', other: '0.00' } }],
  });
}
