import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTarget } from './parse-target';
import type { Comparator } from './target';

/** Pieces of real target values, so that generated texts reach deep into the parser. */
const pieces = [
  '≥', '≤', '>', '<', '=', '≧', '＞＝', '<=', '不少于', '不超过', '控制在', '以上', '以内', '内', '前', '达到',
  '0', '1', '2', '9', '20.32', '1,500', '０', '９', '．', '.', ',', '，', '-', '~', '～', '至', '到', '—',
  '%', '％', '百分比', '百分百', '百分之', '万', '万元', '元', '个', '人', '年', '月', '日', '号', '底', '季度', '上半年',
  '一', '两', '十', '百', '千', '〇', '点', '2021', '2020年', '12月', '31日', '完成', '成效显著', ' ', '\u3000', '。', '\t',
];
const targetLikeText = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 40 }), targetLikeText);

/** Full-width folding: the ASCII variants U+FF01–U+FF5E and the ideographic space. */
function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
}

const signs: Record<Exclude<Comparator, '~'>, readonly string[]> = {
  '≥': ['≥', '>=', '≧', '不少于', '不低于', '至少', '大于等于'],
  '≤': ['≤', '<=', '≦', '不超过', '不高于', '至多', '小于等于'],
  '>': ['>', '大于', '超过', '高于'],
  '<': ['<', '小于', '低于', '少于'],
  '=': ['', '=', '等于'],
};

/** Units as written, with the canonical unit the parser must give. */
const units: ReadonlyArray<readonly [string, string]> = [
  ['%', '%'], ['％', '%'], ['百分比', '%'], ['万', '万元'], ['万元', '万元'], ['元', '元'], ['个', '个'], ['人', '人'],
  ['场次', '场次'], ['万人', '万人'], ['㎡', '㎡'], ['平方米', '平方米'], ['百分百', '百分百'], ['年', '年'], ['次', '次'],
  ['期', '期'], ['台', '台'], ['袋', '袋'], ['km', 'km'], ['次/年', '次/年'], ['', ''],
];

const comparator = fc.constantFrom<Exclude<Comparator, '~'>>('≥', '≤', '>', '<', '=');
const number = fc.record({
  whole: fc.oneof(fc.constant('0'), fc.stringMatching(/^[1-9]\d{0,9}$/)),
  fraction: fc.stringMatching(/^\d{0,4}$/),
  leadingZeros: fc.constantFrom('', '0', '00'),
});

/** The canonical decimal of a generated number, computed independently of the parser. */
function canonical(whole: string, fraction: string): string {
  const decimals = fraction.replace(/0+$/, '');
  return decimals === '' ? whole : `${whole}.${decimals}`;
}

describe('parseTarget: properties', () => {
  it('never throws and always keeps the raw text exactly', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const { value, findings } = parseTarget(raw);
        expect(value.raw).toBe(raw);
        for (const finding of findings) expect(finding.location).toEqual({});
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads back the comparator, the number and the unit of `${sign}${number}${unit}`', () => {
    const cases = fc
      .tuple(comparator, number, fc.constantFrom(...units), fc.nat())
      .filter(([, { whole, fraction, leadingZeros }, [unit]]) => {
        // 2021年 is a year (a deadline), not a count of years.
        const year = Number(whole);
        const isYear = unit === '年' && leadingZeros === '' && fraction === '' && whole.length === 4;
        return !(isYear && year >= 1900 && year <= 2199);
      });
    fc.assert(
      fc.property(cases, ([expected, { whole, fraction, leadingZeros }, [unit, canonicalUnit], pick]) => {
        const spellings = signs[expected];
        const sign = spellings[pick % spellings.length] ?? '';
        const written = `${leadingZeros}${whole}${fraction === '' ? '' : `.${fraction}`}`;
        const { value, findings } = parseTarget(`${sign}${written}${unit}`);
        expect(findings).toEqual([]);
        expect(value).toMatchObject({
          kind: 'quantitative',
          comparator: expected,
          valueText: canonical(whole, fraction),
          measureUnit: canonicalUnit,
          upper: null,
        });
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads a text folded to full width exactly as the text itself', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const { value: { raw: _halfRaw, ...half }, findings: halfFindings } = parseTarget(raw);
        const { value: { raw: _fullRaw, ...full }, findings: fullFindings } = parseTarget(toFullWidth(raw));
        expect(full).toEqual(half);
        const kinds = (findings: typeof halfFindings) => findings.map(({ code, severity }) => `${code}:${severity}`);
        expect(kinds(fullFindings)).toEqual(kinds(halfFindings));
      }),
      { numRuns: 2_000 },
    );
  });
});
