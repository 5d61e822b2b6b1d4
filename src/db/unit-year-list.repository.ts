/**
 * Unit years at a glance, within a caller's scope: the years present, summaries with counts (projects,
 * indicators, budget, findings by severity, grades), findings by rule family, and the spending plans a
 * dashboard draws. Chinese names are sorted in JS (PGlite has no ICU collations).
 */
import { and, asc, desc, eq, ilike, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { ScopeFilter } from '../core/access/policy';
import type { RuleFamily } from '../core/review';
import { fen, type Fen } from '../core/money';
import type { SpendingCheckpoint } from '../core/model';
import type { ReviewGrade, UnitYearStatus } from '../core/workflow/unit-year-status';
import type { Orm } from './database';
import { indicators, projects, reviewFindings, spendingCheckpoints, units, unitYears } from './schema';
import { containsPattern } from './scope-condition';
import { isUuid } from './user.repository';

/** The WHERE condition of unit years within `scope`; the public sees published ones only. */
export function unitYearScopeCondition(scope: ScopeFilter): SQL | undefined {
  switch (scope.kind) {
    case 'everything':
      return undefined;
    case 'division':
      return eq(units.divisionCode, scope.divisionCode);
    case 'unit':
      return eq(unitYears.unitId, scope.unitId);
    case 'published':
      return isNotNull(unitYears.publishedAt);
    case 'nothing':
      return sql`false`;
  }
}

export interface UnitYearFilter {
  scope: ScopeFilter;
  year?: number;
  divisionCode?: string;
  unitId?: string;
  status?: UnitYearStatus;
  /** Part of the unit's name or code, matched literally. */
  text?: string;
  /** Only these unit years (one, for a detail). */
  ids?: string[];
}

export type SeverityCounts = { error: number; warning: number; info: number };
export type GradeCounts = Record<ReviewGrade, number> & { ungraded: number };

export interface UnitYearSummaryRecord {
  id: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  divisionCode: string | null;
  year: number;
  moneyUnit: '万元' | '元';
  status: UnitYearStatus;
  statusComment: string | null;
  submittedAt: Date | null;
  publishedAt: Date | null;
  reviewPack: string | null;
  updatedAt: Date;
  version: number;
  projectCount: number;
  indicatorCount: number;
  budgetTotal: Fen;
  findings: SeverityCounts;
  grades: GradeCounts;
}

function unitYearConditions(filter: UnitYearFilter): (SQL | undefined)[] {
  return [
    unitYearScopeCondition(filter.scope),
    filter.year === undefined ? undefined : eq(unitYears.year, filter.year),
    filter.divisionCode === undefined ? undefined : eq(units.divisionCode, filter.divisionCode),
    filter.unitId === undefined ? undefined : eq(unitYears.unitId, filter.unitId),
    filter.status === undefined ? undefined : eq(unitYears.status, filter.status),
    filter.ids === undefined ? undefined : inArray(unitYears.id, filter.ids),
    filter.text === undefined ? undefined : or(ilike(units.name, containsPattern(filter.text)), ilike(units.code, containsPattern(filter.text))),
  ];
}

/** The fiscal years with a unit year in `scope`, newest first. */
export async function listYearsInScope(executor: Orm, scope: ScopeFilter): Promise<number[]> {
  const rows = await executor
    .selectDistinct({ year: unitYears.year })
    .from(unitYears)
    .innerJoin(units, eq(units.id, unitYears.unitId))
    .where(unitYearScopeCondition(scope))
    .orderBy(desc(unitYears.year));
  return rows.map((row) => row.year);
}

const countWhere = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

function projectStatsQuery(executor: Orm) {
  const graded = (grade: ReviewGrade) => countWhere(sql`${projects.reviewGrade} = ${grade}`);
  return executor
    .select({
      unitYearId: projects.unitYearId,
      projectCount: sql<number>`count(*)`.mapWith(Number).as('project_count'),
      // sum(bigint) is numeric, which drivers return as text; the total of fen stays a safe integer.
      budgetTotal: sql<string>`sum(${projects.budgetTotal})`.as('budget_total'),
      excellent: graded('优').as('grade_excellent'),
      good: graded('良').as('grade_good'),
      fair: graded('中').as('grade_fair'),
      poor: graded('差').as('grade_poor'),
    })
    .from(projects)
    .groupBy(projects.unitYearId)
    .as('project_stats');
}

function indicatorStatsQuery(executor: Orm) {
  return executor
    .select({ unitYearId: projects.unitYearId, indicatorCount: sql<number>`count(*)`.mapWith(Number).as('indicator_count') })
    .from(indicators)
    .innerJoin(projects, eq(projects.id, indicators.projectId))
    .groupBy(projects.unitYearId)
    .as('indicator_stats');
}

function findingStatsQuery(executor: Orm) {
  const bySeverity = (severity: string) => countWhere(sql`${reviewFindings.severity} = ${severity}`);
  return executor
    .select({
      unitYearId: reviewFindings.unitYearId,
      errors: bySeverity('error').as('finding_errors'),
      warnings: bySeverity('warning').as('finding_warnings'),
      infos: bySeverity('info').as('finding_infos'),
    })
    .from(reviewFindings)
    .groupBy(reviewFindings.unitYearId)
    .as('finding_stats');
}

const chineseOrder = new Intl.Collator('zh-CN');

/**
 * The unit years within the filter, with their counts, sorted by unit name (zh-CN, so by pinyin), unit code,
 * then year (newest first). All of them: a county has hundreds, so the caller pages in JS after sorting.
 */
export async function listUnitYearSummaries(executor: Orm, filter: UnitYearFilter): Promise<UnitYearSummaryRecord[]> {
  const projectStats = projectStatsQuery(executor);
  const indicatorStats = indicatorStatsQuery(executor);
  const findingStats = findingStatsQuery(executor);
  const zero = (value: SQL.Aliased<number>) => sql`coalesce(${value}, 0)`.mapWith(Number);
  const rows = await executor
    .select({
      unitYear: unitYears,
      unit: { code: units.code, name: units.name, divisionCode: units.divisionCode },
      projectCount: zero(projectStats.projectCount),
      indicatorCount: zero(indicatorStats.indicatorCount),
      budgetTotal: sql`coalesce(${projectStats.budgetTotal}, 0)`.mapWith((value: string | number) => fen(Number(value))),
      excellent: zero(projectStats.excellent),
      good: zero(projectStats.good),
      fair: zero(projectStats.fair),
      poor: zero(projectStats.poor),
      errors: zero(findingStats.errors),
      warnings: zero(findingStats.warnings),
      infos: zero(findingStats.infos),
    })
    .from(unitYears)
    .innerJoin(units, eq(units.id, unitYears.unitId))
    .leftJoin(projectStats, eq(projectStats.unitYearId, unitYears.id))
    .leftJoin(indicatorStats, eq(indicatorStats.unitYearId, unitYears.id))
    .leftJoin(findingStats, eq(findingStats.unitYearId, unitYears.id))
    .where(and(...unitYearConditions(filter)));
  return rows.map(toSummary).sort((a, b) => chineseOrder.compare(a.unitName, b.unitName) || compareText(a.unitCode, b.unitCode) || b.year - a.year);
}

interface SummaryRow {
  unitYear: typeof unitYears.$inferSelect;
  unit: { code: string; name: string; divisionCode: string | null };
  projectCount: number;
  indicatorCount: number;
  budgetTotal: Fen;
  excellent: number;
  good: number;
  fair: number;
  poor: number;
  errors: number;
  warnings: number;
  infos: number;
}

function toSummary(row: SummaryRow): UnitYearSummaryRecord {
  const { unitYear, unit } = row;
  const gradedCount = row.excellent + row.good + row.fair + row.poor;
  return {
    id: unitYear.id,
    unitId: unitYear.unitId,
    unitCode: unit.code,
    unitName: unit.name,
    divisionCode: unit.divisionCode,
    year: unitYear.year,
    moneyUnit: unitYear.moneyUnit,
    status: unitYear.status,
    statusComment: unitYear.statusComment,
    submittedAt: unitYear.submittedAt,
    publishedAt: unitYear.publishedAt,
    reviewPack: unitYear.reviewPack,
    updatedAt: unitYear.updatedAt,
    version: unitYear.version,
    projectCount: row.projectCount,
    indicatorCount: row.indicatorCount,
    budgetTotal: row.budgetTotal,
    findings: { error: row.errors, warning: row.warnings, info: row.infos },
    grades: { 优: row.excellent, 良: row.good, 中: row.fair, 差: row.poor, ungraded: row.projectCount - gradedCount },
  };
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

export interface FamilyCount {
  family: RuleFamily;
  severity: 'error' | 'warning' | 'info';
  count: number;
}

/** Findings of the unit years within the filter, counted by rule family and severity. */
export async function countFindingsByFamily(executor: Orm, filter: UnitYearFilter): Promise<FamilyCount[]> {
  return executor
    .select({ family: reviewFindings.family, severity: reviewFindings.severity, count: sql<number>`count(*)`.mapWith(Number) })
    .from(reviewFindings)
    .innerJoin(unitYears, eq(unitYears.id, reviewFindings.unitYearId))
    .innerJoin(units, eq(units.id, unitYears.unitId))
    .where(and(...unitYearConditions(filter)))
    .groupBy(reviewFindings.family, reviewFindings.severity);
}

export interface PlannedProjectRecord {
  unitYearId: string;
  projectId: string;
  budget: Fen;
  spendingPlan: SpendingCheckpoint[];
}

/** The budget and spending plan of every project of the unit years within the filter, in document order. */
export async function listSpendingPlans(executor: Orm, filter: UnitYearFilter): Promise<PlannedProjectRecord[]> {
  const rows = await executor
    .select({
      unitYearId: projects.unitYearId,
      projectId: projects.id,
      budget: projects.budgetTotal,
      checkpoint: spendingCheckpoints.label,
      month: spendingCheckpoints.month,
      percent: spendingCheckpoints.percent,
      raw: spendingCheckpoints.raw,
    })
    .from(projects)
    .innerJoin(unitYears, eq(unitYears.id, projects.unitYearId))
    .innerJoin(units, eq(units.id, unitYears.unitId))
    .leftJoin(spendingCheckpoints, eq(spendingCheckpoints.projectId, projects.id))
    .where(and(...unitYearConditions(filter)))
    .orderBy(asc(projects.unitYearId), asc(projects.position), asc(spendingCheckpoints.position));
  const byProject = new Map<string, PlannedProjectRecord>();
  for (const row of rows) {
    let project = byProject.get(row.projectId);
    if (!project) {
      project = { unitYearId: row.unitYearId, projectId: row.projectId, budget: fen(row.budget), spendingPlan: [] };
      byProject.set(row.projectId, project);
    }
    if (row.checkpoint !== null && row.month !== null && row.raw !== null) {
      project.spendingPlan.push({ checkpoint: row.checkpoint, month: row.month, percent: row.percent, raw: row.raw });
    }
  }
  return [...byProject.values()];
}

/** The summary of the unit year with this id, or null (also for a malformed id). Scope is the caller's to check. */
export async function findUnitYearSummary(executor: Orm, unitYearId: string): Promise<UnitYearSummaryRecord | null> {
  if (!isUuid(unitYearId)) return null;
  const [summary] = await listUnitYearSummaries(executor, { scope: { kind: 'everything' }, ids: [unitYearId] });
  return summary ?? null;
}
