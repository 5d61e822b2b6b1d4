/**
 * Self-evaluations (绩效自评) of projects with their indicator rows: read one or a unit year's in one statement,
 * save one under optimistic concurrency (version 0: none saved yet), the rows replaced whole.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { fen, type Fen } from '../core/money';
import type { AmountsBySource } from '../core/self-evaluation/sources';
import type { Actual } from '../core/self-evaluation/types';
import { lastEditorOf, type LastEditor } from './audit.repository';
import type { Orm } from './database';
import { decodeJsonRows, jsonRows, outerColumn } from './json-rows';
import { projects, selfEvaluationIndicators, selfEvaluations, type StoredLevelWeight } from './schema';
import { isUuid } from './user.repository';

/** A weight changed from the default (hundredths of a point) and why; null: the default. */
export interface ChangedWeight {
  weight: number;
  reason: string;
}

/** One indicator row as stored, pointing at its indicator by id. */
export interface StoredIndicatorEvaluation {
  indicatorId: string;
  actual: Actual | null;
  explanation: string;
  notApplicable: boolean;
  weight: ChangedWeight | null;
}

/** A self-evaluation as saved. */
export interface EvaluationInput {
  adjustedBudget: Fen;
  spent: Fen;
  /** The parts by source (当年财政拨款, 上年结转资金, 其他资金); null where not given. */
  adjustedBudgetBySource: AmountsBySource;
  spentBySource: AmountsBySource;
  executionExplanation: string;
  /** 实际完成情况 of the goals. */
  goalCompletion: string;
  executionWeight: ChangedWeight | null;
  levelWeights: StoredLevelWeight[];
  indicators: StoredIndicatorEvaluation[];
}

export interface StoredEvaluation extends EvaluationInput {
  id: string;
  projectId: string;
  version: number;
  updatedAt: Date;
  /** Who saved it last, from the audit trail. */
  updatedBy: LastEditor | null;
}

const lastChange = lastEditorOf('self_evaluation', selfEvaluations.id);

const evaluationSelection = {
  evaluation: selfEvaluations,
  updatedBy: lastChange,
  rows: jsonRows(selfEvaluationIndicators, sql`${selfEvaluationIndicators.evaluationId} = ${outerColumn(selfEvaluations.id)}`, sql`${selfEvaluationIndicators.position}`),
};

type EvaluationRow = { evaluation: typeof selfEvaluations.$inferSelect; updatedBy: StoredEvaluation['updatedBy']; rows: unknown };

const optionalFen = (amount: number | null): Fen | null => (amount === null ? null : fen(amount));

const changed = (weight: number | null, reason: string | null): ChangedWeight | null => (weight === null || reason === null ? null : { weight, reason });

function toStoredEvaluation({ evaluation, updatedBy, rows }: EvaluationRow): StoredEvaluation {
  return {
    id: evaluation.id,
    projectId: evaluation.projectId,
    adjustedBudget: fen(evaluation.adjustedBudget),
    spent: fen(evaluation.spent),
    adjustedBudgetBySource: { fiscal: optionalFen(evaluation.adjustedBudgetFiscal), carryover: optionalFen(evaluation.adjustedBudgetCarryover), other: optionalFen(evaluation.adjustedBudgetOther) },
    spentBySource: { fiscal: optionalFen(evaluation.spentFiscal), carryover: optionalFen(evaluation.spentCarryover), other: optionalFen(evaluation.spentOther) },
    executionExplanation: evaluation.executionExplanation,
    goalCompletion: evaluation.goalCompletion,
    executionWeight: changed(evaluation.executionWeight, evaluation.executionWeightReason),
    levelWeights: evaluation.levelWeights,
    indicators: decodeJsonRows(selfEvaluationIndicators, rows).map((row) => ({
      indicatorId: row.indicatorId,
      actual: row.actual,
      explanation: row.explanation,
      notApplicable: row.notApplicable,
      weight: changed(row.weight, row.weightReason),
    })),
    version: evaluation.version,
    updatedAt: evaluation.updatedAt,
    updatedBy,
  };
}

/** The self-evaluation of a project, or null when none is saved (also for a malformed id). */
export async function findSelfEvaluation(executor: Orm, projectId: string): Promise<StoredEvaluation | null> {
  if (!isUuid(projectId)) return null;
  const [row] = await executor.select(evaluationSelection).from(selfEvaluations).where(eq(selfEvaluations.projectId, projectId));
  return row ? toStoredEvaluation(row) : null;
}

/** The self-evaluations of the projects of these unit years, by project id (one statement however many). */
export async function listUnitYearEvaluations(executor: Orm, unitYearIds: readonly string[]): Promise<Map<string, StoredEvaluation>> {
  if (unitYearIds.length === 0) return new Map();
  const rows = await executor
    .select(evaluationSelection)
    .from(selfEvaluations)
    .innerJoin(projects, eq(projects.id, selfEvaluations.projectId))
    .where(inArray(projects.unitYearId, [...unitYearIds]))
    .orderBy(asc(projects.position));
  return new Map(rows.map((row) => [row.evaluation.projectId, toStoredEvaluation(row)]));
}

/**
 * Saves the self-evaluation of `projectId` if it is still at `expectedVersion` (0: none saved yet), replacing
 * its indicator rows; returns its id, or null when another save came first.
 */
export async function saveEvaluationRows(tx: Orm, target: { projectId: string; expectedVersion: number; at: Date }, input: EvaluationInput): Promise<string | null> {
  const columns = {
    adjustedBudget: input.adjustedBudget,
    spent: input.spent,
    adjustedBudgetFiscal: input.adjustedBudgetBySource.fiscal,
    adjustedBudgetCarryover: input.adjustedBudgetBySource.carryover,
    adjustedBudgetOther: input.adjustedBudgetBySource.other,
    spentFiscal: input.spentBySource.fiscal,
    spentCarryover: input.spentBySource.carryover,
    spentOther: input.spentBySource.other,
    executionExplanation: input.executionExplanation,
    goalCompletion: input.goalCompletion,
    executionWeight: input.executionWeight?.weight ?? null,
    executionWeightReason: input.executionWeight?.reason ?? null,
    levelWeights: input.levelWeights,
    updatedAt: target.at,
  };
  const [saved] =
    target.expectedVersion === 0
      ? await tx
          .insert(selfEvaluations)
          .values({ ...columns, id: randomUUID(), projectId: target.projectId, createdAt: target.at })
          .onConflictDoNothing()
          .returning({ id: selfEvaluations.id })
      : await tx
          .update(selfEvaluations)
          .set({ ...columns, version: sql`${selfEvaluations.version} + 1` })
          .where(and(eq(selfEvaluations.projectId, target.projectId), eq(selfEvaluations.version, target.expectedVersion)))
          .returning({ id: selfEvaluations.id });
  if (!saved) return null;
  await tx.delete(selfEvaluationIndicators).where(eq(selfEvaluationIndicators.evaluationId, saved.id));
  if (input.indicators.length > 0) {
    await tx.insert(selfEvaluationIndicators).values(
      input.indicators.map((row, position) => ({
        id: randomUUID(),
        evaluationId: saved.id,
        indicatorId: row.indicatorId,
        position,
        actual: row.actual,
        explanation: row.explanation,
        notApplicable: row.notApplicable,
        weight: row.weight?.weight ?? null,
        weightReason: row.weight?.reason ?? null,
      })),
    );
  }
  return saved.id;
}
