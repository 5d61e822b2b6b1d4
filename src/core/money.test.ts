import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addFen, amountInUnit, fen, formatAmount, parseAmount, roundFen } from './money';

describe('parseAmount', () => {
  it.each([
    ['20.32', '万元', 20_320_000],
    ['23.00', '万元', 23_000_000],
    ['0', '万元', 0],
    ['１２．４', '万元', 12_400_000],
    ['215,457.6', '元', 21_545_760],
    ['100', '元', 10_000],
    ['-3.5', '元', -350],
  ] as const)('reads %s %s as %d fen', (text, unit, expected) => {
    expect(parseAmount(text, unit)).toBe(expected);
  });

  it.each([['二十万'], [''], ['20.32万元'], ['1.2.3'], ['0.001']])('refuses %j', (text) => {
    expect(parseAmount(text, '元')).toBeNull();
  });

  it('keeps every digit a fen can hold in 万元 and refuses more', () => {
    expect(parseAmount('0.000001', '万元')).toBe(1);
    expect(parseAmount('0.0000001', '万元')).toBeNull();
  });
});

describe('formatAmount', () => {
  it('writes 万元 with two decimals by default', () => {
    expect(formatAmount(fen(20_320_000), '万元')).toBe('20.32');
    expect(formatAmount(fen(3_547_200_000), '万元')).toBe('3547.20');
    expect(formatAmount(fen(1), '万元')).toBe('0.000001');
    expect(formatAmount(fen(-350), '元')).toBe('-3.50');
    expect(formatAmount(fen(100_000_000), '万元', 0)).toBe('100');
  });

  it('round-trips any amount exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.constantFrom('万元' as const, '元' as const), (count, unit) => {
        expect(parseAmount(formatAmount(fen(count), unit), unit)).toBe(count);
      }),
    );
  });
});

describe('arithmetic', () => {
  it('adds the seed budgets to exactly 354.72 万元', () => {
    const budgets = ['20.32', '23.00', '74.00', '12.40', '50.00', '25.00', '20.00', '100.00', '30.00'];
    const total = addFen(...budgets.map((text) => parseAmount(text, '万元') ?? fen(0)));
    expect(formatAmount(total, '万元')).toBe('354.72');
    expect(amountInUnit(total, '万元')).toBe(354.72);
  });

  it('rounds fractional fen half away from zero, once', () => {
    expect(roundFen(2.5)).toBe(3);
    expect(roundFen(-2.5)).toBe(-3);
    expect(roundFen(2.4999)).toBe(2);
  });
});
