/**
 * 预算数 / 财政资金 / 其他资金 typed by a user: read exactly (parseAmount), in 万元 as the API gives amounts.
 * Whether budget = fiscal + other is the review's question (money rules), not a reason to refuse the edit.
 */
import type { Budget, BudgetRaw } from '../model';
import { formatAmount, parseAmount, type Fen, type MoneyUnit } from '../money';
import type { EditReading, FieldProblem } from './field-problems';

export interface BudgetText {
  total: string;
  fiscal: string;
  other: string;
}

/** The budget read from an edit, and its cells as the document writes them. */
export interface BudgetEdit {
  budget: Budget;
  budgetRaw: BudgetRaw;
}

const labels: Record<keyof BudgetText, string> = { total: '预算数', fiscal: '财政资金', other: '其他资金' };

/**
 * The budget and its cells as the document writes them (in the document's `moneyUnit`, two decimals), from
 * amounts typed in 万元; a problem at `budget.<field>` for each amount that is not a plain decimal number of
 * at most six decimals (a fen), or that is negative.
 */
export function readBudgetEdit(text: BudgetText, moneyUnit: MoneyUnit): EditReading<BudgetEdit> {
  const problems: FieldProblem[] = [];
  const read = (key: keyof BudgetText): Fen | null => {
    const amount = parseAmount(text[key], '万元');
    if (amount === null || amount < 0) {
      const why = amount === null ? '不是有效的金额' : '不能为负数';
      problems.push({ path: `budget.${key}`, message: `${labels[key]}“${text[key]}”${why}，请填写以万元为单位的数字，如 20.32` });
    }
    return amount;
  };
  const total = read('total');
  const fiscal = read('fiscal');
  const other = read('other');
  if (total === null || fiscal === null || other === null || problems.length > 0) return { ok: false, problems };
  const written = (amount: Fen) => formatAmount(amount, moneyUnit);
  return {
    ok: true,
    value: { budget: { total, fiscal, other }, budgetRaw: { total: written(total), fiscal: written(fiscal), other: written(other) } },
  };
}
