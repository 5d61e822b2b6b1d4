/**
 * The 103 target values (指标值, the 5th cell of each indicator row) of fixtures/changli-2021.txt, in
 * document order, each with the parsed form a person reads in it. The parser's test checks
 * parseTarget against it; the importer's test checks that it extracts exactly these raw texts.
 * Used by tests only.
 */
import type { Severity } from '../finding';
import { directionOf, type Comparator, type Target } from './target';

type WithoutRaw<T> = T extends unknown ? Omit<T, 'raw'> : never;

/** A parsed target without its raw text (the raw text is the row's own). */
export type ExpectedTarget = WithoutRaw<Target>;

export interface SeedTarget {
  raw: string;
  expected: ExpectedTarget;
  /** The one finding the parser gives, when it gives one. */
  finding?: { code: string; severity: Severity };
}

function quantity(comparator: Exclude<Comparator, '~'>, valueText: string, measureUnit: string): ExpectedTarget {
  const direction = directionOf(comparator);
  return { kind: 'quantitative', comparator, value: Number(valueText), valueText, upper: null, measureUnit, direction };
}

function range(lower: string, upper: string, measureUnit: string): ExpectedTarget {
  const bounds = { value: Number(lower), valueText: lower, upper: Number(upper) };
  return { kind: 'quantitative', comparator: '~', ...bounds, measureUnit, direction: 'exact' };
}

function deadline(date: string, comparator: '≤' | '='): ExpectedTarget {
  return { kind: 'deadline', date, comparator };
}

const qualitative: ExpectedTarget = { kind: 'qualitative' };

/** "Within 3 months after the results are set": a period counted from an event, not a date. */
const relativeDeadline = { code: 'target.unreadable', severity: 'info' } as const satisfies SeedTarget['finding'];

export const seedTargets: readonly SeedTarget[] = [
  // 1. 2021年选聘高校毕业生到村任职中央补助资金
  { raw: '100百分比', expected: quantity('=', '100', '%') }, // 1
  { raw: '100百分比', expected: quantity('=', '100', '%') }, // 2
  { raw: '2021年12月底完成', expected: deadline('2021-12-31', '=') }, // 3
  { raw: '≤20.32万元', expected: quantity('≤', '20.32', '万元') }, // 4
  { raw: '提高财政资金的使用效率，做到节俭高效', expected: qualitative }, // 5
  { raw: '成效显著', expected: qualitative }, // 6
  { raw: '达到低碳高效地完成工作任务', expected: qualitative }, // 7
  { raw: '≥1年', expected: quantity('≥', '1', '年') }, // 8
  { raw: '100百分比', expected: quantity('=', '100', '%') }, // 9
  // 2. 基层组织建设经费
  { raw: '全县科级领导干部数量', expected: qualitative }, // 10
  { raw: '418个', expected: quantity('=', '418', '个') }, // 11
  { raw: '100%', expected: quantity('=', '100', '%') }, // 12
  { raw: '100%', expected: quantity('=', '100', '%') }, // 13
  { raw: '到2021年12月31日合部编纂完成。', expected: deadline('2021-12-31', '≤') }, // 14
  { raw: '2021年6月30日前全部换届完成', expected: deadline('2021-06-30', '≤') }, // 15
  { raw: '≤10万元', expected: quantity('≤', '10', '万元') }, // 16
  { raw: '≤3万元', expected: quantity('≤', '3', '万元') }, // 17
  { raw: '10万元', expected: quantity('=', '10', '万元') }, // 18
  { raw: '提高财政资金的使用效率，做到节俭高效', expected: qualitative }, // 19
  { raw: '≥90%', expected: quantity('≥', '90', '%') }, // 20
  { raw: '确保低碳高效地完成年度任务', expected: qualitative }, // 21
  { raw: '长期', expected: qualitative }, // 22
  { raw: '≥90%', expected: quantity('≥', '90', '%') }, // 23
  { raw: '≥95%', expected: quantity('≥', '95', '%') }, // 24
  // 3. 干部队伍建设经费
  { raw: '≤5000袋', expected: quantity('≤', '5000', '袋') }, // 25
  { raw: '≤250人', expected: quantity('≤', '250', '人') }, // 26
  { raw: '79个', expected: quantity('=', '79', '个') }, // 27
  { raw: '100%', expected: quantity('=', '100', '%') }, // 28
  { raw: '100百分比', expected: quantity('=', '100', '%') }, // 29
  { raw: '考核结果确定后3个月内下发', expected: qualitative, finding: relativeDeadline }, // 30
  { raw: '≤2万', expected: quantity('≤', '2', '万元') }, // 31
  { raw: '≤70万元', expected: quantity('≤', '70', '万元') }, // 32
  { raw: '≤2万元', expected: quantity('≤', '2', '万元') }, // 33
  { raw: '≤3000元', expected: quantity('≤', '3000', '元') }, // 34
  { raw: '≥95%', expected: quantity('≥', '95', '%') }, // 35
  { raw: '提升工资审批业务效率', expected: qualitative }, // 36
  { raw: '减少纸币支出对环境影响', expected: qualitative }, // 37
  { raw: '一至两年', expected: range('1', '2', '年') }, // 38
  { raw: '100%', expected: quantity('=', '100', '%') }, // 39
  { raw: '≥95%', expected: quantity('≥', '95', '%') }, // 40
  { raw: '100%', expected: quantity('=', '100', '%') }, // 41
  // 4. 2021年度下派选调生到村工作中央财政补助资金
  { raw: '100百分比', expected: quantity('=', '100', '%') }, // 42
  { raw: '成效明显', expected: qualitative }, // 43
  { raw: '2021年12月底完成', expected: deadline('2021-12-31', '=') }, // 44
  { raw: '≤12.4万元', expected: quantity('≤', '12.4', '万元') }, // 45
  { raw: '提高财政资金的使用效率，做到节俭高效', expected: qualitative }, // 46
  { raw: '成效明显', expected: qualitative }, // 47
  { raw: '达到低碳高效地完成工作任务', expected: qualitative }, // 48
  { raw: '≥1年', expected: quantity('≥', '1', '年') }, // 49
  { raw: '100百分比', expected: quantity('=', '100', '%') }, // 50
  // 5. 人才队伍建设管理经费
  { raw: '≥50名', expected: quantity('≥', '50', '名') }, // 51
  { raw: '≥100名', expected: quantity('≥', '100', '名') }, // 52
  { raw: '≥90百分比', expected: quantity('≥', '90', '%') }, // 53
  { raw: '2021年12月20日完成', expected: deadline('2021-12-20', '=') }, // 54
  { raw: '≤50万', expected: quantity('≤', '50', '万元') }, // 55
  { raw: '提高财政资金的使用效率，做到节俭高效', expected: qualitative }, // 56
  { raw: '≥30场次', expected: quantity('≥', '30', '场次') }, // 57
  { raw: '确保低碳高效地完成年度任务', expected: qualitative }, // 58
  { raw: '长期', expected: qualitative }, // 59
  { raw: '≥95百分比', expected: quantity('≥', '95', '%') }, // 60
  // 6. 远教电教运行维护费
  { raw: '436台', expected: quantity('=', '436', '台') }, // 61
  { raw: '≥5部', expected: quantity('≥', '5', '部') }, // 62
  { raw: '100百分百', expected: quantity('=', '100', '百分百') }, // 63
  { raw: '2021年12月底完成', expected: deadline('2021-12-31', '=') }, // 64
  { raw: '≤25万', expected: quantity('≤', '25', '万元') }, // 65
  { raw: '提高财政资金的使用效率，做到节俭高效', expected: qualitative }, // 66
  { raw: '100％', expected: quantity('=', '100', '%') }, // 67
  { raw: '确保低碳高效地完成工作任务', expected: qualitative }, // 68
  { raw: '100百分百', expected: quantity('=', '100', '百分百') }, // 69
  { raw: '≥95％', expected: quantity('≥', '95', '%') }, // 70
  // 7. 非公经济和社会组织党建经费
  { raw: '≥10个', expected: quantity('≥', '10', '个') }, // 71
  { raw: '≥80百分比', expected: quantity('≥', '80', '%') }, // 72
  { raw: '2021年底前完成', expected: deadline('2021-12-31', '≤') }, // 73
  { raw: '≤20万元', expected: quantity('≤', '20', '万元') }, // 74
  { raw: '提高财政资金的使用效率，做到节俭高效', expected: qualitative }, // 75
  { raw: '≥10百分比', expected: quantity('≥', '10', '%') }, // 76
  { raw: '达到低碳高效地完成工作任务', expected: qualitative }, // 77
  { raw: '≥80百分比', expected: quantity('≥', '80', '%') }, // 78
  { raw: '≥95百分比', expected: quantity('≥', '95', '%') }, // 79
  // 8. 村级组织活动场所建设经费
  { raw: '20个', expected: quantity('=', '20', '个') }, // 80
  { raw: '100%', expected: quantity('=', '100', '%') }, // 81
  { raw: '2021年12月31日前全部发放', expected: deadline('2021-12-31', '≤') }, // 82
  { raw: '100万元', expected: quantity('=', '100', '万元') }, // 83
  { raw: '提高财政资金的使用效率，做到节俭高效', expected: qualitative }, // 84
  { raw: '≥95%', expected: quantity('≥', '95', '%') }, // 85
  { raw: '≥95%', expected: quantity('≥', '95', '%') }, // 86
  { raw: '长期', expected: qualitative }, // 87
  { raw: '>90%', expected: quantity('>', '90', '%') }, // 88
  // 9. 干部教育培训费
  { raw: '2期', expected: quantity('=', '2', '期') }, // 89
  { raw: '≤200人', expected: quantity('≤', '200', '人') }, // 90
  { raw: '8期', expected: quantity('=', '8', '期') }, // 91
  { raw: '>2次', expected: quantity('>', '2', '次') }, // 92
  { raw: '100百分比', expected: quantity('=', '100', '%') }, // 93
  { raw: '≥95百分比', expected: quantity('≥', '95', '%') }, // 94
  { raw: '≥95百分比', expected: quantity('≥', '95', '%') }, // 95
  { raw: '>90%', expected: quantity('>', '90', '%') }, // 96
  { raw: '100百分比', expected: quantity('=', '100', '%') }, // 97
  { raw: '≤30万元', expected: quantity('≤', '30', '万元') }, // 98
  { raw: '提高财政资金的使用效率，做到节俭高效', expected: qualitative }, // 99
  { raw: '促进各项工作顺利开展', expected: qualitative }, // 100
  { raw: '确保低碳高效地完成年度培训任务', expected: qualitative }, // 101
  { raw: '≥2年', expected: quantity('≥', '2', '年') }, // 102
  { raw: '≥95百分比', expected: quantity('≥', '95', '%') }, // 103
];
