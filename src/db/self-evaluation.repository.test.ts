import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fen } from '../core/money';
import { notSplit } from '../core/self-evaluation/sources';
import { buildUnitYear } from '../core/testing/builders';
import type { Database } from './database';
import { findSelfEvaluation, listUnitYearEvaluations, saveEvaluationRows, type EvaluationInput } from './self-evaluation.repository';
import { storeUnitYear } from './store-unit-year';
import { openTestDatabase } from './testing';
import { buildImportRecord } from './testing-data';
import { loadUnitYearWithIds } from './unit-year-ids.repository';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const wan = (amount: number) => fen(amount * 1_000_000);

function inputOf(indicatorIds: readonly string[], changes: Partial<EvaluationInput> = {}): EvaluationInput {
  return {
    adjustedBudget: wan(20),
    spent: wan(18),
    adjustedBudgetBySource: notSplit,
    spentBySource: notSplit,
    executionExplanation: '',
    goalCompletion: '',
    executionWeight: null,
    levelWeights: [],
    indicators: indicatorIds.map((indicatorId) => ({ indicatorId, actual: null, explanation: '', notApplicable: false, weight: null })),
    ...changes,
  };
}

describe('self-evaluations', () => {
  it('keeps the adjusted budget and spending by source, blanks as null, through saves and reads', async () => {
    const { unitYearId } = await storeUnitYear(db, buildUnitYear(), { replace: false, importRecord: buildImportRecord() });
    const ids = await db.orm.transaction((tx) => loadUnitYearWithIds(tx, unitYearId));
    const project = ids?.projects[0];
    if (!project) throw new Error('no project stored');
    const at = new Date('2022-01-20T08:00:00Z');

    const first = inputOf(project.indicatorIds, { adjustedBudgetBySource: { fiscal: wan(15), carryover: wan(2), other: wan(3) }, spentBySource: { fiscal: fen(17_999_999), carryover: null, other: fen(1) } });
    expect(await saveEvaluationRows(db.orm, { projectId: project.id, expectedVersion: 0, at }, first)).not.toBeNull();
    const saved = await findSelfEvaluation(db.orm, project.id);
    expect(saved).toMatchObject({ version: 1, adjustedBudgetBySource: first.adjustedBudgetBySource, spentBySource: first.spentBySource });
    expect((await listUnitYearEvaluations(db.orm, [unitYearId])).get(project.id)?.spentBySource).toStrictEqual({ fiscal: fen(17_999_999), carryover: null, other: fen(1) });

    await saveEvaluationRows(db.orm, { projectId: project.id, expectedVersion: 1, at }, inputOf(project.indicatorIds, { spentBySource: { fiscal: null, carryover: fen(0), other: null } }));
    expect(await findSelfEvaluation(db.orm, project.id)).toMatchObject({ version: 2, adjustedBudgetBySource: notSplit, spentBySource: { fiscal: null, carryover: 0, other: null } });
  });
});
