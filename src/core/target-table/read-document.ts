/**
 * A target document in the reference layout (fixtures/changli-2021.txt: Part 1, then numbered project
 * tables), whatever its format, → UnitYear + located findings. The text export and Word documents are
 * read by this one flow; only their places, and the words for what a file lacks, differ.
 */
import type { MoneyUnit } from '../money';
import type { UnitYear } from '../model';
import { readDepartmentPlan } from './department-plan';
import { splitDocument } from './document-parts';
import type { FindingSink } from './finding-kinds';
import type { LayoutBlock } from './layout';
import type { ProjectContext, ProjectSlot } from './project-context';
import { readProjectTable } from './project-table';
import { documentContext, report, type TableContext } from './table-context';
import type { TableFormat } from './table-format';
import { checkDistinctCodes, checkUnits, detectYear, divisionOf, firstUnit, resolveMoneyUnit, type ProjectFacts } from './unit-year';

/** A message and its suggestion. */
export type Advice = readonly [message: string, suggestion: string];

export interface DocumentReading<P> {
  format: TableFormat<P>;
  /** The fiscal year the caller imposes (options.year). */
  year: number | undefined;
  /** The year the document states before its tables (the cover's NNNN年度), else null. */
  statedYear: number | null;
  /** Texts besides the project titles that may name the year (a cover, a title page). */
  titles: readonly string[];
  /** What to say when the document has no project table, and when no year can be found. */
  noProjectTable: Advice;
  yearUnknown: Advice;
}

function readProjects<P>(document: TableContext<P>, slots: readonly ProjectSlot<P>[]): ProjectFacts<P>[] {
  let moneyUnit: MoneyUnit = '万元';
  return slots.map((slot, position) => {
    const name = slot.title?.title ?? '';
    const isLast = position === slots.length - 1;
    const context: ProjectContext<P> = { ...document, index: slot.index, projectCode: '', name, isLast, finalRow: slot.rows.at(-1) ?? null };
    const project = readProjectTable(context, slot, moneyUnit);
    moneyUnit = project.moneyUnit?.unit ?? moneyUnit;
    return project;
  });
}

/** The year of the options, else the one the document states, else the one it names most often (0 with an error). */
function resolveYear<P>(document: TableContext<P>, parsed: readonly ProjectFacts<P>[], titles: readonly string[], reading: DocumentReading<P>): number {
  const projects = parsed.map((entry) => entry.project);
  const year = reading.year ?? reading.statedYear ?? detectYear(projects, titles);
  if (year !== null) return year;
  report(document, 'year-unknown', null, {}, ...reading.yearUnknown);
  return 0;
}

/**
 * Reads the blocks of a document in the reference layout; findings go to `sink`, each with its place's
 * order. Never throws; null (with an error finding) when the document holds no project table.
 */
export function readTargetDocument<P>(blocks: readonly LayoutBlock<P>[], reading: DocumentReading<P>, sink: FindingSink): UnitYear | null {
  const document = documentContext(reading.format, sink);
  const parts = splitDocument(document, blocks);
  const departmentPlan = readDepartmentPlan(document, parts.planBlocks, parts.planPlace);
  const parsed = readProjects(document, parts.slots);
  if (!parts.slots.some((slot) => slot.rows.length > 0)) {
    report(document, 'no-project-table', null, {}, ...reading.noProjectTable);
    return null;
  }
  const projects = parsed.map((entry) => entry.project);
  const unit = { ...checkUnits(document, parsed, firstUnit(parsed)), divisionCode: divisionOf(projects) };
  const moneyUnit = resolveMoneyUnit(document, parsed);
  checkDistinctCodes(document, parsed);
  const titles = [...reading.titles, ...parts.slots.map((slot) => slot.title?.text ?? '')];
  const year = resolveYear(document, parsed, titles, reading);
  return { unit, year, moneyUnit, departmentPlan, projects };
}
