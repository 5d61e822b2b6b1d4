/**
 * Cells of the self-evaluation table: `project:<field>` (adjustedBudget, spent, their parts by source such as
 * spentBySource.fiscal, executionExplanation, goalCompletion, name), `<indicatorId>:<field>` (actual, score,
 * explanation, name) and `weight:<weight id>` for a weight (weight-sums.ts ids). The server's findings land on the
 * cell their indicator and field name; weight findings on the weight; a column's parts as a whole (spentBySource:
 * they do not add up) on the first of them, 当年财政拨款.
 */
import { fundSources, sourceField, sourcesField, splitColumns } from '../../../../src/core/self-evaluation/sources';
import type { SelfEvaluationFindingJson, SelfEvaluationJson } from '../../api/self-evaluation';
import { levelId } from './weight-sums';

export const evaluationCell = (owner: string, field: string): string => `${owner}:${field}`;
export const weightCell = (weightId: string): string => `weight:${weightId}`;

const indicatorFields = ['actual', 'explanation'];
const sourcePartFields = splitColumns.flatMap((column) => fundSources.map((source) => sourceField(column, source)));
const projectFields = ['adjustedBudget', 'spent', ...sourcePartFields, 'executionExplanation', 'goalCompletion'];

/** The cell of a project field (a part by source at its own cell, a column's parts as a whole at 当年财政拨款), or null for a field without one. */
export function projectFieldCell(field: string): string | null {
  const whole = splitColumns.find((column) => sourcesField(column) === field);
  const shownAt = whole ? sourceField(whole, 'fiscal') : field;
  return projectFields.includes(shownAt) ? evaluationCell('project', shownAt) : null;
}

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
  return projectFieldCell(field) ?? evaluationCell('project', 'name');
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
