import { describe, expect, it } from 'vitest';
import { listRulePacks, selectRulePack } from './rule-packs';

describe('listRulePacks', () => {
  it('resolves the built-in packs: national, central (cost as a level 1) and a regional pack that only overrides data', () => {
    const packs = listRulePacks();
    expect(packs.map((pack) => pack.id)).toEqual(['national-2020', 'central-2021', 'hebei-2021']);
    const central = packs.find((pack) => pack.id === 'central-2021');
    expect(central?.framework.level1.map((level1) => `${level1.name}:${level1.level2.map((level2) => level2.name).join('/')}`)).toEqual([
      '产出指标:数量指标/质量指标/时效指标',
      '成本指标:经济成本指标/社会成本指标/生态环境成本指标',
      '效益指标:经济效益指标/社会效益指标/生态效益指标',
      '满意度指标:服务对象满意度指标',
    ]);
    const hebei = packs.find((pack) => pack.id === 'hebei-2021');
    expect(hebei?.framework).toEqual(packs[0]?.framework);
    expect(hebei?.rules['spending-plan.back-loaded']?.enabled).toBe(true);
    expect(packs[0]?.rules['spending-plan.back-loaded']?.enabled).toBe(false);
  });

  it('carries the scoring and monitoring options later issues read', () => {
    const [national] = listRulePacks();
    expect(national?.weights).toEqual({ level1: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 }, execution: 10 });
    expect(national?.gradeBands.map((band) => `${band.grade}${band.min}`)).toEqual(['优90', '良80', '中60', '差0']);
    expect(national?.scoring).toEqual({ lowerIsBetter: 'linear-2a', overAchievementRatio: 1.3, qualitativeBands: { achieved: 0.8, partial: 0.6 }, executionExplanationBelowPercent: 90 });
    expect(national?.monitoring).toEqual({ redBelowPercent: 60, yellowBelowPercent: 80, overAchievementPercent: 120 });
  });
});

describe('selectRulePack', () => {
  const packs = listRulePacks();
  const chosen = (divisionCode: string | null, year: number) => selectRulePack(packs, { divisionCode, year })?.id ?? null;

  it('picks the most specific region whose years contain the year', () => {
    expect(chosen('130322', 2021)).toBe('hebei-2021');
    expect(chosen('130322', 2020)).toBe('national-2020');
    expect(chosen('100000', 2021)).toBe('central-2021');
    expect(chosen('100000', 2020)).toBe('national-2020');
    expect(chosen('110101', 2021)).toBe('national-2020');
    expect(chosen(null, 2022)).toBe('national-2020');
    expect(chosen('130322', 1999)).toBeNull();
  });
});
