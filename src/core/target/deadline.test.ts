import { describe, expect, it } from 'vitest';
import { parseTarget } from './parse-target';

function deadlineOf(raw: string): [string, string] {
  const { value, findings } = parseTarget(raw);
  expect(findings).toEqual([]);
  if (value.kind !== 'deadline') throw new Error(`not a deadline: ${raw} → ${JSON.stringify(value)}`);
  expect(value.raw).toBe(raw);
  return [value.date, value.comparator];
}

function findingOf(raw: string): { severity: string; message: string } {
  const { value, findings } = parseTarget(raw);
  expect(value).toEqual({ kind: 'qualitative', raw });
  const [finding, ...others] = findings;
  expect(others).toEqual([]);
  if (finding === undefined) throw new Error(`no finding for ${raw}`);
  expect(finding).toMatchObject({ code: 'target.unreadable', location: {} });
  return { severity: finding.severity, message: finding.message };
}

describe('parseTarget: deadlines', () => {
  it('reads every deadline form of the reference document', () => {
    expect(deadlineOf('2021年12月31日')).toEqual(['2021-12-31', '=']);
    expect(deadlineOf('2021年12月底前完成')).toEqual(['2021-12-31', '≤']);
    expect(deadlineOf('2021年12月底完成')).toEqual(['2021-12-31', '=']);
    expect(deadlineOf('2021年底前完成')).toEqual(['2021-12-31', '≤']);
    expect(deadlineOf('2021年12月20日完成')).toEqual(['2021-12-20', '=']);
    expect(deadlineOf('2021年6月30日前全部换届完成')).toEqual(['2021-06-30', '≤']);
    expect(deadlineOf('2021年12月31日前全部发放')).toEqual(['2021-12-31', '≤']);
    expect(deadlineOf('到2021年12月31日合部编纂完成。')).toEqual(['2021-12-31', '≤']);
  });

  it('gives the last day the text allows', () => {
    expect(deadlineOf('2021年6月底')).toEqual(['2021-06-30', '=']);
    expect(deadlineOf('2021年6月')).toEqual(['2021-06-30', '=']);
    expect(deadlineOf('2021年9月份完成')).toEqual(['2021-09-30', '=']);
    expect(deadlineOf('2021年4月末')).toEqual(['2021-04-30', '=']);
    expect(deadlineOf('2021年5月上旬')).toEqual(['2021-05-10', '=']);
    expect(deadlineOf('2021年5月中旬')).toEqual(['2021-05-20', '=']);
    expect(deadlineOf('2021年5月下旬')).toEqual(['2021-05-31', '=']);
    expect(deadlineOf('2021年上半年完成')).toEqual(['2021-06-30', '=']);
    expect(deadlineOf('2021年下半年')).toEqual(['2021-12-31', '=']);
    expect(deadlineOf('2021年第三季度末前')).toEqual(['2021-09-30', '≤']);
    expect(deadlineOf('2021年一季度')).toEqual(['2021-03-31', '=']);
    expect(deadlineOf('2021年完成')).toEqual(['2021-12-31', '=']);
    expect(deadlineOf('2021年内完成')).toEqual(['2021-12-31', '≤']);
    expect(deadlineOf('2021年度内')).toEqual(['2021-12-31', '≤']);
  });

  it('knows leap years', () => {
    expect(deadlineOf('2020年2月底前')).toEqual(['2020-02-29', '≤']);
    expect(deadlineOf('2021年2月底前')).toEqual(['2021-02-28', '≤']);
    expect(deadlineOf('2000年2月底')).toEqual(['2000-02-29', '=']);
    expect(deadlineOf('2100年2月底')).toEqual(['2100-02-28', '=']);
    expect(deadlineOf('2024年2月29日')).toEqual(['2024-02-29', '=']);
  });

  it('reads "by" from 前, 以前, 之前, 截至, 底前, 内, 不晚于 and a date led by 到', () => {
    for (const raw of ['2021年12月31日以前', '2021年12月31日之前', '截至2021年12月31日', '截止2021年12月31日完成', '2021年12月内完成', '不晚于2021年12月31日', '≤2021年12月31日', '到2021年12月31日']) {
      expect(deadlineOf(raw)).toEqual(['2021-12-31', '≤']);
    }
    expect(deadlineOf('于2021年12月31日完成')).toEqual(['2021-12-31', '=']);
    expect(deadlineOf('2021年12月31日到位')).toEqual(['2021-12-31', '=']);
  });

  it('reads dates in full width, with separators and in Chinese numerals', () => {
    expect(deadlineOf('２０２１年１２月３１日前')).toEqual(['2021-12-31', '≤']);
    expect(deadlineOf('2021-12-31')).toEqual(['2021-12-31', '=']);
    expect(deadlineOf('2021.6.30前完成')).toEqual(['2021-06-30', '≤']);
    expect(deadlineOf('2021/12/31')).toEqual(['2021-12-31', '=']);
    expect(deadlineOf('二〇二一年十二月三十一日前')).toEqual(['2021-12-31', '≤']);
    expect(deadlineOf('二〇二一年六月底')).toEqual(['2021-06-30', '=']);
  });

  it('keeps a long sentence that mentions a date qualitative, without a finding', () => {
    const raw = '按照上级要求，于2021年12月31日前完成全县418个村“两委”换届的各项准备和组织工作';
    expect(parseTarget(raw)).toEqual({ value: { kind: 'qualitative', raw }, findings: [] });
  });
});

describe('parseTarget: dates it cannot read', () => {
  it('reports impossible dates, short or long', () => {
    expect(findingOf('2021年13月').message).toContain('月份应在1至12之间');
    expect(findingOf('2021年2月30日').message).toContain('2021年2月只有28天');
    expect(findingOf('2021年4月31日前完成').message).toContain('2021年4月只有30天');
    expect(findingOf('2021-13-01').message).toContain('“2021-13-01”不存在');
    const long = '按照上级要求，各乡镇于2021年2月30日前完成全县418个村“两委”换届的各项准备和组织工作';
    expect(findingOf(long).severity).toBe('warning');
  });

  it('reports a date without a year, or with a two-digit year', () => {
    expect(findingOf('12月底前完成').message).toContain('没有写年份');
    expect(findingOf('6月30日').message).toContain('没有写年份');
    expect(findingOf('21年12月底').message).toContain('年份只写了两位');
  });

  it('reports dates that do not name a day', () => {
    expect(findingOf('2021年前完成').message).toContain('可能指2021年以前，也可能指2021年底以前');
    expect(findingOf('2021年初').message).toContain('“年初”');
    expect(findingOf('2021年6月中完成').message).toContain('“月中”');
    expect(findingOf('≥2021年12月31日').message).toContain('“≥”');
  });

  it('reports a short text with a date and another date or number', () => {
    expect(findingOf('2021年1月-2021年12月').message).toContain('其他日期或数字');
    expect(findingOf('2021年12月31日前完成80%').message).toContain('其他日期或数字');
  });

  it('reports a relative deadline as information only', () => {
    expect(findingOf('考核结果确定后3个月内下发')).toMatchObject({ severity: 'info' });
    expect(findingOf('资金到位后十个工作日内拨付').message).toContain('相对期限');
  });
});
