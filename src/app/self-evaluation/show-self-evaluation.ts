/** A project's self-evaluation: the stored one or a blank one with default weights, scored with its working. */
import type { Actor } from '../../core/access/actor';
import { authorize, authorizeRecord, can } from '../../core/access/policy';
import type { Project } from '../../core/model';
import type { Orm } from '../../db/database';
import { loadProjectTable, type ProjectHead, type ProjectTable } from '../../db/project.repository';
import { findSelfEvaluation } from '../../db/self-evaluation.repository';
import type { Caller } from '../audit/caller';
import type { Deps } from '../deps';
import { rulePackFor } from '../review/review-targets';
import { indicatorOfRow } from '../targets/indicator-record';
import { projectFieldsOf, projectScope } from '../targets/project-view';
import { indicatorViews, scoreStored, weightViews, type EvaluationView } from './evaluation-view';

/** The project of a loaded target table in the model's shape, and its indicators' ids in the same order. */
export function projectOfTable(table: ProjectTable): { project: Project; indicatorIds: string[] } {
  const project: Project = { ...projectFieldsOf(table), indicators: table.indicators.map(indicatorOfRow) };
  return { project, indicatorIds: table.indicators.map((indicator) => indicator.id) };
}

/** The rule pack for the unit and year of a project (by the unit's division). */
export const rulePackOfProject = (head: ProjectHead) => rulePackFor({ unit: head.unit, year: head.unitYear.year });

/** The evaluation of the project of `table` as it stands in `executor`. */
export async function evaluationViewOf(executor: Orm, actor: Actor, table: ProjectTable): Promise<EvaluationView> {
  const { head } = table;
  const projectId = head.project.id;
  const { project, indicatorIds } = projectOfTable(table);
  const stored = await findSelfEvaluation(executor, projectId);
  const pack = rulePackOfProject(head);
  const scored = scoreStored(project, indicatorIds, stored, pack);
  return {
    project: { id: projectId, code: project.code, name: project.name, unitYearId: head.unitYear.id, unit: head.unit, year: head.unitYear.year, budget: project.budget, goals: project.goals },
    rulePack: pack.id,
    version: stored?.version ?? 0,
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
    adjustedBudget: scored.evaluation.adjustedBudget,
    spent: scored.evaluation.spent,
    adjustedBudgetBySource: scored.evaluation.adjustedBudgetBySource,
    spentBySource: scored.evaluation.spentBySource,
    executionExplanation: scored.evaluation.executionExplanation,
    goalCompletion: stored?.goalCompletion ?? '',
    indicators: indicatorViews(project, indicatorIds, scored),
    weights: weightViews(scored),
    score: scored.score,
    findings: scored.findings,
    can: { edit: can(actor, 'self_evaluate', projectScope(head)) },
  };
}

/**
 * The project's self-evaluation (version 0 and blank while none is saved) with its score and findings, read in
 * one snapshot.
 * @throws DomainError('not_found') when the project is missing or out of reach; 403/401 for roles that may not read it
 */
export async function showSelfEvaluation(deps: Deps, input: { caller: Caller; projectId: string }): Promise<EvaluationView> {
  const { actor } = input.caller;
  authorize(actor, 'read_self_evaluation');
  return deps.db.orm.transaction(
    async (tx) => {
      const table = await loadProjectTable(tx, input.projectId);
      authorizeRecord(actor, 'read_self_evaluation', table, (found) => projectScope(found.head), '该项目');
      return evaluationViewOf(tx, actor, table);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
