import { describe, expect, it } from 'vitest';
import { readEvaluationEdit, type EvaluationEdit } from './read-evaluation-edit';

const indicator = '1b0c3c9e-0000-4000-8000-000000000001';
const levels = [{ level1: '产出指标', level2: null }, { level1: '产出指标', level2: '数量指标' }];
const edit = (weights: EvaluationEdit['weights']): EvaluationEdit => ({
  adjustedBudget: '20.32',
  spent: '18',
  executionExplanation: '',
  goalCompletion: '',
  indicators: [{ indicatorId: indicator, actual: null, explanation: '', notApplicable: false }],
  weights,
});

describe('readEvaluationEdit: weights', () => {
  it('stores each changed weight in hundredths (core’s hundredthsOf) with its reason', () => {
    const reading = readEvaluationEdit(
      edit([
        { key: { kind: 'execution' }, weight: '12.5', reason: ' 执行要求高 ' },
        { key: { kind: 'level', level1: '产出指标', level2: '数量指标' }, weight: '16.67', reason: '数量为主' },
        { key: { kind: 'indicator', indicatorId: indicator }, weight: '150', reason: '过高，由核对指出' },
      ]),
      [indicator],
      levels,
    );
    expect(reading.ok && reading.value).toMatchObject({
      executionWeight: { weight: 1250, reason: '执行要求高' },
      levelWeights: [{ level1: '产出指标', level2: '数量指标', weight: 1667, reason: '数量为主' }],
      indicators: [{ indicatorId: indicator, weight: { weight: 15_000, reason: '过高，由核对指出' } }],
    });
  });

  it('refuses a weight that is not a number with at most two decimals, at its path', () => {
    const reading = readEvaluationEdit(edit([{ key: { kind: 'execution' }, weight: '1.234', reason: '理由' }]), [indicator], levels);
    expect(reading).toEqual({ ok: false, problems: [{ path: 'weights.0.weight', message: '分值“1.234”不是最多两位小数的数，如 16.67' }] });
  });
});
