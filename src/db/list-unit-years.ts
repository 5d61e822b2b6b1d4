/**
 * The stored unit years at a glance, for lists and dashboards.
 */
import { eq, sql } from 'drizzle-orm';
import { fen, type Fen } from '../core/money';
import type { Database, Orm } from './database';
import { imports, indicators, projects, units, unitYears } from './schema';
import { outerColumn } from './json-rows';

export interface UnitYearSummary {
  unitYearId: string;
  unitCode: string;
  unitName: string;
  divisionCode: string | null;
  year: number;
  projectCount: number;
  indicatorCount: number;
  /** The sum of the projects' budgets (预算数). */
  budgetTotal: Fen;
  /** When the unit year was last imported; null if it was stored without an import (none so far). */
  lastImportedAt: Date | null;
  /** The version of the unit year record, for optimistic concurrency. */
  version: number;
}

/** PGlite has no ICU collations, so Chinese names are ordered here rather than in SQL. */
const chineseOrder = new Intl.Collator('zh-CN');

/**
 * Every stored unit year with its counts and budget total, sorted by unit name (zh-CN collation, so
 * by pinyin), then unit code, then year.
 */
export async function listUnitYears(db: Database): Promise<UnitYearSummary[]> {
  const projectStats = projectStatsQuery(db.orm);
  const indicatorStats = indicatorStatsQuery(db.orm);
  const rows = await db.orm
    .select({
      unitYearId: unitYears.id,
      unitCode: units.code,
      unitName: units.name,
      divisionCode: units.divisionCode,
      year: unitYears.year,
      version: unitYears.version,
      projectCount: sql`coalesce(${projectStats.projectCount}, 0)`.mapWith(Number),
      indicatorCount: sql`coalesce(${indicatorStats.indicatorCount}, 0)`.mapWith(Number),
      // sum(bigint) is numeric, which drivers return as text; the total of fen stays a safe integer.
      budgetTotal: sql`coalesce(${projectStats.budgetTotal}, 0)`.mapWith((value: string | number) => fen(Number(value))),
      lastImportedAt: sql`(SELECT max(${imports.importedAt}) FROM ${imports}
        WHERE ${imports.unitId} = ${outerColumn(unitYears.unitId)} AND ${imports.year} = ${outerColumn(unitYears.year)})`.mapWith(imports.importedAt),
    })
    .from(unitYears)
    .innerJoin(units, eq(units.id, unitYears.unitId))
    .leftJoin(projectStats, eq(projectStats.unitYearId, unitYears.id))
    .leftJoin(indicatorStats, eq(indicatorStats.unitYearId, unitYears.id));
  return rows.sort(
    (a, b) => chineseOrder.compare(a.unitName, b.unitName) || compareText(a.unitCode, b.unitCode) || a.year - b.year,
  );
}

function projectStatsQuery(orm: Orm) {
  return orm
    .select({
      unitYearId: projects.unitYearId,
      projectCount: sql<number>`count(*)`.as('project_count'),
      budgetTotal: sql<string>`sum(${projects.budgetTotal})`.as('budget_total'),
    })
    .from(projects)
    .groupBy(projects.unitYearId)
    .as('project_stats');
}

function indicatorStatsQuery(orm: Orm) {
  return orm
    .select({ unitYearId: projects.unitYearId, indicatorCount: sql<number>`count(*)`.as('indicator_count') })
    .from(indicators)
    .innerJoin(projects, eq(projects.id, indicators.projectId))
    .groupBy(projects.unitYearId)
    .as('indicator_stats');
}

/** Code-point order: unit codes are ASCII digits and letters. */
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
