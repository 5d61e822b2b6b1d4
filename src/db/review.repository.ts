/**
 * The automatic review's findings, stored per unit year and replaced whenever the unit year changes (import,
 * edit). A finding points at its project and indicator by id, so that it follows them when they move.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Severity } from '../core/finding';
import type { ReviewFinding, RuleFamily } from '../core/review';
import type { Database, Orm } from './database';
import { insertRows } from './multi-row-insert';
import { indicators, projects, reviewFindings, unitYears } from './schema';

/** Ids of a unit year's projects by position, and of each project's indicators by position. */
export interface PositionIds {
  projectIds: string[];
  indicatorIds: string[][];
}

export interface ReviewToStore {
  /** The id of the rule pack the findings come from. */
  packId: string;
  findings: ReviewFinding[];
}

const reviewKeys = [
  'id', 'unitYearId', 'projectId', 'indicatorId', 'position', 'code', 'family', 'severity', 'message', 'suggestion', 'location', 'evidence',
] as const;

function findingRows(unitYearId: string, findings: ReviewFinding[], ids: PositionIds): (typeof reviewFindings.$inferInsert)[] {
  return findings.map((finding, position) => {
    const projectIndex = finding.location.project === undefined ? undefined : finding.location.project - 1;
    const projectId = projectIndex === undefined ? null : (ids.projectIds[projectIndex] ?? null);
    const indicatorIndex = finding.location.indicator === undefined ? undefined : finding.location.indicator - 1;
    const indicatorId = projectIndex === undefined || indicatorIndex === undefined ? null : (ids.indicatorIds[projectIndex]?.[indicatorIndex] ?? null);
    const { code, family, severity, message, suggestion, location, evidence = [] } = finding;
    return { id: randomUUID(), unitYearId, projectId, indicatorId, position, code, family, severity, message, suggestion: suggestion ?? null, location, evidence };
  });
}

/** Inserts the findings of a freshly stored unit year (ids known from its rows) and records the pack. */
export async function insertReviewFindings(tx: Orm, unitYearId: string, review: ReviewToStore, ids: PositionIds): Promise<void> {
  await insertRows(tx, reviewFindings, reviewKeys, findingRows(unitYearId, review.findings, ids));
  await tx.update(unitYears).set({ reviewPack: review.packId }).where(eq(unitYears.id, unitYearId));
}

/** The ids of a stored unit year's projects and indicators by position. */
export async function positionIds(tx: Orm, unitYearId: string): Promise<PositionIds> {
  const projectRows = await tx.select({ id: projects.id }).from(projects).where(eq(projects.unitYearId, unitYearId)).orderBy(asc(projects.position));
  const indicatorRows = await tx
    .select({ id: indicators.id, projectId: indicators.projectId })
    .from(indicators)
    .innerJoin(projects, eq(projects.id, indicators.projectId))
    .where(eq(projects.unitYearId, unitYearId))
    .orderBy(asc(projects.position), asc(indicators.position));
  return groupPositionIds(projectRows.map((row) => row.id), indicatorRows);
}

/** Projects' ids in order, and their indicators' ids in order (rows given in project, then indicator order). */
export function groupPositionIds(projectIds: string[], indicatorRows: readonly { id: string; projectId: string }[]): PositionIds {
  const byProject = new Map(projectIds.map((projectId) => [projectId, [] as string[]]));
  for (const row of indicatorRows) byProject.get(row.projectId)?.push(row.id);
  return { projectIds, indicatorIds: projectIds.map((projectId) => byProject.get(projectId) ?? []) };
}

/** Replaces a stored unit year's findings after it changed (inside the change's transaction). */
export async function replaceReviewFindings(tx: Orm, unitYearId: string, review: ReviewToStore): Promise<void> {
  await tx.delete(reviewFindings).where(eq(reviewFindings.unitYearId, unitYearId));
  await insertReviewFindings(tx, unitYearId, review, await positionIds(tx, unitYearId));
}

export interface ReviewFindingFilter {
  unitYearId: string;
  projectId?: string;
  indicatorId?: string;
  severity?: Severity;
  family?: RuleFamily;
  code?: string;
}

export type StoredReviewFinding = Omit<typeof reviewFindings.$inferSelect, 'createdAt' | 'unitYearId'>;

/** A unit year's findings in review order (project, indicator, rule), filtered. */
export async function listReviewFindings(db: Database | Orm, filter: ReviewFindingFilter): Promise<StoredReviewFinding[]> {
  const orm = 'orm' in db ? db.orm : db;
  const conditions: SQL[] = [eq(reviewFindings.unitYearId, filter.unitYearId)];
  if (filter.projectId) conditions.push(eq(reviewFindings.projectId, filter.projectId));
  if (filter.indicatorId) conditions.push(eq(reviewFindings.indicatorId, filter.indicatorId));
  if (filter.severity) conditions.push(eq(reviewFindings.severity, filter.severity));
  if (filter.family) conditions.push(eq(reviewFindings.family, filter.family));
  if (filter.code) conditions.push(eq(reviewFindings.code, filter.code));
  const rows = await orm.select().from(reviewFindings).where(and(...conditions)).orderBy(asc(reviewFindings.position));
  return rows.map(({ createdAt: _createdAt, unitYearId: _unitYearId, ...row }) => row);
}
