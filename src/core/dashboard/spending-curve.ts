/**
 * A unit's spending-plan curve for the finance dashboard: at each month that is a checkpoint of any of its
 * projects, the budget-weighted cumulative percent Σ(budget × planned share) / Σ budget. Each project's plan
 * is read as monitoring reads it (序时进度, src/core/monitoring): a blank checkpoint is no commitment, so the
 * plan is interpolated between the checkpoints it commits to, from 0 % on 1 January, 100 % at year end when
 * December is blank. A project whose plan is unusable (nothing committed, a percent outside 0–100, a falling
 * plan) or whose budget is not positive is left out of the weighting rather than guessed.
 */
import type { SpendingCheckpoint } from '../model';
import { fen, type Fen } from '../money';
import { scheduledShare } from '../monitoring';
import { toNumber } from '../rational';

export interface PlannedProject {
  budget: Fen;
  spendingPlan: readonly SpendingCheckpoint[];
}

export interface CurvePoint {
  month: number;
  /** 0–100, two decimals. */
  percent: number;
}

export interface SpendingCurve {
  /** The budget of the projects that were weighted, in fen. */
  budgetCovered: Fen;
  points: CurvePoint[];
}

/** The curve of `projects` in `year` (see the module comment); no points when no project has a usable plan. */
export function spendingCurve(projects: readonly PlannedProject[], year: number): SpendingCurve {
  const months = [...new Set(projects.flatMap((project) => project.spendingPlan.map((checkpoint) => checkpoint.month)))]
    .filter((month) => Number.isInteger(month) && month >= 1 && month <= 12)
    .sort((a, b) => a - b);
  const weighted = projects.filter((project) => project.budget > 0 && isUsable(project.spendingPlan, year));
  const budgetCovered = fen(weighted.reduce((sum, project) => sum + project.budget, 0));
  if (budgetCovered === 0) return { budgetCovered, points: [] };
  const points = months.map((month) => {
    const cutOff = { year, month, day: lastDayOf(year, month) };
    const sum = weighted.reduce((total, project) => total + project.budget * toNumber(scheduledShare(project.spendingPlan, cutOff).share), 0);
    return { month, percent: Math.round((sum / budgetCovered) * 10_000) / 100 };
  });
  return { budgetCovered, points };
}

/** Whether monitoring reads the plan itself, rather than falling back to the calendar (m/12). */
function isUsable(plan: readonly SpendingCheckpoint[], year: number): boolean {
  return scheduledShare(plan, { year, month: 12, day: 31 }).source === 'plan';
}

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
