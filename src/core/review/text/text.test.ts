import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHalfWidth } from '../../text';
import { builtInPack } from '../testing';
import { indexMeasureUnits } from '../measure-units';
import { findUnpairedMarks } from './brackets';
import { citedTitles, documentNumbers, isSubsequence, yearlessKey, normalizeTitle } from './citations';
import { groupNearDuplicates } from './near-duplicates';
import { extractNumberMentions } from './number-mentions';
import { bigrams, bigramsOfNormalized, jaccard, normalizeForComparison } from './shingles';

describe('shingles', () => {
  it('folds width and drops punctuation before taking sorted unique bigrams', () => {
    expect(normalizeForComparison('提高 效率，做到１００％')).toBe('提高效率做到100');
    expect([...bigrams('高效高效')]).toEqual([...bigrams('高效，高效')]);
    expect(bigrams('甲')).toHaveLength(1);
    expect(bigrams('')).toHaveLength(0);
  });

  it('folds common Chinese text on a fast path that agrees with the general one', () => {
    const general = (text: string) => toHalfWidth(text).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    const characters = fc.constantFrom(...'甲乙，。、“”（）()ＡａＢ１２ 3xY—…《》【】·\u3000%％-〇々ｶ한é'.split(''));
    const agrees = (text: string): boolean => normalizeForComparison(text) === general(text);
    fc.assert(fc.property(fc.array(characters).map((list) => list.join('')), agrees));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), agrees));
    const sameBigrams = (text: string): boolean => [...bigrams(text)].join() === [...bigramsOfNormalized(general(text))].join();
    fc.assert(fc.property(fc.array(characters).map((list) => list.join('')), sameBigrams));
  });

  it('computes Jaccard similarity exactly', () => {
    expect(jaccard(bigrams('通过科学编制预算'), bigrams('通过科学编制预算'))).toBe(1);
    expect(jaccard(bigrams('甲乙丙'), bigrams('丁戊己'))).toBe(0);
    expect(jaccard(bigrams('甲乙丙'), bigrams('甲乙丁'))).toBeCloseTo(1 / 3);
  });

  it('makes sorted sets of unique codes, with a symmetric Jaccard between 0 and 1', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const x = bigrams(a);
        const y = bigrams(b);
        const similarity = jaccard(x, y);
        return similarity === jaccard(y, x) && similarity >= 0 && similarity <= 1 && x.every((code, index) => index === 0 || code > (x[index - 1] as number));
      }),
    );
  });
});

describe('groupNearDuplicates', () => {
  const item = (text: string) => {
    const key = normalizeForComparison(text);
    return { key, shingles: bigramsOfNormalized(key) };
  };

  it('groups near-identical sentences, transitively, and leaves others alone', () => {
    const groups = groupNearDuplicates(
      [
        item('通过科学编制预算，严格遵守各项规章制度，提高财政资金的使用效率，做到节俭高效。'),
        item('抽样调查参训人员，满意的数量占全部调查人数的比率'),
        item('通过科学使用预算，严格遵守各项规章制度，提高财政资金的使用效率，做到节俭高效。'),
        item('通过科学编制预算，严格遵守各项规章制度，提高财政资金的使用效率，做到节俭高效。'),
        item(''),
        item(''),
      ],
      0.7,
    );
    expect(groups).toEqual([[0, 2, 3]]);
  });

  it('never groups items below the threshold (every group pair is verified)', () => {
    const texts = fc.array(fc.stringMatching(/^[甲乙丙丁戊]{0,8}$/), { maxLength: 30 });
    fc.assert(
      fc.property(texts, (values) => {
        const items = values.map(item);
        for (const group of groupNearDuplicates(items, 0.6)) {
          // Each member joined the group through a verified pair; connected components only, so check
          // that every member is similar to at least one other member.
          for (const index of group) {
            const own = items[index];
            expect(own && group.some((other) => other !== index && (items[other]?.key === own.key || jaccard(own.shingles, items[other]?.shingles ?? new Uint32Array(0)) >= 0.6))).toBe(true);
          }
        }
      }),
    );
  });
});

describe('extractNumberMentions', () => {
  const units = indexMeasureUnits(builtInPack('national-2020').measureUnits);
  const read = (text: string) => extractNumberMentions(text, units).map((mention) => `${mention.comparator}${mention.valueText}${mention.unit.canonical}|${mention.after}|${mention.isScope ? 'scope' : ''}`);

  it('reads units, comparators before and after, and what is counted', () => {
    expect(read('开展8期科级干部培训、2期人才队伍培训及1次新录用公务员的培训')).toEqual(['=8期|科级干部培训|', '=2期|人才队伍培训及|', '=1次|新录用公务员的培训|']);
    expect(read('评选出50名以上县级优秀人才，至少评选出50名县级优秀人才')).toEqual(['≥50名|县级优秀人才|', '≥50名|县级优秀人才|']);
    expect(read('不超过参加县管干部考核总人数的25%；考核优秀人员每人不少于1500元')).toEqual(['≤25%||', '≥1500元||']);
    expect(read('提高全县1700余名公务员能力')).toEqual(['>1700名|公务员能力|scope']);
  });

  it('prefers the unit that ends the word: 418个村的 counts in 个, 100 万元 in 万元', () => {
    expect(read('如期完成418个村的“村两委”换届工作；财政资金100 万元。')).toEqual(['=418个|村的“村两委”换届工作|', '=100万元||']);
  });

  it('skips years, dates, list numbers and year spans', () => {
    expect(read('1.发放2020年度奖金；2、6月底前细化预算，2021年12月31日前完成；《2018-2022年规划》')).toEqual([]);
  });
});

describe('findUnpairedMarks', () => {
  it('finds the unclosed bracket inside a title and an unclosed quote', () => {
    expect(findUnpairedMarks('《实施办法（试行》').map((mark) => [mark.mark, mark.kind])).toEqual([['（', 'unclosed']]);
    expect(findUnpairedMarks('完成村“两委确换届工作').map((mark) => [mark.mark, mark.kind])).toEqual([['“', 'unclosed']]);
    expect(findUnpairedMarks('a）b').map((mark) => [mark.mark, mark.kind])).toEqual([['）', 'unopened']]);
  });

  it('pairs full- and half-width parentheses and accepts nested marks', () => {
    expect(findUnpairedMarks('请示（昌人才[2005]1号)')).toEqual([]);
    expect(findUnpairedMarks('关于印发《深化拓展“基层党建质量提升年”活动的实施方案》的通知（秦党建字〔2020〕1号）')).toEqual([]);
  });

  it('never reports more marks than the text has', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(findUnpairedMarks(text).length).toBeLessThanOrEqual(text.length);
      }),
    );
  });
});

describe('citations', () => {
  it('reads titles in title marks, and a bare regulation name', () => {
    expect(citedTitles('《干部教育培训工作条例》《2018-2022年全市干部教育培训规划》')).toEqual(['干部教育培训工作条例', '2018-2022年全市干部教育培训规划']);
    expect(citedTitles('关于印发《昌黎县村“两委”换届工作实施方案》的通知')).toEqual(['昌黎县村“两委”换届工作实施方案']);
    expect(citedTitles('干部档案工作条例')).toEqual(['干部档案工作条例']);
    expect(citedTitles('电教室工作职责')).toEqual([]);
  });

  it('keys titles without years and tells shortened names', () => {
    expect(yearlessKey(normalizeTitle('2018-2021年全市干部教育培训规划'))).toBe(yearlessKey(normalizeTitle('2018-2026年全市干部教育培训规划')));
    expect(isSubsequence('干部档案工作条例', '干部人事档案工作条例')).toBe(true);
    expect(isSubsequence('干部考核条例', '干部教育培训工作条例')).toBe(false);
  });

  it('reads document numbers and their standard form', () => {
    expect(documentNumbers('冀财行【2020】149号、冀组字[2015]26号文、昌组〔2018〕53号')).toEqual([
      { text: '冀财行【2020】149号', standard: '冀财行〔2020〕149号' },
      { text: '冀组字[2015]26号', standard: '冀组字〔2015〕26号' },
      { text: '昌组〔2018〕53号', standard: '昌组〔2018〕53号' },
    ]);
  });
});
