/**
 * What every rule sees: the unit's year, the pack, the pack's indexes (units, framework), the indicators
 * with their framework roles, and a cache of derived data shared by rules (text statistics, number
 * mentions), computed once per review on first use.
 */
import type { Indicator, Project, UnitYear } from '../model';
import { cellReader, type CellReader } from './cells';
import { indexFramework, rolesOf, type FrameworkIndex, type IndicatorRoles } from './framework';
import { indexMeasureUnits, type MeasureUnitIndex } from './measure-units';
import type { RulePack } from './rule-pack';

/** An indicator with where it stands and what the framework says it is. */
export interface IndicatorEntry {
  /** 0-based position among all the unit's indicators (context.indicators[position] is this entry). */
  position: number;
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
  /** Placeholders and accepted grades of the pack. */
  readonly cells: CellReader;
  /** Every indicator of the unit's year, in document order. */
  readonly indicators: readonly IndicatorEntry[];
  /** The indicators of each project, by project position. */
  readonly indicatorsByProject: readonly (readonly IndicatorEntry[])[];
  /** Derived data shared by rules: `build` runs once per review; the function itself is the cache key. */
  derive<T>(build: (context: ReviewContext) => T): T;
  /** `read(text)` memoized for this review: cells repeat (a basis in every row, boilerplate in every project). */
  memo<T>(read: (text: string) => T, text: string): T;
}

/** A cost indicator: under a cost level 1 (central 2021 framework) or a cost level 2 (成本指标 under 产出). */
export function isCost(entry: IndicatorEntry): boolean {
  return entry.roles.level1 === 'cost' || entry.roles.level2 === 'cost';
}

interface PackIndexes {
  units: MeasureUnitIndex;
  framework: FrameworkIndex;
  cells: CellReader;
}

const indexesByPack = new WeakMap<RulePack, PackIndexes>();

function indexesOf(pack: RulePack): PackIndexes {
  let indexes = indexesByPack.get(pack);
  if (!indexes) {
    indexes = { units: indexMeasureUnits(pack.measureUnits), framework: indexFramework(pack), cells: cellReader(pack.placeholders, pack.qualitativeGrades) };
    indexesByPack.set(pack, indexes);
  }
  return indexes;
}

/** Builds the context of one review. Pure: nothing is shared between reviews but the pack's indexes. */
export function createReviewContext(unitYear: UnitYear, pack: RulePack): ReviewContext {
  const { units, framework, cells } = indexesOf(pack);
  let position = 0;
  const indicatorsByProject = unitYear.projects.map((project, projectIndex) =>
    project.indicators.map((indicator, indicatorIndex) => ({
      position: position++,
      project,
      projectIndex,
      indicator,
      indicatorIndex,
      roles: rolesOf(framework, indicator.level1, indicator.level2),
    })),
  );
  const cache = new Map<unknown, unknown>();
  const memos = new Map<unknown, Map<string, unknown>>();
  const context: ReviewContext = {
    unitYear,
    pack,
    units,
    framework,
    cells,
    indicators: indicatorsByProject.flat(),
    indicatorsByProject,
    derive<T>(build: (context: ReviewContext) => T): T {
      if (!cache.has(build)) cache.set(build, build(context));
      return cache.get(build) as T;
    },
    memo<T>(read: (text: string) => T, text: string): T {
      let results = memos.get(read);
      if (!results) memos.set(read, (results = new Map()));
      const known = results.get(text);
      if (known !== undefined || results.has(text)) return known as T;
      const result = read(text);
      results.set(text, result);
      return result;
    },
  };
  return context;
}
