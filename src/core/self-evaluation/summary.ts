/**
 * A unit's self-evaluation score over its projects, weighted by budget, and the ranking of a
 * division's units. The unit score is computed from the projects' exact totals and rounded once.
 */
import { fen, type Fen } from '../money';
import type { RulePack } from '../review/rule-pack';
import { gradeOf } from './project-score';
import { add, compare, divide, multiply, parseDecimal, parseFractionText, rational, type Rational } from '../rational';
import { roundScore, scoreValue } from './score-value';
import type { ProjectScore, ScoreValue } from './types';
import { formatYuan } from './working';

/** A project's score and the budget it weighs with (全年预算数). */
export interface BudgetedScore {
  score: ProjectScore;
  adjustedBudget: Fen;
}

/** A unit's score: Σ total_i × budget_i ÷ Σ budget_i over its scored projects. */
export interface UnitScore {
  unitCode: string;
  unitName: string;
  projectCount: number;
  /** Σ budget_i, exact. */
  budget: Fen;
  /** null when no project with a positive budget was scored. */
  score: ScoreValue | null;
  grade: string | null;
  /** e.g. "加权得分 = (98.62 × 250,000.00 + 85.00 × 100,000.00) ÷ 350,000.00 = 94.73". */
  working: string;
}

const exactOf = (value: ScoreValue): Rational => parseFractionText(value.exact) ?? parseDecimal(value.rounded) ?? rational(0);

/**
 * The budget-weighted score of a unit (see {@link UnitScore}), graded by the pack's bands. Projects
 * weigh by their adjusted budget; a unit whose budgets add up to 0 has no score.
 */
export function summarizeUnit(unit: { code: string; name: string }, projects: readonly BudgetedScore[], pack: RulePack): UnitScore {
  const budget = fen(projects.reduce((sum, project) => sum + project.adjustedBudget, 0));
  const base = { unitCode: unit.code, unitName: unit.name, projectCount: projects.length, budget };
  if (budget <= 0) return { ...base, score: null, grade: null, working: '没有预算数大于0的已评分项目，无法计算单位加权得分。' };
  const weighted = add(...projects.map((project) => multiply(exactOf(project.score.total), rational(project.adjustedBudget))));
  const exact = divide(weighted, rational(budget));
  const terms = projects.map((project) => `${project.score.total.rounded} × ${formatYuan(project.adjustedBudget)}`).join(' + ');
  return { ...base, score: scoreValue(exact), grade: gradeOf(exact, pack.gradeBands), working: `加权得分 = (${terms}) ÷ ${formatYuan(budget)} = ${roundScore(exact)}` };
}

/** A unit in a division's ranking. */
export interface RankedUnit extends UnitScore {
  /** 1-based; units with equal shown scores share a rank (1, 2, 2, 4); null for units without a score. */
  rank: number | null;
}

const collator = new Intl.Collator('zh-CN');

/**
 * The units of a division, best first by their shown (rounded) score — the number that is published, so
 * the order can be checked from it — ties by unit name in Chinese order (Intl.Collator zh-CN), units
 * without a score last (by name).
 */
export function rankUnits(units: readonly UnitScore[]): RankedUnit[] {
  const shown = (unit: UnitScore) => (unit.score ? parseDecimal(unit.score.rounded) : null);
  const sorted = [...units].sort((a, b) => {
    const [left, right] = [shown(a), shown(b)];
    if (left && right) return compare(right, left) || collator.compare(a.unitName, b.unitName);
    if (left || right) return left ? -1 : 1;
    return collator.compare(a.unitName, b.unitName);
  });
  return sorted.map((unit) => {
    if (!unit.score) return { ...unit, rank: null };
    const first = sorted.findIndex((other) => other.score?.rounded === unit.score?.rounded);
    return { ...unit, rank: first + 1 };
  });
}
