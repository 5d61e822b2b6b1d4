/** Test helpers of self-evaluation: built-in packs and evaluations. Used by tests only. */
import { parseAmount, type Fen } from '../money';
import type { Project } from '../model';
import type { RulePack } from '../review/rule-pack';
import { listRulePacks } from '../review/rule-packs';
import { notSplit } from './sources';
import type { Actual, IndicatorEvaluation, SelfEvaluation } from './types';
import { defaultWeights } from './weights';

/** A built-in rule pack, resolved (national-2020 unless named). */
export function pack(id = 'national-2020'): RulePack {
  const found = listRulePacks().find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no built-in pack ${id}`);
  return found;
}

/** A row of the indicator block: applicable, with `actual` and an explanation unless given. */
export function row(indicator: number, actual: Actual | null, explanation = '', notApplicable = false): IndicatorEvaluation {
  return { indicator, actual, explanation, notApplicable };
}

/** A self-evaluation of `project` with default weights, amounts in fen (not split by source), every indicator unanswered unless given. */
export function evaluationOf(project: Project, overrides: Partial<SelfEvaluation> = {}, rulePack = pack()): SelfEvaluation {
  return {
    projectCode: project.code,
    adjustedBudget: project.budget.total,
    spent: project.budget.total,
    adjustedBudgetBySource: notSplit,
    spentBySource: notSplit,
    executionExplanation: '',
    weights: defaultWeights(project, rulePack).value,
    indicators: project.indicators.map((_, index) => row(index + 1, null)),
    ...overrides,
  };
}

/** An amount written in 元 ("215,457.60") as fen. */
export function yuan(text: string): Fen {
  const amount = parseAmount(text, '元');
  if (amount === null) throw new Error(`not an amount: ${text}`);
  return amount;
}
