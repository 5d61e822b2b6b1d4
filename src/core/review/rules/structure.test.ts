import { describe, expect, it } from 'vitest';
import { buildIndicator, buildProject, buildUnitYear } from '../../testing/builders';
import type { Indicator } from '../../model';
import { messagesOf, runRule } from '../testing';
import { duplicateIndicator, emptyBasis, emptyCell, missingLevel1, missingLevel2, nameTooLong, unknownLevel1, unknownLevel2 } from './structure';

/** A complete project under the national framework: one indicator per required branch. */
function completeIndicators(): Indicator[] {
  return [
    buildIndicator({ level2: '数量指标', name: '培训人数' }),
    buildIndicator({ level2: '质量指标', name: '培训合格率' }),
    buildIndicator({ level2: '时效指标', name: '按期完成' }),
    buildIndicator({ level2: '成本指标', name: '培训成本' }),
    buildIndicator({ level1: '效益指标', level2: '社会效益指标', name: '干部能力提升' }),
    buildIndicator({ level1: '满意度指标', level2: '服务对象满意度指标', name: '参训人员满意度' }),
  ];
}

const unitWith = (indicators: Indicator[]) => buildUnitYear({ projects: [buildProject({ indicators })] });

describe('structure.unknown-level1', () => {
  it('suggests the nearest framework name for a misspelled level 1', () => {
    const findings = runRule(unknownLevel1, unitWith([buildIndicator({ level1: '产出指示' })]));
    expect(messagesOf(findings)).toEqual(['指标“培训人数”的一级指标“产出指示”不在“全国通用（2020）”的指标体系中。']);
    expect(findings[0]?.suggestion).toBe('改为“产出指标”。');
    expect(findings[0]?.location).toMatchObject({ project: 1, indicator: 1, field: 'level1', cell: '一级指标' });
  });

  it('lists the framework names when nothing is close', () => {
    const [finding] = runRule(unknownLevel1, unitWith([buildIndicator({ level1: '其他' })]));
    expect(finding?.suggestion).toBe('一级指标应为“产出指标”、“效益指标”、“满意度指标”之一。');
  });

  it('accepts the framework names', () => {
    expect(runRule(unknownLevel1, unitWith(completeIndicators()))).toEqual([]);
  });
});

describe('structure.unknown-level2', () => {
  it('says which level 1 a level 2 belongs to when it sits under another', () => {
    const findings = runRule(unknownLevel2, unitWith([buildIndicator({ level1: '效益指标', level2: '数量指标' })]));
    expect(messagesOf(findings)).toEqual(['指标“培训人数”的二级指标“数量指标”属于“产出指标”，却写在一级指标“效益指标”下。']);
  });

  it('suggests the nearest level 2 of its level 1, only when it is close', () => {
    const [finding] = runRule(unknownLevel2, unitWith([buildIndicator({ level2: '数量指数' })]));
    expect(finding?.suggestion).toBe('改为“数量指标”。');
    const [shortened] = runRule(unknownLevel2, unitWith([buildIndicator({ level2: '时效' })]));
    expect(shortened?.suggestion).toBe('改为“时效指标”。');
    const [far] = runRule(unknownLevel2, unitWith([buildIndicator({ level2: '效率指标' })]));
    expect(far?.suggestion).toBe('二级指标应为“数量指标”、“质量指标”、“时效指标”、“成本指标”之一。');
  });

  it('accepts level 2 under its own level 1, and the central framework has its cost level 1', () => {
    expect(runRule(unknownLevel2, unitWith(completeIndicators()))).toEqual([]);
    const central = unitWith([buildIndicator({ level1: '成本指标', level2: '经济成本指标' })]);
    expect(runRule(unknownLevel2, central, {}, 'central-2021')).toEqual([]);
    const [costUnderOutput] = runRule(unknownLevel2, unitWith([buildIndicator({ level2: '成本指标' })]), {}, 'central-2021');
    expect(costUnderOutput?.message).toBe('指标“培训人数”的二级指标“成本指标”在“中央部门（2021）”的指标体系中是一级指标。');
    expect(costUnderOutput?.suggestion).toBe('把一级指标改为“成本指标”，二级指标改用“经济成本指标”、“社会成本指标”、“生态环境成本指标”之一。');
  });
});

describe('structure.missing-level1 and missing-level2', () => {
  it('reports a project without effect indicators, once, not its level 2s', () => {
    const outputsOnly = completeIndicators().filter((indicator) => indicator.level1 === '产出指标');
    const unitYear = unitWith(outputsOnly);
    expect(messagesOf(runRule(missingLevel1, unitYear))).toEqual([
      '项目“干部培训经费”没有“效益指标”类的指标。',
      '项目“干部培训经费”没有“满意度指标”类的指标。',
    ]);
    expect(runRule(missingLevel2, unitYear)).toEqual([]);
  });

  it('reports a missing required level 2 under a present level 1', () => {
    const withoutCost = completeIndicators().filter((indicator) => indicator.level2 !== '成本指标');
    expect(messagesOf(runRule(missingLevel2, unitWith(withoutCost)))).toEqual(['项目“干部培训经费”的“产出指标”下没有“成本指标”。']);
  });

  it('is satisfied by a complete project', () => {
    expect(runRule(missingLevel1, unitWith(completeIndicators()))).toEqual([]);
    expect(runRule(missingLevel2, unitWith(completeIndicators()))).toEqual([]);
  });
});

describe('structure.empty-cell and empty-basis', () => {
  it('reports an empty name and an empty target', () => {
    const indicator = buildIndicator({ name: '', target: { kind: 'qualitative', raw: ' ' } });
    expect(messagesOf(runRule(emptyCell, unitWith([indicator])))).toEqual([
      '第1个项目第1行指标的“三级指标”为空。',
      '第1个项目第1行指标的“指标值”为空。',
    ]);
  });

  it('reports an empty or placeholder basis', () => {
    const findings = runRule(emptyBasis, unitWith([buildIndicator({ basis: '' }), buildIndicator({ name: '合格率', basis: '无' })]));
    expect(messagesOf(findings)).toEqual(['指标“培训人数”的指标值确定依据为空。', '指标“合格率”的指标值确定依据只写了“无”。']);
  });

  it('accepts filled cells', () => {
    expect(runRule(emptyCell, unitWith(completeIndicators()))).toEqual([]);
    expect(runRule(emptyBasis, unitWith(completeIndicators()))).toEqual([]);
  });
});

describe('structure.duplicate-indicator and name-too-long', () => {
  it('reports the second of two same-named indicators with the first as evidence', () => {
    const findings = runRule(duplicateIndicator, unitWith([buildIndicator(), buildIndicator({ level2: '质量指标', name: ' 培训人数' })]));
    expect(messagesOf(findings)).toEqual(['指标“培训人数”与本项目第1行指标同名。']);
    expect(findings[0]?.evidence?.[0]?.location.indicator).toBe(1);
  });

  it('reports a name longer than the pack allows', () => {
    expect(runRule(nameTooLong, unitWith([buildIndicator({ name: '很长的名称' })]), { maxLength: 4 })).toHaveLength(1);
    expect(runRule(nameTooLong, unitWith([buildIndicator({ name: '很长的名称' })]), { maxLength: 5 })).toEqual([]);
  });

  it('accepts distinct names', () => {
    expect(runRule(duplicateIndicator, unitWith(completeIndicators()))).toEqual([]);
  });
});
