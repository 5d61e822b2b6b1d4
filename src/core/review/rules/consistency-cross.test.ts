import { describe, expect, it } from 'vitest';
import { buildIndicator, buildProject, buildTarget, buildUnitYear } from '../../testing/builders';
import { messagesOf, runRule } from '../testing';
import { duplicateProjectCode, duplicateProjectName, indicatorDirection } from './consistency-cross';

describe('consistency.duplicate-project-code and duplicate-project-name', () => {
  it('reports the later of two projects sharing a code or a name', () => {
    const unitYear = buildUnitYear({ projects: [buildProject({ code: 'A1', name: '甲' }), buildProject({ code: 'A1', name: '乙' }), buildProject({ code: 'B2', name: '甲' })] });
    expect(messagesOf(runRule(duplicateProjectCode, unitYear))).toEqual(['第2个项目“乙”的项目编码“A1”与第1个项目“甲”相同。']);
    expect(messagesOf(runRule(duplicateProjectName, unitYear))).toEqual(['第3个项目与第1个项目同名（“甲”）。']);
  });

  it('accepts distinct codes and names', () => {
    const unitYear = buildUnitYear({ projects: [buildProject({ code: 'A1', name: '甲' }), buildProject({ code: 'B2', name: '乙' })] });
    expect(runRule(duplicateProjectCode, unitYear)).toEqual([]);
    expect(runRule(duplicateProjectName, unitYear)).toEqual([]);
  });
});

describe('consistency.indicator-direction', () => {
  const withTarget = (raw: string, comparator: '≥' | '≤' | '=', direction: 'higher' | 'lower' | 'exact') =>
    buildIndicator({ name: '考核优秀人员数量', target: buildTarget({ raw, comparator, value: 250, valueText: '250', measureUnit: '人', direction }) });

  it('reports the same indicator as a floor in one project and a cap in another', () => {
    const unitYear = buildUnitYear({ projects: [buildProject({ name: '甲', indicators: [withTarget('≤250人', '≤', 'lower')] }), buildProject({ name: '乙', indicators: [withTarget('≥250人', '≥', 'higher')] })] });
    const findings = runRule(indicatorDirection, unitYear);
    expect(messagesOf(findings)).toEqual(['指标“考核优秀人员数量”的指标值“≥250人”是下限（越高越好），同名指标在项目“甲”中却是上限（越低越好）（“≤250人”）。']);
  });

  it('accepts the same direction, exact values, and different names', () => {
    const unitYear = buildUnitYear({ projects: [buildProject({ indicators: [withTarget('≤250人', '≤', 'lower')] }), buildProject({ indicators: [withTarget('≤300人', '≤', 'lower'), withTarget('250人', '=', 'exact')] })] });
    expect(runRule(indicatorDirection, unitYear)).toEqual([]);
  });
});
