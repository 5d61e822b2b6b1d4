/**
 * How findings name things: quoted cells, project and indicator labels, locations and evidence lines,
 * the same way in every rule.
 */
import { quoteText } from '../explanation';
import type { Evidence, Location } from '../finding';
import type { Project } from '../model';
import { columnNames, seedColumns } from '../target-table/indicator-columns';
import type { IndicatorEntry } from './context';

/** A model field of an indicator row: the columns of the reference layout. */
export type IndicatorField = (typeof seedColumns)[number];

/**
 * The cells of an indicator row, by model field in table order, with their column headers as the importers name
 * the columns (target-table's columnNames); typed by hand, as Object.fromEntries cannot type its keys.
 */
export const indicatorCells = Object.fromEntries(seedColumns.map((field) => [field, columnNames[field]])) as Readonly<Record<IndicatorField, string>>;

/** “text”, with spaces squashed and long text cut to `max` characters (review's name for quoteText). */
export const quote = quoteText;

/** 项目“名称”, the way messages name a project. */
export function projectLabel(project: Project): string {
  return `项目${quote(project.name)}`;
}

/** 指标“名称”, the way messages name an indicator. */
export function indicatorLabel(entry: IndicatorEntry): string {
  return `指标${quote(entry.indicator.name)}`;
}

/** Where an indicator's cell is: project and indicator (1-based), project code, model field and column header. */
export function indicatorLocation(entry: IndicatorEntry, field: IndicatorField): Location {
  return {
    project: entry.projectIndex + 1,
    projectCode: entry.project.code,
    indicator: entry.indicatorIndex + 1,
    field,
    cell: indicatorCells[field],
  };
}

/** Where a project-level cell is: project (1-based), project code, model field and cell label. */
export function projectLocation(project: Project, projectIndex: number, field: string, cell: string): Location {
  return { project: projectIndex + 1, projectCode: project.code, field, cell };
}

/** A place in the department plan (部门整体绩效目标), e.g. field "departmentPlan.subGoals[2].indicatorText". */
export function planLocation(field: string, cell: string): Location {
  return { field: `departmentPlan.${field}`, cell };
}

/** Evidence naming a cell of an indicator: 项目“…”指标“…”的指标值：text. */
export function indicatorEvidence(entry: IndicatorEntry, field: IndicatorField, text: string): Evidence {
  return {
    location: indicatorLocation(entry, field),
    text: `${projectLabel(entry.project)}${indicatorLabel(entry)}的${indicatorCells[field]}：${text}`,
  };
}

/** "418个", "≥95%": a number with its comparator as people write it. */
export function formatQuantity(comparator: string, valueText: string, unit: string): string {
  return `${comparator === '=' ? '' : comparator}${valueText}${unit}`;
}
