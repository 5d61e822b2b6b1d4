import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTextExport } from '../import-text';
import type { Project } from '../model';
import { buildIndicator, buildProject, buildTarget } from '../testing/builders';
import { add, compare, parseDecimal, parseFractionText, rational, subtract, type Rational } from '../rational';
import { evaluationOf, pack, row, yuan } from './testing';
import type { Actual, IndicatorEvaluation, ProjectScore } from './types';
import { scoreProject, validateSelfEvaluation } from './validate';
import { defaultWeights } from './weights';

const seed = importTextExport(readFileSync('fixtures/changli-2021.txt')).unitYear;
const seedProjects = seed?.projects ?? [];

/** The actual value that meets each target exactly (qualitative: achieved with full marks of `weight`). */
function meeting(project: Project, position: number, weight: number): Actual {
  const target = project.indicators[position - 1]?.target;
  if (!target || target.kind === 'qualitative') return { kind: 'grade', grade: 'achieved', score: String(weight / 100) };
  if (target.kind === 'deadline') return { kind: 'date', date: target.date, score: null };
  return { kind: 'number', value: target.valueText };
}

function fullRows(project: Project): IndicatorEvaluation[] {
  const weights = defaultWeights(project, pack()).value;
  return weights.indicators.map((entry) => row(entry.indicator, meeting(project, entry.indicator, entry.weight)));
}

const exact = (text: string): Rational => parseFractionText(text) ?? rational(0);
const shown = (text: string): Rational => parseDecimal(text) ?? rational(0);
const messages = (project: Project, rows: IndicatorEvaluation[], extra = {}) =>
  validateSelfEvaluation(project, evaluationOf(project, { indicators: rows, ...extra }), pack()).map((finding) => [finding.code, finding.location.indicator ?? finding.location.field, finding.message]);

describe('seed projects through the importer', () => {
  it.each(seedProjects.map((project, index) => [index + 1, project] as const))('project %i scores 100.00 and 优 when every target is met and the budget spent', (_, project) => {
    const { value, findings } = scoreProject(project, evaluationOf(project, { indicators: fullRows(project) }), pack());
    expect(findings).toEqual([]);
    expect(value?.total).toEqual({ exact: '100', rounded: '100.00' });
    expect(value?.grade).toBe('优');
  });

  it('asks for explanations where the seed’s first project falls short, and refuses “暂无” and copies', () => {
    const project = seedProjects[0] as Project;
    const rows = fullRows(project);
    rows[0] = row(1, { kind: 'number', value: '90' }, '暂无');
    rows[1] = row(2, { kind: 'number', value: '95' }, '两名毕业生年中离岗，补贴按实际在岗月份发放。');
    rows[7] = row(8, { kind: 'number', value: '1' }, '两名毕业生年中离岗，补贴按实际在岗月份发放');
    expect(messages(project, rows)).toEqual([
      ['self-evaluation.explanation-missing', 1, '指标“保障补贴对象人数”得分11.25，低于满分12.50，需填写偏差原因分析及改进措施。“暂无”不是说明。'],
    ]);
    rows[7] = row(8, { kind: 'number', value: '0.5' }, '两名毕业生年中离岗，补贴按实际在岗月份发放');
    expect(messages(project, rows).map(([code, where]) => [code, where])).toEqual([
      ['self-evaluation.explanation-missing', 1],
      ['self-evaluation.explanation-copied', 8],
    ]);
    expect(messages(project, rows)[1]?.[2]).toBe('指标“充分发挥自身作用”的说明与指标“补贴执行率”的说明相同（“两名毕业生年中离岗，补贴按实际在岗月份发放”），照抄的文字不能说明本项的偏差。');
  });

  it('asks for the reason of over-achievement and of a not-applicable indicator', () => {
    const project = seedProjects[4] as Project;
    const rows = fullRows(project);
    rows[1] = row(2, { kind: 'number', value: '150' }, '');
    rows[7] = row(8, null, '', true);
    expect(messages(project, rows)).toEqual([
      ['self-evaluation.explanation-missing', 2, '指标“人才引进数量”超额完成，得满分，但需在偏差原因分析及改进措施中说明超额原因。'],
      ['self-evaluation.explanation-missing', 8, '指标“减施增效综合技术应用”标为不适用，需说明不适用的理由。'],
    ]);
  });
});

describe('not-applicable indicators', () => {
  const project = buildProject({
    indicators: [
      buildIndicator({ name: '培训人数' }),
      buildIndicator({ level2: '质量指标', name: '合格率' }),
      buildIndicator({ level1: '效益指标', level2: '社会效益指标', name: '能力提升' }),
      buildIndicator({ level1: '满意度指标', level2: '服务对象满意度指标', name: '满意度' }),
    ],
  });
  const met = (position: number) => row(position, { kind: 'number', value: '95' });

  it('are removed and the remaining weights scaled by 100 / (100 − removed) to hundredths that add up to 100', () => {
    const evaluation = evaluationOf(project, { indicators: [met(1), met(2), met(3), row(4, null, '本年度未开展满意度调查：培训改为线上自学，无集中参训对象。', true)] });
    const { value, findings } = scoreProject(project, evaluation, pack());
    expect(findings).toEqual([]);
    expect(value?.rescaling).toEqual({ removed: '10.00', factor: '10/9' });
    expect(value?.indicators.map((entry) => entry.weight)).toEqual(['27.78', '27.78', '33.33', '0.00']);
    expect(value?.execution.weight).toBe('11.11');
    expect(value?.indicators[3]).toMatchObject({ score: null, outcome: 'not-applicable', working: '不适用，不计分；原分值10已按比例分配给其余指标。' });
    expect(value?.total.rounded).toBe('100.00');
  });

  it('keep 100 as the maximum, whichever are removed (property)', () => {
    const quantities = fc.array(fc.constantFrom('数量指标', '质量指标', '时效指标', '成本指标'), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(quantities, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (level2s, removed) => {
        const many = buildProject({ indicators: level2s.map((level2, index) => buildIndicator({ level2, name: `指标${index + 1}`, target: buildTarget() })) });
        const rows = many.indicators.map((_, index) => (removed[index] ? row(index + 1, null, '本年度不涉及该项工作。', true) : met(index + 1)));
        const score = scoreProject(many, evaluationOf(many, { indicators: rows }), pack()).value;
        expect(score?.total.exact).toBe('100');
        const weights = [...(score?.indicators ?? []).map((entry) => entry.weight), score?.execution.weight ?? '0'];
        expect(add(...weights.map((weight) => parseDecimal(weight) ?? rational(0)))).toEqual(rational(100));
      }),
    );
  });
});

describe('the total', () => {
  const project = seedProjects[2] as Project;
  const numbers = project.indicators.map((indicator, index) => (indicator.target.kind === 'quantitative' ? index + 1 : null)).filter((position) => position !== null);
  const percent = fc.integer({ min: 0, max: 25_000 });

  function scored(values: number[], spentShare: number): ProjectScore | null {
    const rows = fullRows(project).map((entry) => {
      const at = numbers.indexOf(entry.indicator);
      const target = project.indicators[entry.indicator - 1]?.target;
      if (at === -1 || target?.kind !== 'quantitative') return entry;
      return row(entry.indicator, { kind: 'number', value: String((Number(target.valueText) * (values[at] ?? 10_000)) / 10_000) }, '受疫情影响，部分工作推迟到下一年度。');
    });
    const spent = yuan(((740_000 * spentShare) / 10_000).toFixed(2));
    return scoreProject(project, evaluationOf(project, { indicators: rows, spent, executionExplanation: '部分考核奖金延至次年初发放。' }), pack()).value;
  }

  it('is the exact sum of the parts, rounded once; the shown parts and total are each within 0.005 of exact (property)', () => {
    fc.assert(
      fc.property(fc.array(percent, { minLength: numbers.length, maxLength: numbers.length }), percent, (values, spentShare) => {
        const score = scored(values, spentShare);
        if (!score) throw new Error('not scored');
        const parts = [...score.indicators.map((entry) => entry.score), score.execution.score].filter((part) => part !== null);
        expect(add(...parts.map((part) => exact(part.exact)))).toEqual(exact(score.total.exact));
        // Each shown part is within 0.005 of its exact value, and so is the shown total: they differ by at most (n + 1) × 0.005.
        const shownSum = add(...parts.map((part) => shown(part.rounded)));
        const gap = subtract(shownSum, shown(score.total.rounded));
        expect(compare(gap, rational(parts.length + 1, 200))).toBeLessThanOrEqual(0);
        expect(compare(gap, rational(-(parts.length + 1), 200))).toBeGreaterThanOrEqual(0);
        expect(compare(exact(score.total.exact), rational(0))).toBeGreaterThanOrEqual(0);
        expect(compare(exact(score.total.exact), rational(100))).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('the frame of an evaluation', () => {
  const project = seedProjects[0] as Project;

  it('refuses another project’s evaluation and rows that do not match, without a score', () => {
    const rows = fullRows(project);
    const { value, findings } = scoreProject(project, evaluationOf(project, { projectCode: 'OTHER', indicators: [...rows, row(3, null), row(12, null)] }), pack());
    expect(value).toBeNull();
    expect(findings.map((finding) => finding.code)).toEqual(['self-evaluation.project-mismatch', 'self-evaluation.indicator-duplicate', 'self-evaluation.indicator-unknown']);
  });

  it('scores what it can when a row is missing, and says the score is incomplete', () => {
    const { value, findings } = scoreProject(project, evaluationOf(project, { indicators: fullRows(project).slice(1) }), pack());
    expect(findings.map((finding) => [finding.code, finding.location.indicator, finding.message])).toEqual([
      ['self-evaluation.indicator-missing', 1, '指标“保障补贴对象人数”没有自评记录。'],
    ]);
    expect(value).toMatchObject({ complete: false, total: { rounded: '87.50' }, grade: '良' });
  });

  it('checks the amounts', () => {
    expect(messages(project, fullRows(project), { adjustedBudget: yuan('0'), spent: yuan('-1') })).toEqual([
      ['self-evaluation.amount', 'adjustedBudget', '全年预算数应大于0。'],
      ['self-evaluation.amount', 'spent', '全年执行数不能为负数。'],
    ]);
  });

  describe('the parts by source of 全年预算数 and 全年执行数', () => {
    const wan = (text: string) => yuan((Number(text) * 10_000).toFixed(2));
    const amounts = { adjustedBudget: wan('20'), spent: wan('18.6') };

    it('accepts parts that add up to their totals, blanks counting 0, and leaves the score to the totals', () => {
      const split = { ...amounts, adjustedBudgetBySource: { fiscal: wan('15'), carryover: wan('2'), other: wan('3') }, spentBySource: { fiscal: wan('18.6'), carryover: null, other: null } };
      expect(messages(project, fullRows(project), split)).toEqual([]);
      const whole = scoreProject(project, evaluationOf(project, { indicators: fullRows(project), ...amounts }), pack()).value;
      const parts = scoreProject(project, evaluationOf(project, { indicators: fullRows(project), ...split }), pack()).value;
      expect(parts?.execution).toEqual(whole?.execution);
      expect(parts?.total.rounded).toBe('99.30');
    });

    it('refuses parts that do not add up, naming each amount and the total, and still scores', () => {
      const evaluation = { ...amounts, spentBySource: { fiscal: wan('15'), carryover: null, other: wan('3') } };
      expect(messages(project, fullRows(project), evaluation)).toEqual([
        ['self-evaluation.amount', 'spentBySource', '全年执行数的当年财政拨款 15.00 万元、上年结转资金未填、其他资金 3.00 万元之和 18.00 万元 不等于全年执行数 18.60 万元。'],
      ]);
      const { value, findings } = scoreProject(project, evaluationOf(project, { indicators: fullRows(project), ...evaluation }), pack());
      expect(findings[0]?.location).toEqual({ projectCode: project.code, field: 'spentBySource', cell: '全年执行数' });
      expect(value?.total.rounded).toBe('99.30');
    });

    it('checks a column given in part: one part alone must be the whole total', () => {
      expect(messages(project, fullRows(project), { ...amounts, spent: amounts.adjustedBudget, adjustedBudgetBySource: { fiscal: null, carryover: wan('20'), other: null } })).toEqual([]);
      expect(messages(project, fullRows(project), { ...amounts, spent: amounts.adjustedBudget, adjustedBudgetBySource: { fiscal: null, carryover: wan('5'), other: null } })).toEqual([
        ['self-evaluation.amount', 'adjustedBudgetBySource', '全年预算数的当年财政拨款未填、上年结转资金 5.00 万元、其他资金未填之和 5.00 万元 不等于全年预算数 20.00 万元。'],
      ]);
    });

    it('refuses a negative part at its cell, even when the sum matches', () => {
      const findings = validateSelfEvaluation(project, evaluationOf(project, { indicators: fullRows(project), ...amounts, spent: amounts.adjustedBudget, spentBySource: { fiscal: wan('22'), carryover: wan('-2'), other: null } }), pack());
      expect(findings.map((finding) => [finding.location.field, finding.location.cell, finding.message])).toEqual([['spentBySource.carryover', '全年执行数（上年结转资金）', '全年执行数的上年结转资金不能为负数。']]);
    });
  });
});
