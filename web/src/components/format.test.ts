import { describe, expect, test } from 'vitest';
import { formatWan } from './format';

describe('formatWan', () => {
  test('writes 万元 with two decimals at least, as the documents do', () => {
    expect(formatWan(354.72)).toBe('354.72');
    expect(formatWan(25)).toBe('25.00');
    expect(formatWan(0)).toBe('0.00');
    expect(formatWan(100.5)).toBe('100.50');
  });

  test('keeps every digit a fen can hold (6 decimals of 万元)', () => {
    expect(formatWan(0.000001)).toBe('0.000001');
    expect(formatWan(12.3456)).toBe('12.3456');
    expect(formatWan(-3.2)).toBe('-3.20');
  });

  test('shows a dash for no amount', () => {
    expect(formatWan(null)).toBe('—');
    expect(formatWan(undefined)).toBe('—');
  });
});
