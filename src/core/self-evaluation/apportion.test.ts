import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion, splitEvenly } from './apportion';
import { rational } from '../rational';

describe('apportion', () => {
  it('gives the hundredths left over to the largest remainders, ties to the earlier part', () => {
    expect(splitEvenly(5000, 3)).toEqual([1667, 1667, 1666]);
    expect(splitEvenly(1000, 3)).toEqual([334, 333, 333]);
    expect(apportion(10000, [rational(50), rational(30), rational(10)])).toEqual([5556, 3333, 1111]);
    expect(apportion(7, [rational(0), rational(1)])).toEqual([0, 7]);
  });

  it('refuses what cannot be split', () => {
    expect(() => apportion(100, [rational(0)])).toThrow(RangeError);
    expect(() => apportion(-1, [rational(1)])).toThrow(RangeError);
  });

  it('adds up exactly and stays within one hundredth of each exact share (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 40 }), (total, weights) => {
        fc.pre(weights.some((weight) => weight > 0));
        const parts = apportion(total, weights.map((weight) => rational(weight)));
        const sum = weights.reduce((acc, weight) => acc + weight, 0);
        expect(parts.reduce((acc, part) => acc + part, 0)).toBe(total);
        parts.forEach((part, index) => expect(Math.abs(part * sum - total * (weights[index] ?? 0))).toBeLessThan(sum));
      }),
    );
  });
});
