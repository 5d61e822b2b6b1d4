/**
 * The indicator table of a project: the header row names the columns (一级指标 | 二级指标 | 三级指标 |
 * 绩效指标描述 | 指标值 | 指标值确定依据 in the seed), each further row is one level-3 indicator.
 * Columns are found by their header, so a table in another column order reads the same.
 * An empty 一级指标 cell is merged from the row above; so is an empty 二级指标 cell, but never across two
 * level-1 groups (when exactly: TableFormat.level2FromAbove). The reading of one row is shared with workbooks.
 */
import type { WithFindings } from '../finding';
import type { Indicator } from '../model';
import { parseTarget } from '../target/parse-target';
import type { Target } from '../target/target';
import { cellKey } from './cell-text';
import type { TableCell, TableRow } from './layout';
import { columnNames, columnOf, missingColumns, reportUnknownColumn, seedColumns } from './indicator-columns';
import { hasCellCount, type ProjectContext } from './project-context';
import { placeFindings, report, subjectAt, type TableContext } from './table-context';

type Column = (typeof seedColumns)[number];

export interface ColumnMap {
  /** The field each column holds, null for a column the importer does not know. */
  columns: Array<Column | null>;
}

/** A table without a usable header is read in the reference layout's column order. */
export const seedLayout: ColumnMap = { columns: [...seedColumns] };
const referenceColumns: ReadonlySet<Column> = new Set(seedColumns);

/** Maps the header's columns to fields; without a header (or one lacking a required column), the seed's layout. */
export function readIndicatorHeader<P>(context: ProjectContext<P>, header: TableRow<P> | undefined): ColumnMap {
  if (!header) return seedLayout;
  const taken = new Set<Column>();
  const columns = header.cells.map((cell) => {
    const column = columnOf(cell.text, referenceColumns, taken);
    if (column) taken.add(column);
    else reportUnknownColumn(context, cell);
    return column;
  });
  const missing = missingColumns(taken);
  if (missing.columns.length === 0) return { columns };
  const message = `${subjectAt(context, header.place)}的指标表头缺少${missing.names}列，按“一级指标、二级指标、三级指标、绩效指标描述、指标值、指标值确定依据”的顺序读取。`;
  report(context, 'missing-column', header.place, {}, message, '请补全指标表头');
  return seedLayout;
}

/** The level 1 and level 2 of the row above, null before the first row. */
export interface Levels {
  level1: string | null;
  level2: string | null;
}

/** An indicator row's cells by the column they are in; a column the table lacks has no cell. */
export type IndicatorCells<P> = Partial<Record<Column, TableCell<P>>>;

/**
 * Reads a target cell: the text export and Word parse the cell as written; a workbook joins its visible
 * cells (and reads a date serial in a 时效 row, hence the row's levels).
 */
export type TargetReader<P> = (cell: TableCell<P> | undefined, levels: { level1: string; level2: string }) => WithFindings<Target>;

const parseCell = <P>(cell: TableCell<P> | undefined): WithFindings<Target> => parseTarget(cell?.text ?? '');

/** A level cell: its text, else the level it continues (of the row above), else '' with an error finding. */
function levelOf<P>(context: TableContext<P>, cell: TableCell<P> | undefined, inherited: string | null, column: 'level1' | 'level2', index: number): string {
  if (!cell) return '';
  if (cellKey(cell.text) !== '') return cell.text;
  if (inherited !== null) return inherited;
  const phrasing = context.format.phrasing;
  const name = columnNames[column];
  const message = `${phrasing.labelled(subjectAt(context, cell.place), name)}为空，上方没有可以${phrasing.mergeVerb}的${name}。`;
  report(context, 'merged-cell-without-above', cell.place, { indicator: index, cell: name, field: column }, message, `请填写${name}`);
  return '';
}

/** The target: the reader's findings placed at the cell, and a warning when the cell is empty. */
function readTargetCell<P>(context: TableContext<P>, cell: TableCell<P> | undefined, place: P, index: number, parsed: WithFindings<Target>): Target {
  const detail = { indicator: index, cell: '指标值', field: 'target' };
  placeFindings(context, parsed.findings, place, detail);
  if (cell && !cell.unreadable && cellKey(parsed.value.raw) === '' && parsed.findings.length === 0) {
    report(context, 'empty-cell', cell.place, detail, context.format.phrasing.emptyTarget(subjectAt(context, cell.place), index), '请填写指标值');
  }
  return parsed.value;
}

/**
 * One indicator (the `index`-th of its project) from its cells. An empty 一级指标 continues the one above,
 * an empty 二级指标 too as the format says (a level 2 never spans two level-1 groups). `place` stands for
 * the target cell when the row has none.
 */
export function readIndicatorRow<P>(context: TableContext<P>, cells: IndicatorCells<P>, above: Levels, index: number, place: P, readTarget: TargetReader<P> = parseCell): Indicator {
  const level1 = levelOf(context, cells.level1, above.level1, 'level1', index);
  const continues = context.format.level2FromAbove === 'within-level1' ? level1 === above.level1 : cellKey(cells.level1?.text) === '';
  const level2 = levelOf(context, cells.level2, continues ? above.level2 : null, 'level2', index);
  const name = cells.name?.text ?? '';
  if (cells.name && cellKey(name) === '') {
    const message = context.format.phrasing.emptyIndicatorName(subjectAt(context, cells.name.place), index);
    report(context, 'required-cell-empty', cells.name.place, { indicator: index, cell: '三级指标', field: 'name' }, message, '请填写指标名称');
  }
  const target = readTargetCell(context, cells.target, cells.target?.place ?? place, index, readTarget(cells.target, { level1, level2 }));
  return { level1, level2, name, description: cells.description?.text ?? '', target, basis: cells.basis?.text ?? '' };
}

function cellsByColumn<P>(map: ColumnMap, row: TableRow<P>): IndicatorCells<P> {
  const cells: IndicatorCells<P> = {};
  map.columns.forEach((column, position) => {
    const cell = row.cells[position];
    if (column && cell) cells[column] = cell;
  });
  return cells;
}

/**
 * Reads the indicator rows. A row with the wrong number of cells is reported and left out (its
 * cells cannot be told apart); positions in findings count every row, so they match the document.
 */
export function readIndicators<P>(context: ProjectContext<P>, map: ColumnMap, rows: readonly TableRow<P>[]): Indicator[] {
  const indicators: Indicator[] = [];
  let above: Levels = { level1: null, level2: null };
  rows.forEach((row, position) => {
    if (!hasCellCount(context, row, map.columns.length, '指标')) return;
    const indicator = readIndicatorRow(context, cellsByColumn(map, row), above, position + 1, row.place);
    above = { level1: indicator.level1, level2: indicator.level2 };
    indicators.push(indicator);
  });
  return indicators;
}
