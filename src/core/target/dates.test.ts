import { describe, expect, it } from 'vitest';
import { arabicizeDateNumerals, daysInMonth, findDates, isLeapYear } from './dates';

describe('calendar', () => {
  it('knows leap years: every 4th, not every 100th, every 400th', () => {
    expect([2020, 2021, 2024, 1900, 2000, 2100].map(isLeapYear)).toEqual([true, false, true, false, true, false]);
  });

  it('knows the length of months', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2021, month))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe('arabicizeDateNumerals', () => {
  it('rewrites numerals before 年, 月, 日 and 号 only', () => {
    expect(arabicizeDateNumerals('二〇二一年十二月三十一日')).toBe('2021年12月31日');
    expect(arabicizeDateNumerals('两千零二十一年六月五号')).toBe('2021年6月5号');
    expect(arabicizeDateNumerals('三个月内完成十项')).toBe('三个月内完成十项');
  });
});

describe('findDates', () => {
  it('finds each date with where it stands and the day it allows', () => {
    expect(findDates('于2021年6月底前和2021-12-31')).toEqual([
      { start: 1, end: 9, text: '2021年6月底', reading: { iso: '2021-06-30' }, isYearOnly: false },
      { start: 11, end: 21, text: '2021-12-31', reading: { iso: '2021-12-31' }, isYearOnly: false },
    ]);
  });

  it('marks a bare year, and ignores numbers that are no plausible year', () => {
    expect(findDates('2021年')).toEqual([{ start: 0, end: 5, text: '2021年', reading: { iso: '2021-12-31' }, isYearOnly: true }]);
    expect(findDates('1000年')).toEqual([]);
    expect(findDates('12021年')).toEqual([]);
    expect(findDates('2021.5')).toEqual([]);
  });

  it('explains impossible and unclear dates', () => {
    expect(findDates('2021年2月29日')[0]?.reading).toEqual({
      problem: { kind: 'impossible-date', date: '2021年2月29日', reason: '2021年2月只有28天' },
    });
    expect(findDates('2021年初')[0]?.reading).toMatchObject({ problem: { kind: 'unclear-date' } });
  });
});
