/**
 * Projects (预算项目) one at a time: where one sits (its unit year and unit), the whole target table in three
 * queries, edits under optimistic concurrency (`UPDATE … WHERE id = $1 AND version = $2`), and the project
 * rows of a unit year.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import { fen, type Fen } from '../core/money';
import type { SpendingCheckpoint } from '../core/model';
import type { ReviewGrade, UnitYearStatus } from '../core/workflow/unit-year-status';
import { lastEditorOf, type LastEditor } from './audit.repository';
import type { Orm } from './database';
import { indicators, projects, reviewFindings, spendingCheckpoints, units, unitYears } from './schema';
import { decodeJsonRows, jsonRows, outerColumn } from './json-rows';
import { isUuid } from './user.repository';

export type ProjectRow = typeof projects.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;
export type ReviewFindingRow = Omit<typeof reviewFindings.$inferSelect, 'createdAt'>;

/** A project with where it sits: its unit year (status, publication, money unit) and unit. */
export interface ProjectHead {
  project: ProjectRow;
  unitYear: { id: string; year: number; status: UnitYearStatus; publishedAt: Date | null; moneyUnit: '万元' | '元' };
  unit: { id: string; code: string; name: string; divisionCode: string | null };
}

export interface ProjectTable {
  head: ProjectHead;
  spendingPlan: SpendingCheckpoint[];
  /** Who changed the project last, from the audit trail; null when nobody has since it was imported. */
  updatedBy: LastEditor | null;
  indicators: IndicatorRow[];
  findings: ReviewFindingRow[];
}

const headColumns = {
  project: projects,
  unitYear: { id: unitYears.id, year: unitYears.year, status: unitYears.status, publishedAt: unitYears.publishedAt, moneyUnit: unitYears.moneyUnit },
  unit: { id: units.id, code: units.code, name: units.name, divisionCode: units.divisionCode },
};

/** The project with this id and where it sits, or null (also for a malformed id). Scope is the caller's to check. */
export async function findProjectHead(executor: Orm, projectId: string): Promise<ProjectHead | null> {
  if (!isUuid(projectId)) return null;
  const [row] = await executor
    .select(headColumns)
    .from(projects)
    .innerJoin(unitYears, eq(unitYears.id, projects.unitYearId))
    .innerJoin(units, eq(units.id, unitYears.unitId))
    .where(eq(projects.id, projectId));
  return row ?? null;
}

/** The spending plan as one JSON array, so that the project and its plan come in one query. */
const spendingPlanJson = sql<SpendingCheckpoint[]>`(SELECT coalesce(json_agg(json_build_object(
    'checkpoint', ${spendingCheckpoints.label}, 'month', ${spendingCheckpoints.month},
    'percent', ${spendingCheckpoints.percent}, 'raw', ${spendingCheckpoints.raw}) ORDER BY ${spendingCheckpoints.position}), '[]'::json)
  FROM ${spendingCheckpoints} WHERE ${spendingCheckpoints.projectId} = ${outerColumn(projects.id)})`;

const tableSelection = {
  ...headColumns,
  spendingPlan: spendingPlanJson,
  updatedBy: lastEditorOf('project', projects.id),
  indicators: jsonRows(indicators, sql`${indicators.projectId} = ${outerColumn(projects.id)}`, sql`${indicators.position}`),
  findings: jsonRows(reviewFindings, sql`${reviewFindings.projectId} = ${outerColumn(projects.id)}`, sql`${reviewFindings.position}`),
};

function prepareTableQuery(executor: Orm) {
  return executor
    .select(tableSelection)
    .from(projects)
    .innerJoin(unitYears, eq(unitYears.id, projects.unitYearId))
    .innerJoin(units, eq(units.id, unitYears.unitId))
    .where(eq(projects.id, sql.placeholder('projectId')))
    .prepare('load_project_table');
}

/** The hot read of the API is prepared once per database (PostgreSQL then plans it once per connection). */
const preparedTableQueries = new WeakMap<Orm, ReturnType<typeof prepareTableQuery>>();

/**
 * The whole target table of a project — the project with its unit year and unit, spending plan, indicators,
 * stored findings and last change — in one statement (one round trip, one consistent snapshot), or null.
 */
export async function loadProjectTable(executor: Orm, projectId: string): Promise<ProjectTable | null> {
  if (!isUuid(projectId)) return null;
  let query = preparedTableQueries.get(executor);
  if (!query) {
    query = prepareTableQuery(executor);
    preparedTableQueries.set(executor, query);
  }
  const [row] = await query.execute({ projectId });
  if (!row) return null;
  const { spendingPlan, updatedBy, indicators: indicatorJson, findings: findingJson, ...head } = row;
  return {
    head,
    spendingPlan: spendingPlan.map(withNumericPercent),
    updatedBy,
    indicators: decodeJsonRows(indicators, indicatorJson),
    findings: decodeJsonRows(reviewFindings, findingJson).map(({ createdAt: _createdAt, ...finding }) => finding),
  };
}

/** json_build_object gives numeric as a JSON number on both drivers; a string would be a driver's choice: read it as a number. */
function withNumericPercent(checkpoint: SpendingCheckpoint): SpendingCheckpoint {
  return { ...checkpoint, percent: checkpoint.percent === null ? null : Number(checkpoint.percent) };
}

const { createdAt: _createdAt, ...findingColumns } = getTableColumns(reviewFindings);

/** A project's stored review findings in review order. */
export async function listProjectFindings(executor: Orm, projectId: string): Promise<ReviewFindingRow[]> {
  return executor.select(findingColumns).from(reviewFindings).where(eq(reviewFindings.projectId, projectId)).orderBy(asc(reviewFindings.position));
}

export interface ProjectChanges {
  name?: string;
  budgetTotal?: Fen;
  budgetFiscal?: Fen;
  budgetOther?: Fen;
  budgetTotalRaw?: string;
  budgetFiscalRaw?: string;
  budgetOtherRaw?: string;
  purpose?: string;
  goals?: string[];
  reviewGrade?: ReviewGrade;
  reviewComment?: string;
  gradedBy?: string | null;
  gradedAt?: Date;
}

/**
 * Applies `changes` (possibly none: a bump of the version, e.g. for a new indicator order) if the project is
 * still at `expectedVersion`. Returns the updated row, or null when another change came first (or it is gone).
 */
export async function updateProjectRow(tx: Orm, target: { id: string; expectedVersion: number; at: Date }, changes: ProjectChanges): Promise<ProjectRow | null> {
  const [row] = await tx
    .update(projects)
    .set({ ...changes, version: sql`${projects.version} + 1`, updatedAt: target.at })
    .where(and(eq(projects.id, target.id), eq(projects.version, target.expectedVersion)))
    .returning();
  return row ?? null;
}

/** Replaces a project's spending plan (in the edit's transaction). */
export async function replaceSpendingPlan(tx: Orm, projectId: string, plan: readonly SpendingCheckpoint[]): Promise<void> {
  await tx.delete(spendingCheckpoints).where(eq(spendingCheckpoints.projectId, projectId));
  if (plan.length === 0) return;
  await tx.insert(spendingCheckpoints).values(
    plan.map((checkpoint, position) => ({
      id: randomUUID(),
      projectId,
      position,
      label: checkpoint.checkpoint,
      month: checkpoint.month,
      percent: checkpoint.percent,
      raw: checkpoint.raw,
    })),
  );
}

/** A project of a unit year's list: budget, plan, counts, grade. */
export interface ProjectListRow {
  id: string;
  position: number;
  code: string;
  name: string;
  budget: { total: Fen; fiscal: Fen; other: Fen };
  spendingPlan: SpendingCheckpoint[];
  indicatorCount: number;
  findings: { error: number; warning: number; info: number };
  reviewGrade: ReviewGrade | null;
  version: number;
}

/** The projects of a unit year in document order, with their plans, indicator counts and findings by severity. */
export async function listProjectRows(executor: Orm, unitYearId: string): Promise<ProjectListRow[]> {
  const countOf = (condition: SQL) => sql<number>`(${condition})`.mapWith(Number);
  const findingsOf = (severity: string) =>
    countOf(sql`SELECT count(*) FROM ${reviewFindings} WHERE ${reviewFindings.projectId} = ${outerColumn(projects.id)} AND ${reviewFindings.severity} = ${severity}`);
  const rows = await executor
    .select({
      project: projects,
      spendingPlan: spendingPlanJson,
      indicatorCount: countOf(sql`SELECT count(*) FROM ${indicators} WHERE ${indicators.projectId} = ${outerColumn(projects.id)}`),
      errors: findingsOf('error'),
      warnings: findingsOf('warning'),
      infos: findingsOf('info'),
    })
    .from(projects)
    .where(eq(projects.unitYearId, unitYearId))
    .orderBy(asc(projects.position));
  return rows.map(({ project, spendingPlan, indicatorCount, errors, warnings, infos }) => ({
    id: project.id,
    position: project.position,
    code: project.code,
    name: project.name,
    budget: { total: fen(project.budgetTotal), fiscal: fen(project.budgetFiscal), other: fen(project.budgetOther) },
    spendingPlan: spendingPlan.map(withNumericPercent),
    indicatorCount,
    findings: { error: errors, warning: warnings, info: infos },
    reviewGrade: project.reviewGrade,
    version: project.version,
  }));
}

/** Bumps the project's version (its list of indicators changed); returns the new version, or null when it is gone. */
export async function touchProject(tx: Orm, projectId: string, at: Date): Promise<number | null> {
  const [row] = await tx
    .update(projects)
    .set({ version: sql`${projects.version} + 1`, updatedAt: at })
    .where(eq(projects.id, projectId))
    .returning({ version: projects.version });
  return row?.version ?? null;
}
