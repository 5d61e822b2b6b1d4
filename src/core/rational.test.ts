import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add, compare, divide, formatScaled, fromNumber, multiply, parseDecimal, parseFractionText, rational, roundHalfUp, subtract, toFixedText, toFractionText, toShortText, truncate,
} from './rational';

const text = (value: ReturnType<typeof rational> | null) => (value === null ? null : toFractionText(value));

describe('parseDecimal', () => {
  it.each([
    ['86.5', '173/2'],
    ['-0.25', '-1/4'],
    ['1,000.5', '2001/2'],
    ['1e-7', '1/10000000'],
    ['2.5E3', '2500'],
    ['.5', '1/2'],
    ['7.', '7'],
    [' 100 ', '100'],
    ['+3', '3'],
  ])('reads %j exactly as %s', (input, expected) => {
    expect(text(parseDecimal(input))).toBe(expected);
  });

  it.each([[''], ['.'], ['-'], ['abc'], ['1.2.3'], ['12%'], ['1e999']])('refuses %j', (input) => {
    expect(parseDecimal(input)).toBeNull();
  });
});

describe('exact arithmetic', () => {
  it('reads numbers as the decimals they print as, not as binary doubles', () => {
    expect(text(fromNumber(0.8))).toBe('4/5');
    expect(text(add(fromNumber(0.1), fromNumber(0.2)))).toBe('3/10');
    expect(compare(add(fromNumber(0.1), fromNumber(0.2)), fromNumber(0.3))).toBe(0);
  });

  it('tells 59.99 % from 60 %', () => {
    expect(compare(parseDecimal('0.5999') ?? rational(0), fromNumber(0.6))).toBe(-1);
    expect(compare(divide(rational(5999), rational(10000)), divide(rational(60), rational(100)))).toBe(-1);
  });

  it('computes the worked example rate exactly', () => {
    const rate = divide(rational(21_545_760), rational(25_000_000));
    expect(text(rate)).toBe('134661/156250');
    expect(text(multiply(rate, rational(10)))).toBe('134661/15625');
    expect(toFixedText(multiply(rate, rational(10)), 2)).toBe('8.62');
  });

  it('round-trips the fraction text', () => {
    expect(text(parseFractionText('-6/4'))).toBe('-3/2');
    expect(parseFractionText('1/0')).toBeNull();
    expect(parseFractionText('1.5')).toBeNull();
  });
});

describe('rounding', () => {
  it.each([
    ['8.615', 2, '8.62'],
    ['8.614999', 2, '8.61'],
    ['-8.615', 2, '-8.62'],
    ['0.005', 2, '0.01'],
    ['0.004999', 2, '0.00'],
    ['98.618304', 2, '98.62'],
    ['12.5', 0, '13'],
  ])('rounds %s half-up to %d decimals: %s', (input, decimals, expected) => {
    expect(toFixedText(parseDecimal(input) ?? rational(0), decimals)).toBe(expected);
  });

  it('truncates without crossing a threshold', () => {
    expect(formatScaled(truncate(parseDecimal('59.9999') ?? rational(0), 2), 2)).toBe('59.99');
    expect(formatScaled(truncate(parseDecimal('60') ?? rational(0), 2), 2)).toBe('60.00');
  });

  it('writes short texts without trailing zeros', () => {
    expect(toShortText(rational(10), 2)).toBe('10');
    expect(toShortText(rational(25, 2), 2)).toBe('12.5');
    expect(toShortText(rational(50, 3), 2)).toBe('16.67');
  });

  it('rounds half-up within half a unit of the last place (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 9n }), (num, den) => {
        const value = rational(num, den);
        const rounded = rational(roundHalfUp(value, 2), 100);
        const error = subtract(value, rounded);
        return compare(error, rational(-1, 200)) >= 0 && compare(error, rational(1, 200)) <= 0;
      }),
    );
  });
});
