/**
 * A unit saves a project's self-evaluation (a draft: findings do not stop the save). Audited as
 * `self_evaluation.save` with the evaluation before and after.
 */
import { valueOrThrow } from '../../core/edit/field-problems';
import type { DomainError } from '../../core/errors';
import { formatAmount, type Fen } from '../../core/money';
import { defaultWeights, mapAmountsBySource } from '../../core/self-evaluation';
import type { Orm } from '../../db/database';
import { loadProjectTable } from '../../db/project.repository';
import { findSelfEvaluation, saveEvaluationRows, type StoredEvaluation } from '../../db/self-evaluation.repository';
import type { Caller } from '../audit/caller';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';
import { editorOf, openProject, projectNotFound } from '../targets/project-view';
import { versionConflict } from '../targets/version-conflict';
import type { EvaluationView } from './evaluation-view';
import { readEvaluationEdit, type EvaluationEdit } from './read-evaluation-edit';
import { evaluationViewOf, projectOfTable, rulePackOfProject } from './show-self-evaluation';

const wanText = (amount: Fen): string => formatAmount(amount, '万元');

/** What the audit trail keeps of an evaluation; the same snapshot tells a 409 what changed. */
function evaluationSnapshot(evaluation: StoredEvaluation | null): Record<string, unknown> {
  if (!evaluation) return { version: 0 };
  const { adjustedBudget, spent, adjustedBudgetBySource, spentBySource, executionExplanation, goalCompletion, executionWeight, levelWeights, indicators, version } = evaluation;
  return {
    adjustedBudget: wanText(adjustedBudget),
    spent: wanText(spent),
    adjustedBudgetBySource: mapAmountsBySource(adjustedBudgetBySource, wanText),
    spentBySource: mapAmountsBySource(spentBySource, wanText),
    executionExplanation,
    goalCompletion,
    executionWeight,
    levelWeights,
    indicators,
    version,
  };
}

async function viewIn(tx: Orm, caller: Caller, projectId: string): Promise<EvaluationView> {
  const table = await loadProjectTable(tx, projectId);
  if (!table) throw projectNotFound();
  return evaluationViewOf(tx, caller.actor, table);
}

/**
 * Saves the self-evaluation of `projectId` if it is still at `expectedVersion` (0: none saved yet); answers the
 * evaluation with its score and findings.
 * @throws DomainError('validation_failed') amounts that are not numbers, parts by source that are negative or do
 *   not add up to their total, unknown indicators or weights (field paths)
 * @throws DomainError('conflict') a newer version exists (details: the evaluation now, changed fields)
 * @throws DomainError('not_found' | 'forbidden' | 'unauthenticated') as the policy decides
 */
export async function saveSelfEvaluation(deps: Deps, input: { caller: Caller; projectId: string; expectedVersion: number; evaluation: EvaluationEdit }): Promise<EvaluationView> {
  const { caller, projectId, expectedVersion } = input;
  return withAudit(deps, caller, async (tx, record) => {
    const head = await openProject(tx, caller, projectId, 'self_evaluate');
    const table = await loadProjectTable(tx, projectId);
    if (!table) throw projectNotFound();
    const { project, indicatorIds } = projectOfTable(table);
    const pack = rulePackOfProject(head);
    const evaluation = valueOrThrow(readEvaluationEdit(input.evaluation, indicatorIds, defaultWeights(project, pack).value.levels));
    const before = await findSelfEvaluation(tx, projectId);
    const at = deps.clock();
    const savedId = await saveEvaluationRows(tx, { projectId, expectedVersion, at }, evaluation);
    if (!savedId) throw await evaluationConflict(tx, caller, { projectId, expectedVersion, at }, before);
    const after = await findSelfEvaluation(tx, projectId);
    await record({ action: 'self_evaluation.save', entityType: 'self_evaluation', entityId: savedId, unitId: head.unit.id, divisionCode: head.unit.divisionCode, before: evaluationSnapshot(before), after: evaluationSnapshot(after) });
    return { ...(await viewIn(tx, caller, projectId)), updatedBy: editorOf(caller) };
  });
}

/** The 409 of a save that started from `expectedVersion`: the evaluation as it is now, what changed. */
async function evaluationConflict(tx: Orm, caller: Caller, target: { projectId: string; expectedVersion: number; at: Date }, current: StoredEvaluation | null): Promise<DomainError> {
  const view = await viewIn(tx, caller, target.projectId);
  return versionConflict(tx, {
    entityType: 'self_evaluation',
    entityId: current?.id ?? target.projectId,
    what: `项目“${view.project.name}”的绩效自评`,
    expectedVersion: target.expectedVersion,
    current: view,
    currentVersion: view.version,
    snapshot: evaluationSnapshot(current),
    updatedAt: current?.updatedAt ?? target.at,
  });
}
