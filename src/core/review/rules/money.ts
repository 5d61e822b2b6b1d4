/**
 * Money (money.*): the budget adds up, cost-indicator caps add up to the budget, and the amounts the
 * use-of-funds text states agree with the budget. All arithmetic in integer fen.
 */
import { z } from 'zod';
import { addFen, fen, formatAmount, type Fen } from '../../money';
import type { Project } from '../../model';
import type { Evidence } from '../../finding';
import { isCost, type IndicatorEntry, type ReviewContext } from '../context';
import type { UnitLookup } from '../measure-units';
import { defineRule, noSettings, noFindings, type RuleFinding } from '../rule';
import { extractNumberMentions, type NumberMention } from '../text/number-mentions';
import { indicatorEvidence, projectLocation, quote } from '../wording';

/** An exact decimal ("20.32") in a money unit worth `fenPerUnit` fen, as fen; null if not exact. */
export function decimalToFen(valueText: string, fenPerUnit: number): Fen | null {
  const scale = Math.round(Math.log10(fenPerUnit));
  const match = /^(\d+)(?:\.(\d+))?$/.exec(valueText);
  if (!match || 10 ** scale !== fenPerUnit) return null;
  const [, whole = '0', fraction = ''] = match;
  if (fraction.slice(scale).replace(/0+$/, '') !== '') return null;
  const count = Number(whole + fraction.slice(0, scale).padEnd(scale, '0'));
  return Number.isSafeInteger(count) ? fen(count) : null;
}

function amountText(context: ReviewContext, amount: Fen): string {
  return `${formatAmount(amount, context.unitYear.moneyUnit)}${context.unitYear.moneyUnit}`;
}

export const budgetSum = defineRule({
  id: 'money.budget-sum',
  family: 'money',
  title: '预算数不等于财政资金与其他资金之和',
  explanation: '预算数由财政资金和其他资金构成，两者之和必须正好等于预算数；对不上，说明有一个数填错，预算批复和执行监控都会出错。',
  defaultSeverity: 'error',
  settings: noSettings,
  check(context) {
    return context.unitYear.projects.flatMap((project, projectIndex): readonly RuleFinding[] => {
      const { total, fiscal, other } = project.budget;
      if (addFen(fiscal, other) === total) return noFindings;
      return [{
        location: projectLocation(project, projectIndex, 'budget.total', '预算数'),
        message: `项目${quote(project.name)}的预算数${amountText(context, total)}不等于财政资金${amountText(context, fiscal)}与其他资金${amountText(context, other)}之和（${amountText(context, addFen(fiscal, other))}）。`,
        suggestion: '核对三个金额，使预算数 = 财政资金 + 其他资金。',
      }];
    });
  },
});

// A per-head or unit cost (人均培训成本 ≤3000元) is not a part of the project's total.
const perUnitWords = /人均|每人|每个|每次|每期|单价|单位成本|平均|标准/;

interface CostCap {
  entry: IndicatorEntry;
  amount: Fen;
}

function costCaps(context: ReviewContext, entries: readonly IndicatorEntry[]): CostCap[] {
  return entries.flatMap((entry) => {
    const target = entry.indicator.target;
    if (!isCost(entry) || target.kind !== 'quantitative' || perUnitWords.test(entry.indicator.name)) return [];
    const unit = context.units.lookup(target.measureUnit);
    const amount = unit?.kind === 'money' && unit.fen !== undefined ? decimalToFen(target.valueText, unit.fen) : null;
    return amount === null ? [] : [{ entry, amount }];
  });
}

export const costSum = defineRule({
  id: 'money.cost-sum',
  family: 'money',
  title: '成本指标合计与预算数不符',
  explanation: '成本指标说明预算花在哪里、各花多少；各项成本上限之和应与预算数相当。合计超过预算，目标无资金保障；明显少于预算，说明有一部分资金没有对应的成本目标。',
  defaultSeverity: 'warning',
  settings: { tolerancePercent: z.number().min(0).max(100) },
  check(context, { tolerancePercent }) {
    return context.unitYear.projects.flatMap((project, projectIndex): readonly RuleFinding[] => {
      const caps = costCaps(context, context.indicatorsByProject[projectIndex] ?? []);
      const total = project.budget.total;
      if (caps.length === 0 || total <= 0) return noFindings;
      const sum = addFen(...caps.map((cap) => cap.amount));
      if (Math.abs(sum - total) * 100 <= total * tolerancePercent) return noFindings;
      return [{
        location: projectLocation(project, projectIndex, 'indicators', '成本指标'),
        message: `项目${quote(project.name)}的成本指标合计${amountText(context, sum)}，${sum > total ? '超过' : '少于'}预算数${amountText(context, total)}，相差${amountText(context, fen(Math.abs(sum - total)))}。`,
        suggestion: sum > total ? '核减成本指标，使各项成本之和不超过预算数。' : '补充未覆盖资金的成本指标，或核对各项成本金额。',
        evidence: caps.map((cap) => indicatorEvidence(cap.entry, 'target', cap.entry.indicator.target.raw)),
      }];
    });
  },
});

type BudgetPart = 'total' | 'fiscal' | 'other';
const budgetLabels: ReadonlyArray<[RegExp, BudgetPart, string]> = [
  [/(预算数|预算资金|资金总额|项目资金|总预算|预算)$/, 'total', '预算数'],
  [/(财政资金|财政拨款)$/, 'fiscal', '财政资金'],
  [/(其他资金|自筹资金)$/, 'other', '其他资金'],
];
const partLabels: Record<BudgetPart, string> = { total: '预算数', fiscal: '财政资金', other: '其他资金' };

interface StatedAmount {
  mention: NumberMention;
  amount: Fen;
  part: BudgetPart | null;
}

function statedAmounts(context: ReviewContext, purpose: string): StatedAmount[] {
  return extractNumberMentions(purpose, context.units).flatMap((mention) => {
    const amount = moneyOf(mention.valueText, mention.unit);
    if (amount === null || /每|人均|标准|\/$/.test(mention.before) || mention.after.startsWith('/')) return [];
    const label = mention.before.replace(/[为是约共计合计]+$/, '');
    const part = budgetLabels.find(([pattern]) => pattern.test(label))?.[1] ?? null;
    return [{ mention, amount, part }];
  });
}

function moneyOf(valueText: string, unit: UnitLookup): Fen | null {
  return unit.kind === 'money' && unit.fen !== undefined ? decimalToFen(valueText, unit.fen) : null;
}

export const purposeAmounts = defineRule({
  id: 'money.purpose-amounts',
  family: 'money',
  title: '资金用途中的金额与预算数不符',
  explanation: '资金用途里写的预算数、财政资金、其他资金和分项金额，是预算数的说明；与表中的预算数不一致，说明有一处写错，公开后会引起质疑。',
  defaultSeverity: 'warning',
  settings: noSettings,
  check(context) {
    return context.unitYear.projects.flatMap((project, projectIndex) => {
      const stated = statedAmounts(context, project.purpose);
      return [...labelledMismatches(context, project, projectIndex, stated), ...itemizedMismatch(context, project, projectIndex, stated)];
    });
  },
});

function labelledMismatches(context: ReviewContext, project: Project, projectIndex: number, stated: StatedAmount[]): RuleFinding[] {
  return stated.flatMap(({ mention, amount, part }): readonly RuleFinding[] => {
    if (part === null || project.budget[part] === amount) return noFindings;
    return [{
      location: projectLocation(project, projectIndex, 'purpose', '资金用途'),
      message: `项目${quote(project.name)}的资金用途写${partLabels[part]}${quote(mention.text)}，表中${partLabels[part]}是${amountText(context, project.budget[part])}。`,
      suggestion: `核对后使资金用途与表中的${partLabels[part]}一致。`,
    }];
  });
}

/** Itemized amounts (1.考核奖金70万元 … 2.…2万元) add up to the budget when there are two or more. */
function itemizedMismatch(context: ReviewContext, project: Project, projectIndex: number, stated: StatedAmount[]): RuleFinding[] {
  const items = stated.filter((amount) => amount.part === null);
  // An amount as large as the whole budget is context (全县共投入500万元), not one of its items.
  if (items.length < 2 || items.some((item) => item.amount >= project.budget.total)) return [];
  const sum = addFen(...items.map((item) => item.amount));
  if (sum === project.budget.total) return [];
  const evidence: Evidence[] = items.map((item) => ({ location: projectLocation(project, projectIndex, 'purpose', '资金用途'), text: `${item.mention.before}${item.mention.text}` }));
  return [{
    location: projectLocation(project, projectIndex, 'purpose', '资金用途'),
    message: `项目${quote(project.name)}的资金用途分项列出${items.length}笔金额，合计${amountText(context, sum)}，与预算数${amountText(context, project.budget.total)}不符。`,
    suggestion: '核对各分项金额，使其合计等于预算数；不属于本项目的金额不要写在资金用途中。',
    evidence,
  }];
}
