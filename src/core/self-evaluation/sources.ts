/**
 * 全年预算数 and 全年执行数 by source: the rows 其中：当年财政拨款 (fiscal), 上年结转资金 (carryover) and 其他资金
 * (other) of the self-evaluation table's funds block (domain.md §6). A unit may split either column; a part left
 * blank counts as 0, and the parts of a split column add up to its total exactly. Scoring uses the totals only.
 */
import { addFen, formatAmount, zeroFen, type Fen } from '../money';

/** Where the money came from: 当年财政拨款, 上年结转资金, 其他资金. */
export const fundSources = ['fiscal', 'carryover', 'other'] as const;
export type FundSource = (typeof fundSources)[number];

export const fundSourceLabels: Readonly<Record<FundSource, string>> = { fiscal: '当年财政拨款', carryover: '上年结转资金', other: '其他资金' };

/** A column split by source; null: that part was not given. */
export type AmountsBySource = Readonly<Record<FundSource, Fen | null>>;

/** No part given: the column is not split. */
export const notSplit: AmountsBySource = { fiscal: null, carryover: null, other: null };

/** Each given part converted (to 万元 text, to a 万元 number, …), in the order of the table; null where not given. */
export function mapAmountsBySource<T>(parts: AmountsBySource, convert: (amount: Fen) => T): Record<FundSource, T | null> {
  const part = (amount: Fen | null): T | null => (amount === null ? null : convert(amount));
  return { fiscal: part(parts.fiscal), carryover: part(parts.carryover), other: part(parts.other) };
}

/** The columns of the funds block that may be split, by the field of their total. */
export const splitColumns = ['adjustedBudget', 'spent'] as const;
export type SplitColumn = (typeof splitColumns)[number];

export const splitColumnLabels: Readonly<Record<SplitColumn, string>> = { adjustedBudget: '全年预算数', spent: '全年执行数' };

/** The field of a column's parts ("spentBySource") and of one part ("spentBySource.fiscal"), as requests and findings name them. */
export const sourcesField = <C extends SplitColumn>(column: C): `${C}BySource` => `${column}BySource`;
export const sourceField = (column: SplitColumn, source: FundSource): string => `${sourcesField(column)}.${source}`;

/** What is wrong with a column's parts: the field it concerns (a part, or the parts as a whole) and why. */
export interface SourceProblem {
  field: string;
  /** The cell as the table labels it, e.g. "全年执行数（上年结转资金）". */
  cell: string;
  message: string;
  suggestion: string;
}

const wan = (amount: Fen): string => `${formatAmount(amount, '万元')} 万元`;

/** Whether any part of the column is given. */
export function isSplit(parts: AmountsBySource): boolean {
  return fundSources.some((source) => parts[source] !== null);
}

/**
 * The problems of a column's parts against its total: a negative part (at the part), and, when any part is
 * given, parts whose sum (blanks as 0) differs from the total (at the parts as a whole, naming every amount).
 */
export function sourceProblems(column: SplitColumn, total: Fen, parts: AmountsBySource): SourceProblem[] {
  const label = splitColumnLabels[column];
  const problems: SourceProblem[] = [];
  for (const source of fundSources) {
    const amount = parts[source];
    if (amount !== null && amount < 0) {
      problems.push({ field: sourceField(column, source), cell: `${label}（${fundSourceLabels[source]}）`, message: `${label}的${fundSourceLabels[source]}不能为负数。`, suggestion: `填写${fundSourceLabels[source]}的金额，没有则留空。` });
    }
  }
  if (!isSplit(parts)) return problems;
  const sum = addFen(...fundSources.map((source) => parts[source] ?? zeroFen));
  if (sum !== total) {
    const named = fundSources.map((source) => `${fundSourceLabels[source]}${parts[source] === null ? '未填' : ` ${wan(parts[source])}`}`).join('、');
    problems.push({
      field: sourcesField(column),
      cell: label,
      message: `${label}的${named}之和 ${wan(sum)} 不等于${label} ${wan(total)}。`,
      suggestion: `当年财政拨款、上年结转资金、其他资金之和应等于${label}；未填的按 0 计。`,
    });
  }
  return problems;
}
