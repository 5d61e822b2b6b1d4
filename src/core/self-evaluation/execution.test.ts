import { describe, expect, it } from 'vitest';
import { scoreExecution } from './execution';
import { gradeOf } from './project-score';
import { parseDecimal, rational, toFixedText } from '../rational';
import { pack, yuan } from './testing';

const scoring = pack().scoring;
const execution = (budget: string, spent: string) => {
  const result = scoreExecution(yuan(budget), yuan(spent), rational(10), scoring);
  return { score: toFixedText(result.exact, 2), rate: result.ratePercent, explain: result.needsExplanation, working: result.working };
};

describe('scoreExecution', () => {
  it.each([
    ['100,000.00', '90,000.00', '9.00', '90.00', false],
    ['100,000.00', '89,999.99', '9.00', '90.00', true],
    ['100,000.00', '100,000.00', '10.00', '100.00', false],
    ['100,000.00', '0.00', '0.00', '0.00', true],
  ])('budget %s, spent %s → %s (rate %s %%), explanation required: %s', (budget, spent, score, rate, explain) => {
    expect(execution(budget, spent)).toMatchObject({ score, rate, explain });
  });

  it('counts a rate above 100 % as 100 % and asks why the budget was exceeded', () => {
    expect(execution('100,000.00', '105,000.00')).toEqual({
      score: '10.00', rate: '105.00', explain: true,
      working: '执行率 = 105,000.00 ÷ 100,000.00 = 105.00%，超过100%按100%计；得分 = 100.00% × 10 = 10.00',
    });
  });

  it('does not score without a budget', () => {
    expect(execution('0.00', '10.00')).toEqual({ score: '0.00', rate: null, explain: false, working: '全年预算数为0.00元，无法计算执行率，暂记0分。' });
  });

  it('takes the explanation threshold from the pack', () => {
    const result = scoreExecution(yuan('100.00'), yuan('94.00'), rational(10), { ...scoring, executionExplanationBelowPercent: 95 });
    expect(result.needsExplanation).toBe(true);
  });
});

describe('gradeOf', () => {
  it.each([
    ['100', '优'],
    ['90', '优'],
    ['89.995', '优'],
    ['89.994999', '良'],
    ['80', '良'],
    ['79.99', '中'],
    ['60', '中'],
    ['59.99', '差'],
    ['0', '差'],
  ])('grades a total of %s as %s (inclusive lower bounds, on the rounded total)', (total, grade) => {
    expect(gradeOf(parseDecimal(total) ?? rational(0), pack().gradeBands)).toBe(grade);
  });
});
