/** A unit's self-evaluation over its projects: each project's score, and the unit's weighted by adjusted budget. */
import { authorizeRecord } from '../../core/access/policy';
import { DomainError } from '../../core/errors';
import type { Fen } from '../../core/money';
import { summarizeUnit, type BudgetedScore, type ScoreValue, type UnitScore } from '../../core/self-evaluation';
import type { UnitYearStatus } from '../../core/workflow/unit-year-status';
import type { Orm } from '../../db/database';
import { loadUnitYearsByIds } from '../../db/load-unit-year';
import { listUnitYearEvaluations, type StoredEvaluation } from '../../db/self-evaluation.repository';
import type { UnitYearWithIds } from '../../db/unit-year-ids.repository';
import { findUnitYearHead, type UnitYearHead } from '../../db/unit-year-edit.repository';
import type { Caller } from '../audit/caller';
import type { Deps } from '../deps';
import { rulePackFor } from '../review/review-targets';
import { scopeOfTargets } from '../targets/target-scope';
import { scoreStored } from './evaluation-view';

export interface UnitEvaluationProject {
  id: string;
  code: string;
  name: string;
  budget: Fen;
  /** null while no evaluation is saved. */
  adjustedBudget: Fen | null;
  version: number;
  total: ScoreValue | null;
  grade: string | null;
  complete: boolean;
  errors: number;
}

export interface UnitEvaluationView {
  unitYearId: string;
  unit: UnitYearHead['unit'];
  year: number;
  status: UnitYearStatus;
  rulePack: string;
  score: UnitScore;
  projects: UnitEvaluationProject[];
}

/**
 * The summaries of these unit years as they stand in `tx`, in their order, read in a fixed number of statements
 * however many (a division's ranking): projects with a saved evaluation that can be scored count, each weighted
 * by its adjusted budget (the core's summarizeUnit).
 * @throws DomainError('not_found') when a unit year is gone
 */
export async function summarizeUnitYears(tx: Orm, heads: readonly UnitYearHead[]): Promise<UnitEvaluationView[]> {
  const ids = heads.map((head) => head.id);
  const loaded = new Map((await loadUnitYearsByIds(tx, ids)).map(({ id, ...data }) => [id, data]));
  const stored = await listUnitYearEvaluations(tx, ids);
  return heads.map((head) => {
    const data = loaded.get(head.id);
    if (!data) throw new DomainError('not_found', '没有找到该单位年度。');
    return summaryOf(head, data, stored);
  });
}

function summaryOf(head: UnitYearHead, loaded: UnitYearWithIds, stored: ReadonlyMap<string, StoredEvaluation>): UnitEvaluationView {
  const pack = rulePackFor(loaded.unitYear);
  const budgeted: BudgetedScore[] = [];
  const projects = loaded.unitYear.projects.map((project, index): UnitEvaluationProject => {
    const ids = loaded.projects[index] ?? { id: '', indicatorIds: [] };
    const evaluation = stored.get(ids.id) ?? null;
    const scored = evaluation ? scoreStored(project, ids.indicatorIds, evaluation, pack) : null;
    if (evaluation && scored?.score) budgeted.push({ score: scored.score, adjustedBudget: evaluation.adjustedBudget });
    return {
      id: ids.id,
      code: project.code,
      name: project.name,
      budget: project.budget.total,
      adjustedBudget: evaluation?.adjustedBudget ?? null,
      version: evaluation?.version ?? 0,
      total: scored?.score?.total ?? null,
      grade: scored?.score?.grade ?? null,
      complete: scored?.score?.complete ?? false,
      errors: scored?.findings.filter((finding) => finding.severity === 'error').length ?? 0,
    };
  });
  const score = summarizeUnit({ code: head.unit.code, name: head.unit.name }, budgeted, pack);
  return { unitYearId: head.id, unit: head.unit, year: head.year, status: head.status, rulePack: pack.id, score, projects };
}

/**
 * The unit year's self-evaluation summary, read in one snapshot.
 * @throws DomainError('not_found') when the unit year is missing or out of reach; 403/401 for roles that may not read it
 */
export async function showUnitSelfEvaluation(deps: Deps, input: { caller: Caller; unitYearId: string }): Promise<UnitEvaluationView> {
  return deps.db.orm.transaction(
    async (tx) => {
      const head = await findUnitYearHead(tx, input.unitYearId);
      authorizeRecord(input.caller.actor, 'read_self_evaluation', head, (found) => scopeOfTargets(found.unit, found), '该单位年度');
      const [view] = await summarizeUnitYears(tx, [head]);
      if (!view) throw new DomainError('not_found', '没有找到该单位年度。');
      return view;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
