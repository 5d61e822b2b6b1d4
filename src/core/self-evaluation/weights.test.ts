import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTextExport } from '../import-text';
import type { Project } from '../model';
import { buildIndicator, buildProject } from '../testing/builders';
import { pack } from './testing';
import { adjustWeight, defaultWeights, formatHundredths, hundredthsOf, isWeight, weightGroupOf, type WeightKey, type WeightSet } from './weights';
import { validateWeights } from './weights-validation';

const seed = importTextExport(readFileSync('fixtures/changli-2021.txt')).unitYear;
const seedProject = (position: number): Project => {
  const project = seed?.projects[position - 1];
  if (!project) throw new Error(`seed project ${position} missing`);
  return project;
};
const weightsOf = (set: WeightSet) => set.indicators.map((entry) => entry.weight);
const levelsOf = (set: WeightSet) => set.levels.map((entry) => `${entry.level1}/${entry.level2 ?? ''}=${entry.weight}`);

describe('defaultWeights', () => {
  it('spreads the national weights over the seed’s first project: equal level 2s, equal level 3s', () => {
    const { value, findings } = defaultWeights(seedProject(1), pack());
    expect(findings).toEqual([]);
    expect(weightsOf(value)).toEqual([1250, 1250, 1250, 1250, 750, 750, 750, 750, 1000]);
    expect(value.execution.weight).toBe(1000);
  });

  it('gives the left-over hundredths to the earlier indicators (seed project 2, three cost indicators)', () => {
    const { value } = defaultWeights(seedProject(2), pack());
    expect(weightsOf(value)).toEqual([625, 625, 625, 625, 625, 625, 417, 417, 416, 750, 750, 750, 750, 500, 500]);
    expect(validateWeights(seedProject(2), value, pack())).toEqual([]);
  });

  it('places 成本指标 under the central 2021 framework’s own level 1 and uses its weights', () => {
    const central = pack('central-2021');
    const project = seedProject(1);
    expect(project.indicators.map((indicator) => weightGroupOf(indicator, central))).toEqual(['产出指标', '产出指标', '产出指标', '成本指标', '效益指标', '效益指标', '效益指标', '效益指标', '满意度指标']);
    const { value, findings } = defaultWeights(project, central);
    expect(findings).toEqual([]);
    expect(levelsOf(value)).toEqual([
      '产出指标/=4000', '产出指标/数量指标=1334', '产出指标/质量指标=1333', '产出指标/时效指标=1333',
      '成本指标/=1000', '成本指标/成本指标=1000',
      '效益指标/=3000', '效益指标/经济效益指标=750', '效益指标/社会效益指标=750', '效益指标/生态效益指标=750', '效益指标/可持续影响指标=750',
      '满意度指标/=1000', '满意度指标/服务对象满意度指标=1000',
    ]);
    expect(validateWeights(project, value, central)).toEqual([]);
  });

  it('shares the points of an absent level 1 in proportion, and says so', () => {
    const project = buildProject({ indicators: [buildIndicator(), buildIndicator({ level1: '效益指标', level2: '社会效益指标', name: '群众受益' })] });
    const { value, findings } = defaultWeights(project, pack());
    expect(weightsOf(value)).toEqual([5556, 3333]);
    expect(value.execution.weight).toBe(1111);
    expect(findings.map((finding) => [finding.code, finding.severity, finding.message])).toEqual([
      ['self-evaluation.weights-redistributed', 'info', '项目“干部培训经费”没有“满意度指标”（10分）下的指标，这些分值已按比例分配给其余一级指标和预算执行，总分仍为100分。'],
    ]);
  });

  it('reports an indicator the framework does not place and weighs it 0', () => {
    const project = buildProject({ indicators: [buildIndicator(), buildIndicator({ level1: '产出', level2: '其他指标', name: '宣传次数' })] });
    const { value, findings } = defaultWeights(project, pack());
    expect(weightsOf(value)).toEqual([8333, 0]);
    expect(value.execution.weight).toBe(1667);
    expect(findings[0]).toMatchObject({ code: 'self-evaluation.weights-unplaced', severity: 'error', location: { indicator: 2, cell: '分值' } });
    expect(findings[0]?.message).toBe('指标“宣传次数”的一级指标“产出”、二级指标“其他指标”不在规则包“全国通用（2020）”的指标体系中，无法确定默认分值，暂记0分。');
  });

  const national = pack();
  const placements = national.framework.level1.flatMap((level1) => level1.level2.map((level2) => [level1.name, level2.name] as const));
  const projects = fc.array(fc.constantFrom(...placements), { maxLength: 40 }).map((picked) =>
    buildProject({ indicators: picked.map(([level1, level2], index) => buildIndicator({ level1, level2, name: `指标${index + 1}` })) }),
  );

  it.each(['national-2020', 'central-2021'])('always adds up exactly to 100 and to each level under %s (property)', (packId) => {
    const rulePack = pack(packId);
    fc.assert(
      fc.property(projects, (project) => {
        const { value } = defaultWeights(project, rulePack);
        const level1Total = value.levels.filter((entry) => entry.level2 === null).reduce((sum, entry) => sum + entry.weight, 0);
        expect(level1Total + value.execution.weight).toBe(10_000);
        expect(value.indicators.reduce((sum, entry) => sum + entry.weight, 0) + value.execution.weight).toBe(10_000);
        expect(validateWeights(project, value, rulePack)).toEqual([]);
      }),
    );
  });
});

describe('adjustWeight and validateWeights', () => {
  const project = seedProject(1);
  const defaults = defaultWeights(project, pack()).value;

  const applied = (changes: Array<[WeightKey, number, string]>) => changes.reduce((set, [key, weight, reason]) => adjustWeight(set, key, weight, reason) ?? set, defaults);
  const reason = '补贴发放人数是本项目的主要产出';

  it('accepts a change that keeps every level adding up, with reasons', () => {
    const weights = applied([
      [{ indicator: 1 }, 1500, reason],
      [{ indicator: 2 }, 1000, reason],
      [{ level1: '产出指标', level2: '数量指标' }, 1500, reason],
      [{ level1: '产出指标', level2: '质量指标' }, 1000, reason],
    ]);
    expect(weightsOf(weights).slice(0, 2)).toEqual([1500, 1000]);
    expect(validateWeights(project, weights, pack())).toEqual([]);
  });

  it('refuses a level that no longer adds up, and the total', () => {
    const weights = adjustWeight(defaults, { indicator: 1 }, 2000, '数量是关键产出');
    expect(weights && validateWeights(project, weights, pack()).map((finding) => [finding.code, finding.message])).toEqual([
      ['self-evaluation.weights-level-sum', '二级指标“产出指标·数量指标”下各三级指标分值之和为20.00，与二级指标“产出指标·数量指标”的分值12.50不一致。'],
    ]);
    const execution = adjustWeight(defaults, { execution: true }, 2000, '本省规定预算执行20分');
    expect(execution && validateWeights(project, execution, pack()).map((finding) => [finding.code, finding.message])).toEqual([
      ['self-evaluation.weights-total', '各一级指标分值（产出指标50.00、效益指标30.00、满意度指标10.00）与预算执行分值20.00之和为110.00，应为100.00。'],
    ]);
  });

  it('requires a reason for every weight changed from the default', () => {
    const weights = applied([
      [{ indicator: 1 }, 1500, '暂无'],
      [{ indicator: 2 }, 1000, ''],
      [{ level1: '产出指标', level2: '数量指标' }, 1500, reason],
      [{ level1: '产出指标', level2: '质量指标' }, 1000, reason],
    ]);
    expect(validateWeights(project, weights, pack()).map((finding) => [finding.code, finding.location.indicator, finding.message])).toEqual([
      ['self-evaluation.weights-reason', 1, '指标“保障补贴对象人数”的分值由默认的12.50改为15.00，没有说明调整理由。'],
      ['self-evaluation.weights-reason', 2, '指标“补贴执行率”的分值由默认的12.50改为10.00，没有说明调整理由。'],
    ]);
  });

  it('refuses weights that are not hundredths in 0–100, and rows that do not match the indicators', () => {
    const broken: WeightSet = { ...defaults, indicators: defaults.indicators.map((entry) => (entry.indicator === 1 ? { ...entry, weight: 12.5 } : entry.indicator === 9 ? { ...entry, level2: '其他' } : entry)) };
    const codes = validateWeights(project, broken, pack()).map((finding) => finding.code);
    expect(codes).toContain('self-evaluation.weights-invalid');
    expect(codes).toContain('self-evaluation.weights-mismatch');
    expect(adjustWeight(defaults, { indicator: 99 }, 0, '无此指标')).toBeNull();
    expect(adjustWeight(defaults, { level1: '产出指标', level2: '不存在' }, 0, '无此指标')).toBeNull();
  });
});

describe('weights as written', () => {
  it('reads a weight with at most two decimals into hundredths, and writes it back with two', () => {
    expect(hundredthsOf('16.67')).toBe(1667);
    expect(hundredthsOf('10')).toBe(1000);
    expect(hundredthsOf(' 12.5 ')).toBe(1250);
    expect(hundredthsOf('0')).toBe(0);
    expect(hundredthsOf('150')).toBe(15_000);
    for (const text of ['1.234', '10.', '.5', '-1', '1000', '十', '']) expect(hundredthsOf(text)).toBeNull();
    expect(formatHundredths(1667)).toBe('16.67');
    expect(formatHundredths(5)).toBe('0.05');
  });

  it('takes as a weight a whole number of hundredths from 0 to 100.00', () => {
    expect([0, 1667, 10_000].every(isWeight)).toBe(true);
    expect([-1, 10_001, 12.5].some(isWeight)).toBe(false);
  });
});
