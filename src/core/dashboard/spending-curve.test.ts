import { describe, expect, it } from 'vitest';
import { fen } from '../money';
import { buildSpendingPlan } from '../testing/builders';
import { spendingCurve } from './spending-curve';

describe('the spending-plan curve of a unit', () => {
  it('weights each checkpoint by budget', () => {
    const curve = spendingCurve(
      [
        { budget: fen(3_000_000), spendingPlan: buildSpendingPlan([25, 50, 75, 100]) },
        { budget: fen(1_000_000), spendingPlan: buildSpendingPlan([null, 100, 100, 100]) },
      ],
      2021,
    );
    expect(curve.budgetCovered).toBe(3_000_000 + 1_000_000);
    // March: the second project committed nothing by then, so its plan runs from 0 on 1 January to 100 % at the end of June.
    const marchSecond = (31 + 28 + 31) / (31 + 28 + 31 + 30 + 31 + 30);
    expect(curve.points).toEqual([
      { month: 3, percent: Math.round(((3 * 25 + 100 * marchSecond) / 4) * 100) / 100 },
      { month: 6, percent: 62.5 },
      { month: 10, percent: 81.25 },
      { month: 12, percent: 100 },
    ]);
  });

  it('leaves out projects without a usable plan or budget, and has no points when none is left', () => {
    const blank = buildSpendingPlan([null, null, null, null]);
    const falling = buildSpendingPlan([50, 40, 80, 100]);
    const curve = spendingCurve(
      [
        { budget: fen(1_000_000), spendingPlan: buildSpendingPlan([10, 20, 30, 100]) },
        { budget: fen(5_000_000), spendingPlan: blank },
        { budget: fen(5_000_000), spendingPlan: falling },
        { budget: fen(0), spendingPlan: buildSpendingPlan([100, 100, 100, 100]) },
      ],
      2021,
    );
    expect(curve).toEqual({ budgetCovered: 1_000_000, points: [{ month: 3, percent: 10 }, { month: 6, percent: 20 }, { month: 10, percent: 30 }, { month: 12, percent: 100 }] });
    expect(spendingCurve([{ budget: fen(1), spendingPlan: blank }], 2021)).toEqual({ budgetCovered: 0, points: [] });
  });
});
