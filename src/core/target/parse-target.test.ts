import { describe, expect, it } from 'vitest';
import { parseTarget } from './parse-target';
import type { Comparator, Target } from './target';

/** The parsed value, and the findings as code:severity, for short expectations. */
function parsed(raw: string): { value: Target; findings: string[] } {
  const { value, findings } = parseTarget(raw);
  expect(value.raw).toBe(raw);
  return { value, findings: findings.map((finding) => `${finding.code}:${finding.severity}`) };
}

/** comparator, valueText and unit of a text that must read as a quantity without findings. */
function quantityOf(raw: string): [Comparator, string, string] {
  const { value, findings } = parsed(raw);
  expect(findings).toEqual([]);
  if (value.kind !== 'quantitative') throw new Error(`not a quantity: ${raw} → ${JSON.stringify(value)}`);
  return [value.comparator, value.valueText, value.measureUnit];
}

function rangeOf(raw: string): [string, number | null, string] {
  const { value, findings } = parsed(raw);
  expect(findings).toEqual([]);
  if (value.kind !== 'quantitative' || value.comparator !== '~') throw new Error(`not a range: ${raw}`);
  expect(value.direction).toBe('exact');
  return [value.valueText, value.upper, value.measureUnit];
}

/** The finding a text that cannot be read gives: it stays qualitative. */
function unreadable(raw: string): { severity: string; message: string; suggestion: string | undefined } {
  const { value, findings } = parseTarget(raw);
  expect(value).toEqual({ kind: 'qualitative', raw });
  expect(findings).toHaveLength(1);
  const [finding] = findings;
  if (finding === undefined) throw new Error('no finding');
  expect(finding.code).toBe('target.unreadable');
  expect(finding.location).toEqual({});
  return { severity: finding.severity, message: finding.message, suggestion: finding.suggestion };
}

describe('parseTarget: quantities', () => {
  it('reads the sign, the exact number and the unit, and the direction from the sign', () => {
    expect(parseTarget('≤20.32万元').value).toEqual({
      kind: 'quantitative',
      raw: '≤20.32万元',
      comparator: '≤',
      value: 20.32,
      valueText: '20.32',
      upper: null,
      measureUnit: '万元',
      direction: 'lower',
    });
    expect(parsed('≥95%').value).toMatchObject({ comparator: '≥', direction: 'higher' });
    expect(parsed('>2次').value).toMatchObject({ comparator: '>', direction: 'higher' });
    expect(parsed('<5%').value).toMatchObject({ comparator: '<', direction: 'lower' });
    expect(parsed('418个').value).toMatchObject({ comparator: '=', direction: 'exact' });
  });

  it('reads signs in half and full width and their two-character spellings', () => {
    for (const sign of ['≥', '>=', '=>', '≧', '＞＝', '≮']) expect(quantityOf(`${sign}95%`)).toEqual(['≥', '95', '%']);
    for (const sign of ['≤', '<=', '≦', '＜＝', '≯']) expect(quantityOf(`${sign}95%`)).toEqual(['≤', '95', '%']);
    expect(quantityOf('＞90％')).toEqual(['>', '90', '%']);
    expect(quantityOf('＜3次')).toEqual(['<', '3', '次']);
    expect(quantityOf('＝100％')).toEqual(['=', '100', '%']);
  });

  it('reads full-width digits, decimal points and spaces', () => {
    expect(quantityOf('≤２０．３２万元')).toEqual(['≤', '20.32', '万元']);
    expect(quantityOf(' ≥ 95 % ')).toEqual(['≥', '95', '%']);
    expect(quantityOf('≥\u300095\u3000％')).toEqual(['≥', '95', '%']);
    expect(quantityOf('\ufeff≥95\u200b%')).toEqual(['≥', '95', '%']);
  });

  it('writes the number as a canonical decimal', () => {
    expect(quantityOf('1,500元')).toEqual(['=', '1500', '元']);
    expect(quantityOf('1，500元')).toEqual(['=', '1500', '元']);
    expect(quantityOf('12,345,678.50元')).toEqual(['=', '12345678.5', '元']);
    expect(quantityOf('100.00%')).toEqual(['=', '100', '%']);
    expect(quantityOf('0.5万元')).toEqual(['=', '0.5', '万元']);
    expect(quantityOf('007个')).toEqual(['=', '7', '个']);
    expect(quantityOf('0个')).toEqual(['=', '0', '个']);
  });

  it('reads the comparator words before the number', () => {
    for (const word of ['不少于', '不低于', '至少', '大于等于', '不小于', '达到']) expect(quantityOf(`${word}95%`)[0]).toBe('≥');
    for (const word of ['不超过', '不高于', '不多于', '至多', '小于等于', '控制在']) expect(quantityOf(`${word}50万元`)[0]).toBe('≤');
    for (const word of ['大于', '超过', '高于']) expect(quantityOf(`${word}90%`)[0]).toBe('>');
    for (const word of ['小于', '低于', '少于']) expect(quantityOf(`${word}5%`)[0]).toBe('<');
    expect(quantityOf('等于100%')[0]).toBe('=');
  });

  it('reads the comparator words after the number, and both together when they agree', () => {
    expect(quantityOf('100%以上')).toEqual(['≥', '100', '%']);
    expect(quantityOf('3次及以上')).toEqual(['≥', '3', '次']);
    expect(quantityOf('5%以下')).toEqual(['≤', '5', '%']);
    expect(quantityOf('50万元以内')).toEqual(['≤', '50', '万元']);
    expect(quantityOf('3个月内')).toEqual(['≤', '3', '个月']);
    expect(quantityOf('控制在50万元以内')).toEqual(['≤', '50', '万元']);
    expect(quantityOf('不少于95%以上')).toEqual(['≥', '95', '%']);
    expect(quantityOf('>90%以上')).toEqual(['>', '90', '%']);
    expect(quantityOf('达到95%以上')).toEqual(['≥', '95', '%']);
  });

  it('gives the canonical unit: % for its spellings, 万元 for a bare 万, otherwise the unit as written', () => {
    expect(quantityOf('100百分比')).toEqual(['=', '100', '%']);
    expect(quantityOf('≥95％')).toEqual(['≥', '95', '%']);
    expect(quantityOf('≤2万')).toEqual(['≤', '2', '万元']);
    expect(quantityOf('1.5万人')).toEqual(['=', '1.5', '万人']);
    expect(quantityOf('≥30场次')).toEqual(['≥', '30', '场次']);
    expect(quantityOf('200㎡')).toEqual(['=', '200', '㎡']);
    expect(quantityOf('200平方米')).toEqual(['=', '200', '平方米']);
    expect(quantityOf('≥2次/年')).toEqual(['≥', '2', '次/年']);
    expect(quantityOf('5km')).toEqual(['=', '5', 'km']);
    expect(quantityOf('95')).toEqual(['=', '95', '']);
  });

  it('keeps the typo 百分百 as the unit for the review to flag, rather than guessing %', () => {
    expect(quantityOf('100百分百')).toEqual(['=', '100', '百分百']);
  });

  it('reads ranges with any separator, the unit on one or both ends', () => {
    expect(rangeOf('90%-95%')).toEqual(['90', 95, '%']);
    expect(rangeOf('90~95%')).toEqual(['90', 95, '%']);
    expect(rangeOf('90～95％')).toEqual(['90', 95, '%']);
    expect(rangeOf('90%至95%')).toEqual(['90', 95, '%']);
    expect(rangeOf('90%—95%')).toEqual(['90', 95, '%']);
    expect(rangeOf('1-2年')).toEqual(['1', 2, '年']);
    expect(rangeOf('3到5个')).toEqual(['3', 5, '个']);
    expect(rangeOf('0.5-1.5万元')).toEqual(['0.5', 1.5, '万元']);
    expect(rangeOf('90%-95')).toEqual(['90', 95, '%']);
  });

  it('reads Chinese numerals where people write them', () => {
    expect(rangeOf('一至两年')).toEqual(['1', 2, '年']);
    expect(quantityOf('三次')).toEqual(['=', '3', '次']);
    expect(quantityOf('两年')).toEqual(['=', '2', '年']);
    expect(quantityOf('不少于十五人')).toEqual(['≥', '15', '人']);
    expect(quantityOf('一百零五个')).toEqual(['=', '105', '个']);
    expect(quantityOf('两千元')).toEqual(['=', '2000', '元']);
    expect(quantityOf('十二万五千人')).toEqual(['=', '125000', '人']);
    expect(quantityOf('三万元')).toEqual(['=', '3', '万元']);
    expect(quantityOf('三点五万元')).toEqual(['=', '3.5', '万元']);
    expect(quantityOf('〇个')).toEqual(['=', '0', '个']);
    expect(quantityOf('百分之九十五')).toEqual(['=', '95', '%']);
    expect(quantityOf('不低于百分之九十')).toEqual(['≥', '90', '%']);
    expect(quantityOf('百分之百')).toEqual(['=', '100', '%']);
    expect(quantityOf('一百百分比')).toEqual(['=', '100', '%']);
  });

  it('does not read words that begin with a numeral as numbers', () => {
    for (const raw of ['一流', '十分满意', '一般', '统一部署', '万无一失', '一百五人', '百分百满意']) {
      expect(parsed(raw)).toEqual({ value: { kind: 'qualitative', raw }, findings: [] });
    }
  });
});

describe('parseTarget: qualitative values', () => {
  it('keeps words and sentences as qualitative, without findings', () => {
    for (const raw of [
      '成效显著',
      '长期',
      '提高财政资金的使用效率，做到节俭高效',
      '全县科级领导干部数量',
      '通过村“两委”换届，提高村民自治积极性的村数占全县418个村的比重，力争在2021年内全部达到95%以上。',
      '不低于2020年水平',
      '2021年度工资系统使用经费',
      '—',
      '*',
    ]) {
      expect(parsed(raw)).toEqual({ value: { kind: 'qualitative', raw }, findings: [] });
    }
  });

  it('keeps an empty cell as given, without a finding (the importer reports it)', () => {
    for (const raw of ['', '   ', '\u3000', '\t\n']) expect(parseTarget(raw)).toEqual({ value: { kind: 'qualitative', raw }, findings: [] });
  });

  it('keeps the raw text exactly as given', () => {
    const raw = '  ≥９５％。 ';
    expect(parseTarget(raw).value.raw).toBe(raw);
    expect(quantityOf(raw)).toEqual(['≥', '95', '%']);
  });
});

describe('parseTarget: what it cannot read', () => {
  it('reports a number it cannot read, quoting the text and saying what is unclear', () => {
    const typo = unreadable('≥9o%');
    expect(typo.severity).toBe('warning');
    expect(typo.message).toContain('“≥9o%”');
    expect(typo.message).toContain('“o%”不是可识别的计量单位');
    expect(typo.suggestion).toBe('请写成“≥95%”这样的“符号+数字+单位”形式。');
    expect(unreadable('95%%').message).toContain('“%%”');
    expect(unreadable('≥').message).toContain('没有可识别的数字');
    expect(unreadable('50人左右').message).toContain('“人左右”');
    expect(unreadable('-5%').severity).toBe('warning');
    expect(unreadable('≥三').message).toContain('没有计量单位');
  });

  it('reports contradicting or repeated comparators', () => {
    expect(unreadable('不少于95%以下').message).toContain('相互矛盾');
    expect(unreadable('≥≥95%').message).toContain('相互矛盾');
    expect(unreadable('等于95%以上').message).toContain('相互矛盾');
  });

  it('reports ranges it cannot read', () => {
    expect(unreadable('95-90%').message).toContain('下限大于上限');
    expect(unreadable('90%-95个').message).toContain('单位不一致');
    expect(unreadable('≥90%-95%').message).toContain('比较符号');
  });

  it('reports a value preceded by words, naming the value it sees', () => {
    const finding = unreadable('满意度≥95%');
    expect(finding.message).toContain('“满意度”');
    expect(finding.suggestion).toContain('“≥95%”');
  });

  it('does not report long sentences that merely contain numbers', () => {
    expect(parsed('全年共组织开展各类培训班8期，累计培训党员干部1500人次以上').findings).toEqual([]);
  });

  it('returns promptly on 10,000-character inputs of any shape', { timeout: 2_000 }, () => {
    const shapes = ['1', '≥', '一', '年', '2021年', '1,', '。', '%', '-1', '十', '百分之', '至1', '月1日'];
    for (const shape of shapes) {
      const raw = shape.repeat(Math.ceil(10_000 / shape.length)).slice(0, 10_000);
      expect(parseTarget(raw).value.raw).toBe(raw);
    }
  });
});
