/**
 * What every rule sees: the unit's year, the pack, the pack's indexes (units, framework), the indicators
 * with their framework roles, and a cache of derived data shared by rules (text statistics, number
 * mentions), computed once per review on first use.
 */
import type { Indicator, Project, UnitYear } from '../model';
import { indexFramework, rolesOf, type FrameworkIndex, type IndicatorRoles } from './framework';
import { indexMeasureUnits, type MeasureUnitIndex } from './measure-units';
import type { RulePack } from './rule-pack';

/** An indicator with where it stands and what the framework says it is. */
export interface IndicatorEntry {
  project: Project;
  /** 0-based position of the project in the document. */
  projectIndex: number;
  indicator: Indicator;
  /** 0-based position of the indicator in its project. */
  indicatorIndex: number;
  roles: IndicatorRoles;
}

export interface ReviewContext {
  readonly unitYear: UnitYear;
  readonly pack: RulePack;
  readonly units: MeasureUnitIndex;
  readonly framework: FrameworkIndex;
  /** Every indicator of the unit's year, in document order. */
  readonly indicators: readonly IndicatorEntry[];
  /** The indicators of each project, by project position. */
  readonly indicatorsByProject: readonly (readonly IndicatorEntry[])[];
  /** Derived data shared by rules: `build` runs once per review; the function itself is the cache key. */
  derive<T>(build: (context: ReviewContext) => T): T;
}

/** A cost indicator: under a cost level 1 (central 2021 framework) or a cost level 2 (成本指标 under 产出). */
export function isCost(entry: IndicatorEntry): boolean {
  return entry.roles.level1 === 'cost' || entry.roles.level2 === 'cost';
}

interface PackIndexes {
  units: MeasureUnitIndex;
  framework: FrameworkIndex;
}

const indexesByPack = new WeakMap<RulePack, PackIndexes>();

function indexesOf(pack: RulePack): PackIndexes {
  let indexes = indexesByPack.get(pack);
  if (!indexes) {
    indexes = { units: indexMeasureUnits(pack.measureUnits), framework: indexFramework(pack) };
    indexesByPack.set(pack, indexes);
  }
  return indexes;
}

/** Builds the context of one review. Pure: nothing is shared between reviews but the pack's indexes. */
export function createReviewContext(unitYear: UnitYear, pack: RulePack): ReviewContext {
  const { units, framework } = indexesOf(pack);
  const indicatorsByProject = unitYear.projects.map((project, projectIndex) =>
    project.indicators.map((indicator, indicatorIndex) => ({
      project,
      projectIndex,
      indicator,
      indicatorIndex,
      roles: rolesOf(framework, indicator.level1, indicator.level2),
    })),
  );
  const cache = new Map<unknown, unknown>();
  const context: ReviewContext = {
    unitYear,
    pack,
    units,
    framework,
    indicators: indicatorsByProject.flat(),
    indicatorsByProject,
    derive<T>(build: (context: ReviewContext) => T): T {
      if (!cache.has(build)) cache.set(build, build(context));
      return cache.get(build) as T;
    },
  };
  return context;
}
