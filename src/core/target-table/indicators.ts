/**
 * The indicator table of a project: the header row names the columns (一级指标 | 二级指标 | 三级指标 |
 * 绩效指标描述 | 指标值 | 指标值确定依据 in the seed), each further row is one level-3 indicator.
 * Columns are found by their header, so a table in another column order reads the same.
 * An empty 一级指标 cell is merged from the row above; so is an empty 二级指标 cell, but only when
 * the 一级指标 was merged too (a level 2 never spans two level-1 groups).
 */
import type { Indicator } from '../model';
import { parseTarget } from '../target/parse-target';
import { cellKey } from './cell-text';
import { quote } from './finding-kinds';
import type { TableCell, TableRow } from './layout';
import { hasCellCount, type ProjectContext } from './project-context';
import { placeFindings, report, subjectAt } from './table-context';

type Column = 'level1' | 'level2' | 'name' | 'description' | 'target' | 'basis';

export interface ColumnMap {
  /** The field each column holds, null for a column the importer does not know. */
  columns: Array<Column | null>;
}

const columnNames: Record<Column, string> = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  description: '绩效指标描述',
  target: '指标值',
  basis: '指标值确定依据',
};

/** Checked in this order: 指标值确定依据 must be recognized before 指标值. */
const columnPatterns: ReadonlyArray<readonly [Column, RegExp]> = [
  ['level1', /^一级指标/],
  ['level2', /^二级指标/],
  ['name', /^三级指标|^指标名称$/],
  ['description', /指标描述|^指标内容$|^指标解释$/],
  ['basis', /确定依据|^(?:指标)?依据$/],
  ['target', /^(?:年度)?指标值|^目标值$/],
];

const requiredColumns: readonly Column[] = ['level1', 'level2', 'name', 'target'];
export const seedLayout: ColumnMap = { columns: ['level1', 'level2', 'name', 'description', 'target', 'basis'] };

function columnOf(text: string, taken: ReadonlySet<Column>): Column | null {
  const key = cellKey(text);
  const found = columnPatterns.find(([column, pattern]) => !taken.has(column) && pattern.test(key));
  return found ? found[0] : null;
}

/** Maps the header's columns to fields; without a header (or one lacking a required column), the seed's layout. */
export function readIndicatorHeader<P>(context: ProjectContext<P>, header: TableRow<P> | undefined): ColumnMap {
  if (!header) return seedLayout;
  const taken = new Set<Column>();
  const columns = header.cells.map((cell) => {
    const column = columnOf(cell.text, taken);
    if (column) taken.add(column);
    else {
      const message = `${subjectAt(context, cell.place)}的指标表头${quote(cell.text)}无法识别，该列未导入。`;
      report(context, 'unknown-column', cell.place, { cell: cellKey(cell.text) }, message);
    }
    return column;
  });
  const missing = requiredColumns.filter((column) => !taken.has(column));
  if (missing.length === 0) return { columns };
  const names = missing.map((column) => `「${columnNames[column]}」`).join('、');
  const message = `${subjectAt(context, header.place)}的指标表头缺少${names}列，按“一级指标、二级指标、三级指标、绩效指标描述、指标值、指标值确定依据”的顺序读取。`;
  report(context, 'missing-column', header.place, {}, message, '请补全指标表头');
  return seedLayout;
}

interface Levels {
  level1: string | null;
  level2: string | null;
}

function mergedFromAbove<P>(context: ProjectContext<P>, cell: TableCell<P>, column: Column, index: number): void {
  const phrasing = context.format.phrasing;
  const name = columnNames[column];
  const message = `${phrasing.labelled(subjectAt(context, cell.place), name)}为空，上方没有可以${phrasing.mergeVerb}的${name}。`;
  report(context, 'merged-cell-without-above', cell.place, { indicator: index, cell: name, field: column }, message, `请填写${name}`);
}

/** Level 1 and level 2 of a row, taking merged (empty) cells from the row above. */
function readLevels<P>(context: ProjectContext<P>, cells: Partial<Record<Column, TableCell<P>>>, above: Levels, index: number): { level1: string; level2: string } {
  const level1Cell = cells.level1;
  const level2Cell = cells.level2;
  const level1Merged = cellKey(level1Cell?.text) === '';
  const level1 = level1Merged ? above.level1 : (level1Cell?.text ?? null);
  if (level1 === null && level1Cell) mergedFromAbove(context, level1Cell, 'level1', index);
  if (cellKey(level2Cell?.text) !== '') return { level1: level1 ?? '', level2: level2Cell?.text ?? '' };
  const level2 = level1Merged ? above.level2 : null;
  if (level2 === null && level2Cell) mergedFromAbove(context, level2Cell, 'level2', index);
  return { level1: level1 ?? '', level2: level2 ?? '' };
}

function readTarget<P>(context: ProjectContext<P>, cell: TableCell<P> | undefined, row: TableRow<P>, index: number): Indicator['target'] {
  const raw = cell?.text ?? '';
  const parsed = parseTarget(raw);
  const place = cell?.place ?? row.place;
  const detail = { indicator: index, cell: '指标值', field: 'target' };
  placeFindings(context, parsed.findings, place, detail);
  if (cellKey(raw) === '' && parsed.findings.length === 0) {
    report(context, 'empty-cell', place, detail, context.format.phrasing.emptyTarget(subjectAt(context, place), index), '请填写指标值');
  }
  return parsed.value;
}

function cellsByColumn<P>(map: ColumnMap, row: TableRow<P>): Partial<Record<Column, TableCell<P>>> {
  const cells: Partial<Record<Column, TableCell<P>>> = {};
  map.columns.forEach((column, position) => {
    const cell = row.cells[position];
    if (column && cell) cells[column] = cell;
  });
  return cells;
}

function readIndicator<P>(context: ProjectContext<P>, row: TableRow<P>, map: ColumnMap, above: Levels, index: number): Indicator {
  const cells = cellsByColumn(map, row);
  const { level1, level2 } = readLevels(context, cells, above, index);
  const name = cells.name?.text ?? '';
  if (cellKey(name) === '') {
    const place = cells.name?.place ?? row.place;
    const message = context.format.phrasing.emptyIndicatorName(subjectAt(context, place), index);
    report(context, 'required-cell-empty', place, { indicator: index, cell: '三级指标', field: 'name' }, message, '请填写指标名称');
  }
  const target = readTarget(context, cells.target, row, index);
  return { level1, level2, name, description: cells.description?.text ?? '', target, basis: cells.basis?.text ?? '' };
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
    const indicator = readIndicator(context, row, map, above, position + 1);
    above = { level1: indicator.level1, level2: indicator.level2 };
    indicators.push(indicator);
  });
  return indicators;
}
