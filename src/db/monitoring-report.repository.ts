/**
 * Monitoring reports (a project's figures in a round) with their indicator rows: read a unit's reports in one
 * statement, save one under optimistic concurrency (version 0: none saved yet), the rows replaced whole.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { fen, type Fen } from '../core/money';
import type { IndicatorReport } from '../core/monitoring/types';
import { lastEditorOf, type LastEditor } from './audit.repository';
import type { Orm } from './database';
import { decodeJsonRows, jsonRows, outerColumn } from './json-rows';
import { monitoringIndicatorReports, monitoringReports, projects } from './schema';

/** One indicator row as stored, pointing at its indicator by id (the core's row counts by position). */
export type StoredIndicatorReport = Omit<IndicatorReport, 'indicator'> & { indicatorId: string };

/** The figures of a report, as saved. */
export interface ReportInput {
  spent: Fen;
  expectedSpent: Fen;
  overspendExplanation: string;
  indicators: StoredIndicatorReport[];
}

export interface StoredReport extends ReportInput {
  id: string;
  projectId: string;
  version: number;
  updatedAt: Date;
  /** Who saved it last, from the audit trail. */
  updatedBy: LastEditor | null;
}

const lastChange = lastEditorOf('monitoring_report', monitoringReports.id);

const reportSelection = {
  report: monitoringReports,
  updatedBy: lastChange,
  rows: jsonRows(monitoringIndicatorReports, sql`${monitoringIndicatorReports.reportId} = ${outerColumn(monitoringReports.id)}`, sql`${monitoringIndicatorReports.position}`),
};

type ReportRow = { report: typeof monitoringReports.$inferSelect; updatedBy: StoredReport['updatedBy']; rows: unknown };

function toStoredReport({ report, updatedBy, rows }: ReportRow): StoredReport {
  return {
    id: report.id,
    projectId: report.projectId,
    spent: fen(report.spent),
    expectedSpent: fen(report.expectedSpent),
    overspendExplanation: report.overspendExplanation,
    indicators: decodeJsonRows(monitoringIndicatorReports, rows).map((row) => ({
      indicatorId: row.indicatorId,
      progress: row.progress,
      expected: row.expected,
      likelihood: row.likelihood,
      causes: row.causes,
      remark: row.remark,
      rectification: { needed: row.rectificationNeeded, action: row.rectificationAction },
    })),
    version: report.version,
    updatedAt: report.updatedAt,
    updatedBy,
  };
}

/** The reports in a round of the projects of these unit years, by project id (one statement however many). */
export async function listUnitReports(executor: Orm, roundId: string, unitYearIds: readonly string[]): Promise<Map<string, StoredReport>> {
  if (unitYearIds.length === 0) return new Map();
  const rows = await executor
    .select(reportSelection)
    .from(monitoringReports)
    .innerJoin(projects, eq(projects.id, monitoringReports.projectId))
    .where(and(eq(monitoringReports.roundId, roundId), inArray(projects.unitYearId, [...unitYearIds])))
    .orderBy(asc(projects.position));
  return new Map(rows.map((row) => [row.report.projectId, toStoredReport(row)]));
}

/** The report of a project in a round, or null. */
export async function findReport(executor: Orm, roundId: string, projectId: string): Promise<StoredReport | null> {
  const [row] = await executor
    .select(reportSelection)
    .from(monitoringReports)
    .where(and(eq(monitoringReports.roundId, roundId), eq(monitoringReports.projectId, projectId)));
  return row ? toStoredReport(row) : null;
}

/**
 * Saves the report of `projectId` in `roundId` if it is still at `expectedVersion` (0: none saved yet),
 * replacing its indicator rows; returns the report's id, or null when another save came first.
 */
export async function saveReportRows(tx: Orm, target: { roundId: string; projectId: string; expectedVersion: number; at: Date }, input: ReportInput): Promise<string | null> {
  const columns = { spent: input.spent, expectedSpent: input.expectedSpent, overspendExplanation: input.overspendExplanation, updatedAt: target.at };
  const [saved] =
    target.expectedVersion === 0
      ? await tx
          .insert(monitoringReports)
          .values({ ...columns, id: randomUUID(), roundId: target.roundId, projectId: target.projectId, createdAt: target.at })
          .onConflictDoNothing()
          .returning({ id: monitoringReports.id })
      : await tx
          .update(monitoringReports)
          .set({ ...columns, version: sql`${monitoringReports.version} + 1` })
          .where(and(eq(monitoringReports.roundId, target.roundId), eq(monitoringReports.projectId, target.projectId), eq(monitoringReports.version, target.expectedVersion)))
          .returning({ id: monitoringReports.id });
  if (!saved) return null;
  await tx.delete(monitoringIndicatorReports).where(eq(monitoringIndicatorReports.reportId, saved.id));
  if (input.indicators.length > 0) {
    await tx.insert(monitoringIndicatorReports).values(
      input.indicators.map((row, position) => ({
        id: randomUUID(),
        reportId: saved.id,
        indicatorId: row.indicatorId,
        position,
        progress: row.progress,
        expected: row.expected,
        likelihood: row.likelihood,
        causes: row.causes,
        remark: row.remark,
        rectificationNeeded: row.rectification.needed,
        rectificationAction: row.rectification.action,
      })),
    );
  }
  return saved.id;
}
