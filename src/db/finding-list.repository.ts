/**
 * Review findings across unit years, for the review page: filtered within a scope, each with its unit, project
 * and indicator names, in a stable order (unit code, year, the engine's order), paged in SQL.
 */
import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { ScopeFilter } from '../core/access/policy';
import type { Severity } from '../core/finding';
import type { RuleFamily } from '../core/review';
import type { UnitYearStatus } from '../core/workflow/unit-year-status';
import type { Orm } from './database';
import type { ReviewFindingRow } from './project.repository';
import { indicators, projects, reviewFindings, units, unitYears } from './schema';
import { containsPattern } from './scope-condition';
import { unitYearScopeCondition, type SeverityCounts } from './unit-year-list.repository';

export interface FindingListFilter {
  scope: ScopeFilter;
  year?: number;
  divisionCode?: string;
  unitYearId?: string;
  projectId?: string;
  severity?: Severity;
  family?: RuleFamily;
  code?: string;
  /** Part of the unit, project or indicator name or of the message, matched literally. */
  text?: string;
  limit: number;
  offset: number;
}

export interface FindingListRecord extends ReviewFindingRow {
  unit: { id: string; code: string; name: string; divisionCode: string | null };
  year: number;
  status: UnitYearStatus;
  project: { id: string; code: string; name: string } | null;
  indicator: { id: string; name: string } | null;
}

function findingConditions(filter: FindingListFilter, withSeverity = true): (SQL | undefined)[] {
  const text = filter.text === undefined ? undefined : containsPattern(filter.text);
  return [
    unitYearScopeCondition(filter.scope),
    filter.year === undefined ? undefined : eq(unitYears.year, filter.year),
    filter.divisionCode === undefined ? undefined : eq(units.divisionCode, filter.divisionCode),
    filter.unitYearId === undefined ? undefined : eq(reviewFindings.unitYearId, filter.unitYearId),
    filter.projectId === undefined ? undefined : eq(reviewFindings.projectId, filter.projectId),
    filter.severity === undefined || !withSeverity ? undefined : eq(reviewFindings.severity, filter.severity),
    filter.family === undefined ? undefined : eq(reviewFindings.family, filter.family),
    filter.code === undefined ? undefined : eq(reviewFindings.code, filter.code),
    text === undefined
      ? undefined
      : or(ilike(units.name, text), ilike(projects.name, text), ilike(indicators.name, text), ilike(reviewFindings.message, text)),
  ];
}

/**
 * One page of the findings within the filter, and how many match: in all, and by severity (without the
 * severity filter, so that a page filtered to errors still shows how many warnings there are).
 */
export async function listFindingPage(executor: Orm, filter: FindingListFilter): Promise<{ rows: FindingListRecord[]; total: number; bySeverity: SeverityCounts }> {
  const rows = await executor
    .select({
      finding: reviewFindings,
      unit: { id: units.id, code: units.code, name: units.name, divisionCode: units.divisionCode },
      year: unitYears.year,
      status: unitYears.status,
      projectId: projects.id,
      projectCode: projects.code,
      projectName: projects.name,
      indicatorId: indicators.id,
      indicatorName: indicators.name,
    })
    .from(reviewFindings)
    .innerJoin(unitYears, eq(unitYears.id, reviewFindings.unitYearId))
    .innerJoin(units, eq(units.id, unitYears.unitId))
    .leftJoin(projects, eq(projects.id, reviewFindings.projectId))
    .leftJoin(indicators, eq(indicators.id, reviewFindings.indicatorId))
    .where(and(...findingConditions(filter)))
    .orderBy(asc(units.code), asc(unitYears.year), asc(reviewFindings.position))
    .limit(filter.limit)
    .offset(filter.offset);
  const bySeverity = await countBySeverity(executor, filter);
  const total = filter.severity === undefined ? bySeverity.error + bySeverity.warning + bySeverity.info : bySeverity[filter.severity];
  return { rows: rows.map(toRecord), total, bySeverity };
}

/** The findings within the filter, except its severity, counted by severity. */
async function countBySeverity(executor: Orm, filter: FindingListFilter): Promise<SeverityCounts> {
  const counts = await executor
    .select({ severity: reviewFindings.severity, total: count() })
    .from(reviewFindings)
    .innerJoin(unitYears, eq(unitYears.id, reviewFindings.unitYearId))
    .innerJoin(units, eq(units.id, unitYears.unitId))
    .leftJoin(projects, eq(projects.id, reviewFindings.projectId))
    .leftJoin(indicators, eq(indicators.id, reviewFindings.indicatorId))
    .where(and(...findingConditions(filter, false)))
    .groupBy(reviewFindings.severity);
  const bySeverity: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const { severity, total } of counts) bySeverity[severity] = total;
  return bySeverity;
}

type FindingRow = {
  finding: typeof reviewFindings.$inferSelect;
  unit: FindingListRecord['unit'];
  year: number;
  status: UnitYearStatus;
  projectId: string | null;
  projectCode: string | null;
  projectName: string | null;
  indicatorId: string | null;
  indicatorName: string | null;
};

function toRecord(row: FindingRow): FindingListRecord {
  const { createdAt: _createdAt, ...finding } = row.finding;
  return {
    ...finding,
    unit: row.unit,
    year: row.year,
    status: row.status,
    project: row.projectId && row.projectCode !== null && row.projectName !== null ? { id: row.projectId, code: row.projectCode, name: row.projectName } : null,
    indicator: row.indicatorId && row.indicatorName !== null ? { id: row.indicatorId, name: row.indicatorName } : null,
  };
}
