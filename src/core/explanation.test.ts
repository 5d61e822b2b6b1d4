import { describe, expect, it } from 'vitest';
import { explanationKey, explanationProblem, findCopies } from './explanation';

describe('explanationProblem', () => {
  it.each([[''], ['   '], ['/'], ['—'], ['…'], ['。']])('refuses %j as empty', (text) => {
    expect(explanationProblem(text)).toBe('empty');
  });

  it.each([['暂无'], ['无'], ['无。'], ['暂 无'], ['同上'], ['N/A'], ['暂无说明！']])('refuses %j as a placeholder', (text) => {
    expect(explanationProblem(text)).toBe('placeholder');
  });

  it('takes a rule pack’s own placeholders', () => {
    expect(explanationProblem('见附件', [])).toBeNull();
    expect(explanationProblem('见附件', ['见附件'])).toBe('placeholder');
  });

  it('accepts a real explanation, however short', () => {
    expect(explanationProblem('资金下达晚')).toBeNull();
    expect(explanationProblem('受疫情影响，培训推迟至下半年举办。')).toBeNull();
  });
});

describe('findCopies', () => {
  const entries = [
    { where: 1, text: '资金尚未下达。' },
    { where: 1, text: '资金尚未下达' },
    { where: 2, text: '资 金尚未下达！' },
    { where: 3, text: '暂无' },
    { where: 4, text: '暂无' },
    { where: 5, text: '人员调整，工作推迟。' },
  ];

  it('pairs each copy of another owner’s text with the first one, ignoring spaces and punctuation', () => {
    const copies = findCopies(entries, (a, b) => a === b);
    expect(copies.map((copy) => [copy.entry.where, copy.original.where])).toEqual([[2, 1]]);
  });

  it('folds width and case in the key', () => {
    expect(explanationKey('ＡＢＣ，ａｂｃ')).toBe('abcabc');
  });
});
