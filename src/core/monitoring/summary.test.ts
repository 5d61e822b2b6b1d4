import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pack } from '../self-evaluation/testing';
import { buildUnitYear } from '../testing/builders';
import { divisionView, projectLights, summarizeUnitMonitoring, worstOf, type UnitMonitoringSummary } from './summary';
import { onTrack, reportOf, unitYearOf, wan } from './testing';
import type { MonitoringRound, UnitMonitoringReport } from './types';

const round: MonitoringRound = { year: 2021, cutOff: '2021-07-31', unitCodes: ['203001', '203002', '203003', '203004', '203005'], status: 'open' };
const seed = unitYearOf(readFileSync('fixtures/changli-2021.txt'));

describe('worstOf', () => {
  it('orders red > yellow > blue > green > none', () => {
    expect(worstOf(['green', 'blue', 'none'])).toBe('blue');
    expect(worstOf(['green', 'yellow', 'blue'])).toBe('yellow');
    expect(worstOf(['red', 'yellow'])).toBe('red');
    expect(worstOf([])).toBe('none');
  });
});

describe('projectLights', () => {
  it('lights the seed’s project 8 at 7月31日: spending behind its own plan, one indicator behind, one over-achieving', () => {
    const project = seed.projects[7];
    if (!project) throw new Error('seed project 8 missing');
    const report = reportOf(project, { spent: wan('20') });
    report.indicators[0] = onTrack(1, { kind: 'number', value: '5' });
    report.indicators[5] = onTrack(6, { kind: 'number', value: '120' });
    const lights = projectLights(project, report, round, pack());
    expect(lights.spending.color).toBe('red');
    expect(lights.spending.explanation).toBe('执行率 20.00%（已支出20.00万元 ÷ 预算100.00万元），序时进度 58.08%（7月31日在1月1日（0%）与12月底（100%）之间按日插值），比值 34.43% < 60% → 红灯');
    expect(lights.indicators.map((light) => light.color)).toEqual(['red', 'green', 'green', 'green', 'green', 'blue', 'green', 'green', 'green']);
    expect(lights.indicators[0]?.explanation).toBe('完成值 5个，序时目标 20个 × 7/12 = 11.6667个，比值 42.85% < 60% → 红灯');
    expect(lights.worst).toBe('red');
    expect(lights.counts).toEqual({ red: 2, yellow: 0, blue: 1, green: 7, none: 0 });
  });

  it('leaves an unreported project unlit', () => {
    const project = seed.projects[0];
    if (!project) throw new Error('seed project 1 missing');
    const lights = projectLights(project, undefined, round, pack());
    expect(lights.reported).toBe(false);
    expect(lights.worst).toBe('none');
    expect(lights.counts.none).toBe(1 + project.indicators.length);
  });
});

describe('summarizeUnitMonitoring and divisionView', () => {
  const reportAll = (spentShare: string): UnitMonitoringReport => ({
    unitCode: seed.unit.code,
    submitted: true,
    projects: seed.projects.map((project) => reportOf(project, { spent: wan(((Number(spentShare) * project.budget.total) / 100_000_000).toFixed(2)) })),
  });

  it('summarizes the seed unit over its nine projects', () => {
    const summary = summarizeUnitMonitoring(seed, reportAll('60'), round, pack());
    expect(summary.projects).toHaveLength(9);
    expect(summary.reported).toBe(true);
    expect(summary.counts.red + summary.counts.yellow + summary.counts.blue + summary.counts.green + summary.counts.none).toBe(9 + 103);
    // Every target reported as already met: cost caps spent in full by 7月31日 run ahead of the pro-rata pace.
    const caps = seed.projects.flatMap((project) => project.indicators).filter((indicator) => indicator.target.kind === 'quantitative' && indicator.target.direction === 'lower');
    expect(summary.counts.yellow).toBe(caps.length);
    expect(summary.worst).toBe('yellow');
  });

  it('lists units not reported first, then red first, more red first, then by name', () => {
    const named = (code: string, name: string) => buildUnitYear({ unit: { code, name, divisionCode: '130322' }, projects: seed.projects });
    const summaries: UnitMonitoringSummary[] = [
      summarizeUnitMonitoring(named('203001', '组织部'), { ...reportAll('60'), unitCode: '203001' }, round, pack()),
      summarizeUnitMonitoring(named('203002', '宣传部'), { ...reportAll('10'), unitCode: '203002' }, round, pack()),
      summarizeUnitMonitoring(named('203003', '财政局'), { ...reportAll('10'), unitCode: '203003', submitted: false }, round, pack()),
      summarizeUnitMonitoring(named('203004', '统战部'), { ...reportAll('30'), unitCode: '203004' }, round, pack()),
      summarizeUnitMonitoring(named('999999', '他县单位'), reportAll('10'), round, pack()),
    ];
    const view = divisionView(round, summaries);
    // 宣传部 has more red lights than 统战部, which would come first by name.
    expect(view[2]?.counts.red).toBeGreaterThan(view[3]?.counts.red ?? 0);
    expect(view.map((row) => [row.unitCode, row.unitName, row.reported, row.worst])).toEqual([
      ['203005', '203005', false, null],
      ['203003', '财政局', false, null],
      ['203002', '宣传部', true, 'red'],
      ['203004', '统战部', true, 'red'],
      ['203001', '组织部', true, 'yellow'],
    ]);
  });
});
