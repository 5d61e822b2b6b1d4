import { describe, expect, it } from 'vitest';
import { buildIndicator, buildProject, buildTarget, buildUnitYear } from '../../testing/builders';
import type { Indicator } from '../../model';
import type { Target } from '../../target/target';
import { messagesOf, runRule } from '../testing';
import {
  costDirection,
  deadlineOutsideYear,
  directionConflict,
  missingUnit,
  nameUnitMismatch,
  placeholderTarget,
  quantityNotQuantitative,
  rateOver100,
  unknownUnit,
} from './values';

const unitWith = (...indicators: Indicator[]) => buildUnitYear({ projects: [buildProject({ indicators })] });
const quantity = (raw: string, comparator: '≥' | '≤' | '=' | '>' | '<', valueText: string, measureUnit: string): Target =>
  buildTarget({ raw, comparator, value: Number(valueText), valueText, measureUnit, direction: comparator === '≥' || comparator === '>' ? 'higher' : comparator === '=' ? 'exact' : 'lower' });
const words = (raw: string): Target => ({ kind: 'qualitative', raw });

describe('values.placeholder', () => {
  it('reports a placeholder target', () => {
    expect(messagesOf(runRule(placeholderTarget, unitWith(buildIndicator({ target: words('—') }))))).toEqual(['指标“培训人数”的指标值是占位符“—”，不是目标值。']);
    expect(runRule(placeholderTarget, unitWith(buildIndicator({ target: words('＊') })))).toHaveLength(1);
  });

  it('accepts real values', () => {
    expect(runRule(placeholderTarget, unitWith(buildIndicator(), buildIndicator({ target: words('成效显著') })))).toEqual([]);
  });
});

describe('values.missing-unit and values.unknown-unit', () => {
  it('reports a number without a unit', () => {
    expect(messagesOf(runRule(missingUnit, unitWith(buildIndicator({ target: quantity('418', '=', '418', '') }))))).toEqual(['指标“培训人数”的指标值“418”只有数字，没有计量单位。']);
  });

  it('names the canonical spelling of a known typo and fixes the cell', () => {
    const indicator = buildIndicator({ name: '网络畅通情况', target: quantity('100百分百', '=', '100', '百分百') });
    const [finding] = runRule(unknownUnit, unitWith(indicator));
    expect(finding?.message).toBe('指标“网络畅通情况”的指标值“100百分百”中，计量单位“百分百”不是规范单位，应为“%”或“百分比”。');
    expect(finding?.suggestion).toBe('改为“100%”。');
  });

  it('reports a unit the pack does not know', () => {
    expect(messagesOf(runRule(unknownUnit, unitWith(buildIndicator({ target: quantity('5坨', '=', '5', '坨') }))))).toEqual(['指标“培训人数”的指标值“5坨”中，计量单位“坨”不是“全国通用（2020）”认可的计量单位。']);
  });

  it('accepts canonical units, aliases (万 for 万元) and composite units', () => {
    const indicators = [quantity('≥95%', '≥', '95', '%'), quantity('≤2万', '≤', '2', '万元'), quantity('≥30场次', '≥', '30', '场次'), quantity('≤300元/人', '≤', '300', '元/人')];
    const unitYear = unitWith(...indicators.map((target) => buildIndicator({ target })));
    expect(runRule(unknownUnit, unitYear)).toEqual([]);
    expect(runRule(missingUnit, unitYear)).toEqual([]);
  });
});

describe('values.quantity-not-quantitative', () => {
  it('reports a quantity indicator written in words', () => {
    const indicator = buildIndicator({ name: '发放印刷编纂成册数量', target: words('全县科级领导干部数量') });
    expect(messagesOf(runRule(quantityNotQuantitative, unitWith(indicator)))).toEqual(['数量指标“发放印刷编纂成册数量”的指标值“全县科级领导干部数量”不是数值。']);
  });

  it('accepts numbers, and words under other level 2s', () => {
    const unitYear = unitWith(buildIndicator(), buildIndicator({ level1: '效益指标', level2: '社会效益指标', target: words('成效显著') }));
    expect(runRule(quantityNotQuantitative, unitYear)).toEqual([]);
  });
});

describe('values.deadline-outside-year', () => {
  const deadline = (raw: string, date: string): Target => ({ kind: 'deadline', raw, date, comparator: '≤' });

  it('reports a deadline in another year', () => {
    expect(messagesOf(runRule(deadlineOutsideYear, unitWith(buildIndicator({ level2: '时效指标', name: '按期完成', target: deadline('2022年3月底前', '2022-03-31') }))))).toEqual([
      '指标“按期完成”的完成时限“2022年3月底前”（2022-03-31）不在2021年度内。',
    ]);
  });

  it('accepts a deadline inside the year', () => {
    expect(runRule(deadlineOutsideYear, unitWith(buildIndicator({ target: deadline('2021年12月底前完成', '2021-12-31') })))).toEqual([]);
  });
});

describe('values.cost-direction', () => {
  const cost = (target: Target) => buildIndicator({ level2: '成本指标', name: '换届工作经费', target });

  it('reports a bare amount and suggests the cap', () => {
    const [finding] = runRule(costDirection, unitWith(cost(quantity('10万元', '=', '10', '万元'))));
    expect(finding?.message).toBe('成本指标“换届工作经费”的指标值“10万元”没有写成上限。');
    expect(finding?.suggestion).toBe('改为“≤10万元”。');
  });

  it('accepts caps, and percentages under cost (a rate is not a cap)', () => {
    const unitYear = unitWith(cost(quantity('≤10万元', '≤', '10', '万元')), cost(quantity('100%', '=', '100', '%')));
    expect(runRule(costDirection, unitYear)).toEqual([]);
  });

  it('applies to the cost level 1 of the central framework', () => {
    const central = unitWith(buildIndicator({ level1: '成本指标', level2: '经济成本指标', target: quantity('50万元', '=', '50', '万元') }));
    expect(runRule(costDirection, central, {}, 'central-2021')).toHaveLength(1);
  });
});

describe('values.direction-conflict', () => {
  it('reports an increase capped from above', () => {
    const indicator = buildIndicator({ level1: '效益指标', level2: '经济效益指标', name: '增加干部经济收入', target: quantity('≤3000元', '≤', '3000', '元') });
    expect(messagesOf(runRule(directionConflict, unitWith(indicator)))).toEqual(['指标“增加干部经济收入”要增加，指标值“≤3000元”却是上限。']);
  });

  it('accepts matching directions, rates, durations and reductions stated as amounts', () => {
    const unitYear = unitWith(
      buildIndicator({ name: '提高村民自治积极性', target: quantity('≥90%', '≥', '90', '%') }),
      buildIndicator({ name: '成本增长率', target: quantity('≤5%', '≤', '5', '%') }),
      buildIndicator({ name: '提高审批效率', target: quantity('≤5个工作日', '≤', '5', '工作日') }),
      buildIndicator({ name: '减少能耗', target: quantity('≥10%', '≥', '10', '%') }),
    );
    expect(runRule(directionConflict, unitYear)).toEqual([]);
  });
});

describe('values.rate-over-100', () => {
  it('reports a share above 100%', () => {
    expect(runRule(rateOver100, unitWith(buildIndicator({ name: '培训合格率', target: quantity('≥120%', '≥', '120', '%') })))).toHaveLength(1);
  });

  it('accepts growth above 100% and shares up to 100%', () => {
    const unitYear = unitWith(
      buildIndicator({ name: '产值增长率', target: quantity('≥120%', '≥', '120', '%') }),
      buildIndicator({ name: '培训合格率', target: quantity('100%', '=', '100', '%') }),
    );
    expect(runRule(rateOver100, unitYear)).toEqual([]);
  });
});

describe('values.name-unit-mismatch', () => {
  it('reports a head count given as a percentage', () => {
    const indicator = buildIndicator({ name: '保障补贴对象人数', target: quantity('100百分比', '=', '100', '%') });
    expect(messagesOf(runRule(nameUnitMismatch, unitWith(indicator)))).toEqual(['指标“保障补贴对象人数”的名称是人数，指标值“100百分比”却是百分比。']);
  });

  it('reports a rate given as a count', () => {
    expect(runRule(nameUnitMismatch, unitWith(buildIndicator({ name: '验收合格率', target: quantity('20个', '=', '20', '个') })))).toHaveLength(1);
  });

  it('accepts names that match their units', () => {
    const unitYear = unitWith(buildIndicator({ name: '培训人数', target: quantity('≥200人', '≥', '200', '人') }), buildIndicator({ name: '验收合格率', target: quantity('100%', '=', '100', '%') }));
    expect(runRule(nameUnitMismatch, unitYear)).toEqual([]);
  });
});
