import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInPackSources } from './packs/sources';
import { validateRulePack } from './rule-pack-validation';

const child = (rules: Record<string, unknown> = {}, more: Record<string, unknown> = {}) => ({
  id: 'test-pack',
  name: '测试规则包',
  region: '1303',
  years: { from: 2021, to: 2023 },
  extends: 'national-2020',
  rules,
  ...more,
});

const fields = (json: unknown) => validateRulePack(json).findings.map((finding) => finding.location.field);

describe('validateRulePack', () => {
  it('resolves a pack that extends another: data merged, rule entries merged key by key', () => {
    const { value, findings } = validateRulePack(child({ 'money.cost-sum': { severity: 'error' } }));
    expect(findings).toEqual([]);
    expect(value?.framework.level1.map((level1) => level1.name)).toEqual(['产出指标', '效益指标', '满意度指标']);
    expect(value?.rules['money.cost-sum']).toEqual({ tolerancePercent: 0.5, severity: 'error' });
    expect(value?.extends).toBe('national-2020');
  });

  it('accepts every built-in pack', () => {
    for (const source of builtInPackSources) expect(validateRulePack(source).findings).toEqual([]);
  });

  it('locates wrong types and unknown severities by JSON path, in Chinese', () => {
    const { value, findings } = validateRulePack(child({ 'values.unknown-unit': { severity: 'fatal' }, 'money.cost-sum': { tolerancePercent: '1%' } }));
    expect(value).toBeNull();
    expect(findings.map((finding) => [finding.code, finding.location.field])).toEqual([
      ['rule-pack.invalid', 'rules["values.unknown-unit"].severity'],
      ['rule-pack.invalid', 'rules["money.cost-sum"].tolerancePercent'],
    ]);
    expect(findings[0]?.message).toBe('rules["values.unknown-unit"].severity：取值“fatal”无效，应为 “error”、“warning”、“info” 之一。');
    expect(findings[1]?.message).toBe('rules["money.cost-sum"].tolerancePercent：应为数字，实际是文本 “1%”。');
  });

  it('refuses unknown rule ids and unknown settings of a rule', () => {
    expect(fields(child({ 'values.no-such-rule': {} }))).toEqual(['rules["values.no-such-rule"]']);
    expect(fields(child({ 'values.unknown-unit': { threshold: 3 } }))).toEqual(['rules["values.unknown-unit"].threshold']);
  });

  it('refuses an extends cycle and an unknown parent', () => {
    const a = { ...child(), id: 'pack-a', extends: 'pack-b' };
    const b = { ...child(), id: 'pack-b', extends: 'pack-a' };
    const cycle = validateRulePack(a, { library: [b] });
    expect(cycle.value).toBeNull();
    expect(cycle.findings.map((finding) => [finding.code, finding.message])).toEqual([['rule-pack.extends-cycle', 'extends：继承关系形成了循环：pack-a → pack-b → pack-a。']]);
    expect(validateRulePack({ ...child(), extends: 'pack-a' }, { library: [] }).findings.map((finding) => finding.code)).toEqual(['rule-pack.unknown-parent']);
    expect(validateRulePack({ ...child(), extends: 'test-pack' }).findings.map((finding) => finding.code)).toEqual(['rule-pack.extends-cycle']);
  });

  it('requires the framework and the other data of a pack that extends nothing', () => {
    const { extends: _ignored, ...standalone } = child();
    const missing = fields(standalone);
    expect(missing).toContain('framework');
    expect(missing).toContain('measureUnits');
    expect(validateRulePack(standalone).findings[0]?.message).toMatch(/缺少必填项/);
  });

  it('checks the sense of the data: weights add up, bands descend, unknown top-level keys', () => {
    const findings = validateRulePack(child({}, { weights: { level1: { 产出指标: 60 } }, gradeBands: [{ grade: '优', min: 80 }, { grade: '良', min: 90 }], framwork: {} })).findings;
    expect(findings.map((finding) => finding.location.field)).toEqual(['framwork']);
    const sense = validateRulePack(child({}, { weights: { level1: { 产出指标: 60 } }, gradeBands: [{ grade: '优', min: 80 }, { grade: '良', min: 90 }, { grade: '差', min: 0 }] })).findings;
    expect(sense.map((finding) => finding.location.field)).toEqual(['weights', 'gradeBands[1].min']);
    expect(sense[0]?.message).toBe('weights：各一级指标权重与预算执行权重之和为110，应为100。');
  });

  it('reports a header that is not a pack', () => {
    expect(validateRulePack(null).findings.map((finding) => finding.location.field)).toEqual(['(整个规则包)']);
    expect(fields({ id: 'Bad Id', name: '', region: 'hebei', years: { from: 2021 } })).toEqual(['id', 'name', 'region', 'years.to']);
  });

  it('never throws, whatever the JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = validateRulePack(json);
        expect(result.value === null || result.findings.every((finding) => finding.severity !== 'error')).toBe(true);
      }),
    );
    const shaped = fc.record({ id: fc.constant('x-pack'), name: fc.string(), region: fc.string(), years: fc.anything(), extends: fc.oneof(fc.constant('national-2020'), fc.string()), rules: fc.dictionary(fc.string(), fc.jsonValue()) }, { requiredKeys: [] });
    fc.assert(
      fc.property(shaped, (json) => {
        expect(() => validateRulePack(json)).not.toThrow();
      }),
    );
  });
});
