/**
 * Cells of the self-evaluation table: `project:<field>` (adjustedBudget, spent, executionExplanation, goalCompletion, name),
 * `<indicatorId>:<field>` (actual, score, explanation, name) and `weight:<weight id>` for a weight (weight-sums.ts
 * ids). The server's findings land on the cell their indicator and field name; weight findings on the weight.
 */
import type { SelfEvaluationFindingJson, SelfEvaluationJson } from '../../api/self-evaluation';
import { levelId } from './weight-sums';

export const evaluationCell = (owner: string, field: string): string => `${owner}:${field}`;
export const weightCell = (weightId: string): string => `weight:${weightId}`;

const indicatorFields = ['actual', 'explanation'];
const projectFields = ['adjustedBudget', 'spent', 'executionExplanation', 'goalCompletion'];

function weightCellOf(field: string, evaluation: Pick<SelfEvaluationJson, 'weights'>): string {
  if (field === 'weights.execution') return weightCell('execution');
  const index = /^weights\.levels\[(\d+)\]$/.exec(field)?.[1];
  const level = index === undefined ? undefined : evaluation.weights.levels[Number(index)];
  return level ? weightCell(levelId(level.level1, level.level2)) : evaluationCell('project', 'weights');
}

/** The cell a finding concerns. */
export function evaluationCellOf(finding: Pick<SelfEvaluationFindingJson, 'indicatorId' | 'location'>, evaluation: Pick<SelfEvaluationJson, 'weights'>): string {
  const field = finding.location.field ?? '';
  if (finding.indicatorId) {
    if (field === 'weights') return weightCell(`indicator:${finding.indicatorId}`);
    return evaluationCell(finding.indicatorId, indicatorFields.includes(field) ? field : 'name');
  }
  if (field.startsWith('weights')) return weightCellOf(field, evaluation);
  return evaluationCell('project', projectFields.includes(field) ? field : 'name');
}

/** Findings grouped by their cell. */
export function findingsByEvaluationCell(evaluation: Pick<SelfEvaluationJson, 'weights' | 'findings'>): Map<string, SelfEvaluationFindingJson[]> {
  const byCell = new Map<string, SelfEvaluationFindingJson[]>();
  for (const finding of evaluation.findings) {
    const cell = evaluationCellOf(finding, evaluation);
    byCell.set(cell, [...(byCell.get(cell) ?? []), finding]);
  }
  return byCell;
}
