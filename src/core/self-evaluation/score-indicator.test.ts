import { describe, expect, it } from 'vitest';
import type { Indicator } from '../model';
import type { Target } from '../target/target';
import { buildIndicator, buildTarget } from '../testing/builders';
import { rational, toFixedText } from '../rational';
import { scoreIndicator } from './score-indicator';
import { pack, row } from './testing';
import type { Actual } from './types';

const quantity = (raw: string, comparator: '≥' | '≤' | '=' | '>' | '<' | '~', valueText: string, measureUnit: string, upper: number | null = null): Target =>
  buildTarget({ raw, comparator, value: Number(valueText), valueText, measureUnit, upper });
const deadline: Target = { kind: 'deadline', raw: '2021年6月30日前全部换届完成', date: '2021-06-30', comparator: '≤' };
const words: Target = { kind: 'qualitative', raw: '成效显著' };
const indicatorWith = (target: Target): Indicator => buildIndicator({ name: '测试指标', target });
const number = (value: string): Actual => ({ kind: 'number', value });

function score(target: Target, actual: Actual | null, weight = '20', scoring = pack().scoring) {
  const points = rational(Number(weight) * 100, 100);
  const result = scoreIndicator(indicatorWith(target), row(1, actual), { effective: points, original: points }, scoring);
  return { score: result.exact && toFixedText(result.exact, 2), outcome: result.outcome, over: result.overAchieved, explain: result.needsExplanation, working: result.working, problem: result.problem?.code ?? null };
}

describe('scoreIndicator: working in Chinese with the numbers', () => {
  it.each([
    [quantity('≥95%', '≥', '95', '%'), '85', '17.89', '实际完成值85% < 指标值95%；得分 = 20 × 85 ÷ 95 = 17.89'],
    [quantity('≥95%', '≥', '95', '%'), '-5', '0.00', '实际完成值-5%为负数，按0计；实际完成值0% < 指标值95%；得分 = 20 × 0 ÷ 95 = 0.00'],
    [quantity('>2次', '>', '2', '次'), '2', '20.00', '实际完成值2次 ≥ 指标值2次，得满分20.00'],
    [quantity('≤20.32万元', '≤', '20.32', '万元'), '20.32', '20.00', '实际完成值20.32万元 ≤ 指标值20.32万元（反向指标），得满分20.00'],
    [quantity('≤20万元', '≤', '20', '万元'), '24', '16.00', '实际完成值24万元超过指标值20万元、不到其2倍（反向指标）；得分 = 20 × (1 − (24 − 20) ÷ 20) = 16.00'],
    [quantity('≤20万元', '≤', '20', '万元'), '40', '0.00', '实际完成值40万元达到指标值20万元的2倍及以上（反向指标），得分0.00'],
    [quantity('418个', '=', '418', '个'), '400', '19.14', '实际完成值400个 < 指标值418个；得分 = 20 × 400 ÷ 418 = 19.14'],
    [quantity('0起', '=', '0', '起'), '0', '20.00', '指标值为0，实际完成值0起 ≤ 0，得满分20.00'],
    [quantity('0起', '=', '0', '起'), '1', '0.00', '指标值为0，实际完成值1起 > 0，得分0.00'],
    [quantity('一至两年', '~', '1', '年', 2), '1.5', '20.00', '实际完成值1.5年在指标值1～2年之内，得满分20.00'],
    [quantity('一至两年', '~', '1', '年', 2), '0.5', '10.00', '实际完成值0.5年 < 指标值下限1年；得分 = 20 × 0.5 ÷ 1 = 10.00'],
    [quantity('一至两年', '~', '1', '年', 2), '3', '10.00', '实际完成值3年超过指标值上限2年、不到其2倍（反向指标）；得分 = 20 × (1 − (3 − 2) ÷ 2) = 10.00'],
  ])('%j with %s → %s', (target, actual, expected, working) => {
    expect(score(target, number(actual))).toMatchObject({ score: expected, working });
  });

  it('uses the pack’s lower-is-better formula', () => {
    const ratio = { ...pack().scoring, lowerIsBetter: 'ratio' as const };
    expect(score(quantity('≤20万元', '≤', '20', '万元'), number('25'), '20', ratio)).toMatchObject({ score: '16.00', working: '实际完成值25万元超过指标值20万元（反向指标）；得分 = 20 × 20 ÷ 25 = 16.00' });
  });

  it('flags over-achievement: full score, explanation required', () => {
    expect(score(quantity('≥100名', '≥', '100', '名'), number('130'))).toEqual({
      score: '20.00', outcome: 'full', over: true, explain: true, problem: null,
      working: '实际完成值130名 ≥ 指标值100名的1.3倍（130名），属超额完成，得满分20.00，须说明超额原因',
    });
    expect(score(quantity('≥100名', '≥', '100', '名'), number('129.99'))).toMatchObject({ over: false, explain: false });
  });

  it('scores deadlines: met → full; missed → the evaluator’s score, explanation required', () => {
    expect(score(deadline, { kind: 'date', date: '2021-06-30', score: null })).toMatchObject({ score: '20.00', outcome: 'full', explain: false });
    expect(score(deadline, { kind: 'date', date: '2021-07-15', score: '12' })).toEqual({
      score: '12.00', outcome: 'partial', over: false, explain: true, problem: null,
      working: '实际完成日期2021-07-15晚于指标值2021-06-30，未按期完成；评价人打分12.00（满分20.00）',
    });
    expect(score(deadline, { kind: 'date', date: '2021-07-15', score: null })).toMatchObject({ score: '0.00', outcome: 'unscored', problem: 'self-evaluation.evaluator-score', working: '指标“测试指标”实际完成日期2021-07-15晚于指标值2021-06-30，未按期完成，评价人未打分。暂记0分。' });
    expect(score(deadline, { kind: 'date', date: '2021-02-30', score: null })).toMatchObject({ outcome: 'unscored', problem: 'self-evaluation.actual-unreadable' });
  });

  it.each([
    ['achieved', '16', '16.00', 'partial'],
    ['achieved', '20', '20.00', 'full'],
    ['partial', '12', '12.00', 'partial'],
    ['partial', '15.99', '15.99', 'partial'],
    ['not-achieved', '11.99', '11.99', 'partial'],
    ['not-achieved', '0', '0.00', 'partial'],
  ] as const)('accepts a qualitative %s scored %s (band edges at 0.6w and 0.8w)', (grade, given, expected, outcome) => {
    expect(score(words, { kind: 'grade', grade, score: given })).toMatchObject({ score: expected, outcome, problem: null });
  });

  it.each([
    ['achieved', '15.99'],
    ['partial', '16'],
    ['partial', '11.99'],
    ['not-achieved', '12'],
    ['achieved', '20.01'],
    ['achieved', '满分'],
  ] as const)('refuses a qualitative %s scored %s', (grade, given) => {
    expect(score(words, { kind: 'grade', grade, score: given })).toMatchObject({ score: '0.00', outcome: 'unscored', problem: 'self-evaluation.evaluator-score' });
  });

  it('converts an evaluator’s score in proportion when not-applicable indicators rescaled the weight', () => {
    const weights = { effective: rational(811, 100), original: rational(75, 10) };
    const achieved = scoreIndicator(indicatorWith(words), row(1, { kind: 'grade', grade: 'achieved', score: '7.5' }), weights, pack().scoring);
    expect(achieved).toMatchObject({ outcome: 'full', working: '评价人评定为“达成年度指标”，该档分值6.00～7.50，打分7.50；按调整后的分值折算：7.5 × 8.11 ÷ 7.5 = 8.11' });
    const partial = scoreIndicator(indicatorWith(words), row(1, { kind: 'grade', grade: 'partial', score: '5' }), weights, pack().scoring);
    expect(partial.exact && toFixedText(partial.exact, 2)).toBe('5.41');
    expect(partial.outcome).toBe('partial');
  });

  it('names the band in the message', () => {
    expect(score(words, { kind: 'grade', grade: 'partial', score: '16' }).working).toBe('指标“测试指标”评定为“部分达成年度指标并具有一定效果”，评价人打分16.00不在该档分值12.00～16.00（不含16.00）之内。暂记0分。');
  });

  it('leaves missing, unreadable and wrong-kind actual values unscored', () => {
    expect(score(quantity('≥95%', '≥', '95', '%'), null)).toMatchObject({ outcome: 'unscored', problem: 'self-evaluation.actual-missing', working: '指标“测试指标”未填写实际完成值。暂记0分。' });
    expect(score(quantity('≥95%', '≥', '95', '%'), number('九十五'))).toMatchObject({ problem: 'self-evaluation.actual-unreadable' });
    expect(score(words, number('95'))).toMatchObject({ problem: 'self-evaluation.actual-kind', working: '指标“测试指标”的指标值“成效显著”要求填写评定等级和评价人打分，实际完成值填的是数值。暂记0分。' });
    expect(score(deadline, { kind: 'grade', grade: 'achieved', score: '20' })).toMatchObject({ problem: 'self-evaluation.actual-kind' });
  });

  it('does not score a not-applicable indicator', () => {
    const result = scoreIndicator(indicatorWith(words), row(1, null, '本年度未发生', true), { effective: rational(0), original: rational(10) }, pack().scoring);
    expect(result).toMatchObject({ exact: null, outcome: 'not-applicable', working: '不适用，不计分；原分值10已按比例分配给其余指标。' });
  });
});
