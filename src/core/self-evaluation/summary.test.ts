import { describe, expect, it } from 'vitest';
import { fen } from '../money';
import { rational, toFractionText } from '../rational';
import { scoreValue } from './score-value';
import { rankUnits, summarizeUnit, type UnitScore } from './summary';
import { pack, yuan } from './testing';
import type { ProjectScore } from './types';

const projectScore = (exact: string): ProjectScore => {
  const [num = '0', den = '1'] = exact.split('/');
  const total = scoreValue(rational(BigInt(num), BigInt(den)));
  return { projectCode: 'P', indicators: [], execution: { ratePercent: '100.00', weight: '10.00', score: total, needsExplanation: false, working: '' }, total, grade: '', rescaling: null, complete: true, working: '' };
};

describe('summarizeUnit', () => {
  it('weights the projects’ exact totals by budget and rounds once', () => {
    const unit = summarizeUnit({ code: '203001', name: '组织部本级' }, [
      { score: projectScore('1540911/15625'), adjustedBudget: yuan('250,000.00') },
      { score: projectScore('85'), adjustedBudget: yuan('100,000.00') },
    ], pack());
    // (98.618304 × 250000 + 85 × 100000) / 350000 = 94.72736
    expect(unit.score).toEqual({ exact: toFractionText(rational(9_472_736, 100_000)), rounded: '94.73' });
    expect(unit.grade).toBe('优');
    expect(unit.budget).toBe(35_000_000);
    expect(unit.working).toBe('加权得分 = (98.62 × 250,000.00 + 85.00 × 100,000.00) ÷ 350,000.00 = 94.73');
  });

  it('has no score without budget', () => {
    const unit = summarizeUnit({ code: '203002', name: '空单位' }, [], pack());
    expect(unit).toMatchObject({ score: null, grade: null, budget: fen(0), projectCount: 0 });
  });
});

describe('rankUnits', () => {
  const unit = (name: string, rounded: string | null): UnitScore => ({
    unitCode: name, unitName: name, projectCount: 1, budget: fen(100), score: rounded === null ? null : { exact: rounded, rounded }, grade: null, working: '',
  });

  it('sorts by the shown score, ties by Chinese name order, units without a score last; ties share a rank', () => {
    const ranked = rankUnits([unit('组织部', '90.5'), unit('财政局', '95'), unit('白塔乡', '90.5'), unit('教育局', null), unit('安山镇', null), unit('卫健局', '70')]);
    expect(ranked.map((entry) => [entry.unitName, entry.rank])).toEqual([
      ['财政局', 1], ['白塔乡', 2], ['组织部', 2], ['卫健局', 4], ['安山镇', null], ['教育局', null],
    ]);
  });
});
