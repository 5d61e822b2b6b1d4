import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandOf, equalsTarget, higherIsBetter, isInBand, isOverAchieved, lowerIsBetter, withinRange } from './formulas';
import { compare, parseDecimal, rational, toFixedText, type Rational } from '../rational';
import { pack } from './testing';

const r = (text: string): Rational => {
  const value = parseDecimal(text);
  if (!value) throw new Error(`not a number: ${text}`);
  return value;
};
const w = r('10');
const shown = (value: Rational) => toFixedText(value, 2);

describe('higher is better (≥ >)', () => {
  it.each([
    ['95', '95', '10.00'],
    ['95', '100', '10.00'],
    ['95', '85', '8.95'],
    ['95', '0', '0.00'],
    ['95', '-5', '0.00'],
    ['0', '0', '10.00'],
    ['0', '-1', '10.00'],
  ])('A = %s, B = %s → %s of 10', (target, actual, expected) => {
    expect(shown(higherIsBetter(w, r(target), r(actual)))).toBe(expected);
  });
});

describe('lower is better (≤ <)', () => {
  it.each([
    ['20', '18', '10.00'],
    ['20', '20', '10.00'],
    ['20', '24', '8.00'],
    ['20', '39.99', '0.01'],
    ['20', '40', '0.00'],
    ['20', '50', '0.00'],
    ['20', '-3', '10.00'],
    ['0', '0', '10.00'],
    ['0', '1', '0.00'],
  ])('linear-2a: A = %s, B = %s → %s of 10', (target, actual, expected) => {
    expect(shown(lowerIsBetter(w, r(target), r(actual), 'linear-2a'))).toBe(expected);
  });

  it.each([
    ['20', '20', '10.00'],
    ['20', '25', '8.00'],
    ['20', '40', '5.00'],
    ['20', '60', '3.33'],
    ['0', '1', '0.00'],
  ])('ratio: A = %s, B = %s → %s of 10', (target, actual, expected) => {
    expect(shown(lowerIsBetter(w, r(target), r(actual), 'ratio'))).toBe(expected);
  });
});

describe('equals (=)', () => {
  it.each([
    ['0', '0', '10.00'],
    ['0', '-1', '10.00'],
    ['0', '0.01', '0.00'],
    ['100', '100', '10.00'],
    ['100', '90', '9.00'],
    ['100', '120', '10.00'],
  ])('A = %s, B = %s → %s of 10', (target, actual, expected) => {
    expect(shown(equalsTarget(w, r(target), r(actual)))).toBe(expected);
  });
});

describe('ranges (~)', () => {
  it.each([
    ['1', 'linear-2a', '10.00'],
    ['1.5', 'linear-2a', '10.00'],
    ['2', 'linear-2a', '10.00'],
    ['0.5', 'linear-2a', '5.00'],
    ['3', 'linear-2a', '5.00'],
    ['4', 'linear-2a', '0.00'],
    ['3', 'ratio', '6.67'],
  ] as const)('[1, 2], B = %s (%s) → %s of 10', (actual, formula, expected) => {
    expect(shown(withinRange(w, r('1'), r('2'), r(actual), formula))).toBe(expected);
  });
});

describe('over-achievement', () => {
  it.each([
    ['100', '130', true],
    ['100', '129.99', false],
    ['100', '200', true],
    ['0', '5', false],
  ])('A = %s, B = %s → %s at 1.3', (target, actual, expected) => {
    expect(isOverAchieved(r(target), r(actual), r('1.3'))).toBe(expected);
  });
});

describe('qualitative bands', () => {
  const bands = pack().scoring.qualitativeBands;
  it.each([
    ['achieved', '10', true],
    ['achieved', '8', true],
    ['achieved', '7.99', false],
    ['achieved', '10.01', false],
    ['partial', '8', false],
    ['partial', '7.99', true],
    ['partial', '6', true],
    ['partial', '5.99', false],
    ['not-achieved', '6', false],
    ['not-achieved', '5.99', true],
    ['not-achieved', '0', true],
    ['not-achieved', '-0.01', false],
  ] as const)('%s accepts %s of 10: %s', (grade, score, expected) => {
    expect(isInBand(r(score), bandOf(grade, w, bands))).toBe(expected);
  });
});

describe('properties', () => {
  const amount = fc.integer({ min: -1_000_000, max: 10_000_000 }).map((hundredths) => rational(hundredths, 100));
  const target = fc.integer({ min: 0, max: 10_000_000 }).map((hundredths) => rational(hundredths, 100));
  const weight = fc.integer({ min: 0, max: 10_000 }).map((hundredths) => rational(hundredths, 100));
  const formula = fc.constantFrom('linear-2a' as const, 'ratio' as const);
  const inZeroToW = (score: Rational, max: Rational) => compare(score, rational(0)) >= 0 && compare(score, max) <= 0;

  it('every formula scores within [0, w]', () => {
    fc.assert(
      fc.property(weight, target, target, amount, formula, (w, a, upper, b, f) => {
        const [lower, higher] = compare(a, upper) <= 0 ? [a, upper] : [upper, a];
        return [higherIsBetter(w, a, b), lowerIsBetter(w, a, b, f), equalsTarget(w, a, b), withinRange(w, lower, higher, b, f)].every((score) => inZeroToW(score, w));
      }),
    );
  });

  it('higher is better (and = A > 0) never falls when the actual rises; lower is better (and = 0) never rises', () => {
    fc.assert(
      fc.property(weight, target, amount, amount, formula, (w, a, b1, b2, f) => {
        const [low, high] = compare(b1, b2) <= 0 ? [b1, b2] : [b2, b1];
        expect(compare(higherIsBetter(w, a, low), higherIsBetter(w, a, high))).toBeLessThanOrEqual(0);
        // "= 0" rewards staying at 0: there it never rises with the actual; otherwise it is "higher is better".
        const equalsDirection = compare(a, rational(0)) === 0 ? -1 : 1;
        expect(compare(equalsTarget(w, a, low), equalsTarget(w, a, high)) * equalsDirection).toBeLessThanOrEqual(0);
        expect(compare(lowerIsBetter(w, a, low, f), lowerIsBetter(w, a, high, f))).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
