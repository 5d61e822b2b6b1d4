import { describe, expect, it } from 'vitest';
import { parseChineseDecimal, parseChineseDigitSequence, parseChineseInteger } from './chinese-numerals';

describe('parseChineseInteger', () => {
  it.each([
    ['〇', 0], ['零', 0], ['一', 1], ['两', 2], ['九', 9], ['十', 10], ['十五', 15], ['二十', 20], ['二十五', 25],
    ['一百', 100], ['一百零五', 105], ['一百一十', 110], ['一百五十', 150], ['两百', 200], ['九百九十九', 999],
    ['一千', 1000], ['两千', 2000], ['一千零五十', 1050], ['三千五百', 3500], ['一万', 10_000], ['十万', 100_000],
    ['十二万五千', 125_000], ['一万零五百', 10_500], ['一百万', 1_000_000], ['三亿五千万', 350_000_000],
    ['壹佰贰拾叁', 123], ['叁仟', 3000],
  ])('%s → %d', (text, value) => {
    expect(parseChineseInteger(text)).toBe(value);
  });

  it.each(['', '百', '千', '五五', '一百五', '三千五', '一万五', '十十', '一千零', '零五', '一二', '五十百', '万', '一百零零五', '两亿亿'])(
    'refuses %s: not one well-formed number',
    (text) => {
      expect(parseChineseInteger(text)).toBeNull();
    },
  );
});

describe('parseChineseDecimal', () => {
  it('reads the digits after 点 one by one, as a canonical decimal', () => {
    expect(parseChineseDecimal('三点五')).toBe('3.5');
    expect(parseChineseDecimal('十二点零五')).toBe('12.05');
    expect(parseChineseDecimal('一点五零')).toBe('1.5');
    expect(parseChineseDecimal('二点零')).toBe('2');
    expect(parseChineseDecimal('十二')).toBe('12');
  });

  it('refuses what is not a decimal', () => {
    expect(parseChineseDecimal('点五')).toBeNull();
    expect(parseChineseDecimal('三点')).toBeNull();
    expect(parseChineseDecimal('三点五点六')).toBeNull();
    expect(parseChineseDecimal('三点十')).toBeNull();
  });
});

describe('parseChineseDigitSequence', () => {
  it('reads years written digit by digit', () => {
    expect(parseChineseDigitSequence('二〇二一')).toBe('2021');
    expect(parseChineseDigitSequence('二零二一')).toBe('2021');
    expect(parseChineseDigitSequence('二十')).toBeNull();
    expect(parseChineseDigitSequence('')).toBeNull();
  });
});
