/**
 * The indicator table of a project: the header row names the columns (一级指标 | 二级指标 | 三级指标 |
 * 绩效指标描述 | 指标值 | 指标值确定依据 in the seed), each further row is one level-3 indicator.
 * Columns are found by their header, so a table in another column order reads the same.
 * An empty 一级指标 cell is merged from the row above; so is an empty 二级指标 cell, but only when
 * the 一级指标 was merged too (a level 2 never spans two level-1 groups).
 */
import type { Indicator } from '../model';
import { parseTarget } from '../target/parse-target';
import { quote } from './finding-codes';
import { cellKey, hasCellCount, locate, projectLabel, report, type ProjectContext } from './project-context';
import type { Cell, Row } from './tokenize';

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
const seedLayout: ColumnMap = { columns: ['level1', 'level2', 'name', 'description', 'target', 'basis'] };

function columnOf(text: string, taken: ReadonlySet<Column>): Column | null {
  const key = cellKey(text);
  const found = columnPatterns.find(([column, pattern]) => !taken.has(column) && pattern.test(key));
  return found ? found[0] : null;
}

/** Maps the header's columns to fields; without a header (or one lacking a required column), the seed's layout. */
export function readIndicatorHeader(context: ProjectContext, header: Row | undefined): ColumnMap {
  if (!header) return seedLayout;
  const taken = new Set<Column>();
  const columns = header.cells.map((cell) => {
    const column = columnOf(cell.text, taken);
    if (column) taken.add(column);
    else {
      const message = `${projectLabel(context)}第${cell.line}行的指标表头${quote(cell.text)}无法识别，该列未导入。`;
      report(context, 'import.unknown-column', locate(context, cell.line, { cell: cellKey(cell.text) }), message);
    }
    return column;
  });
  const missing = requiredColumns.filter((column) => !taken.has(column));
  if (missing.length === 0) return { columns };
  const names = missing.map((column) => `「${columnNames[column]}」`).join('、');
  const message = `${projectLabel(context)}第${header.line}行的指标表头缺少${names}列，按“一级指标、二级指标、三级指标、绩效指标描述、指标值、指标值确定依据”的顺序读取。`;
  report(context, 'import.missing-column', locate(context, header.line), message, '请补全指标表头');
  return seedLayout;
}

interface Levels {
  level1: string | null;
  level2: string | null;
}

function mergedFromAbove(context: ProjectContext, cell: Cell, column: Column, index: number): void {
  const message = `${projectLabel(context)}第${cell.line}行的「${columnNames[column]}」为空，上方没有可以合并的${columnNames[column]}。`;
  const location = locate(context, cell.line, { indicator: index, cell: columnNames[column], field: column });
  report(context, 'import.merged-cell-without-above', location, message, `请填写${columnNames[column]}`);
}

/** Level 1 and level 2 of a row, taking merged (empty) cells from the row above. */
function readLevels(context: ProjectContext, cells: Partial<Record<Column, Cell>>, above: Levels, index: number): { level1: string; level2: string } {
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

function readTarget(context: ProjectContext, cell: Cell | undefined, index: number): Indicator['target'] {
  const raw = cell?.text ?? '';
  const parsed = parseTarget(raw);
  const line = cell?.line ?? 0;
  const location = locate(context, line, { indicator: index, cell: '指标值', field: 'target' });
  for (const finding of parsed.findings) context.findings.push({ ...finding, location: { ...location, ...finding.location } });
  if (cellKey(raw) === '' && parsed.findings.length === 0) {
    report(context, 'import.empty-cell', location, `${projectLabel(context)}第${line}行第${index}个指标的「指标值」为空。`, '请填写指标值');
  }
  return parsed.value;
}

function cellsByColumn(map: ColumnMap, row: Row): Partial<Record<Column, Cell>> {
  const cells: Partial<Record<Column, Cell>> = {};
  map.columns.forEach((column, position) => {
    const cell = row.cells[position];
    if (column && cell) cells[column] = cell;
  });
  return cells;
}

function readIndicator(context: ProjectContext, row: Row, map: ColumnMap, above: Levels, index: number): Indicator {
  const cells = cellsByColumn(map, row);
  const { level1, level2 } = readLevels(context, cells, above, index);
  const name = cells.name?.text ?? '';
  if (cellKey(name) === '') {
    const line = cells.name?.line ?? row.line;
    const location = locate(context, line, { indicator: index, cell: '三级指标', field: 'name' });
    report(context, 'import.required-cell-empty', location, `${projectLabel(context)}第${line}行第${index}个指标的「三级指标」为空。`, '请填写指标名称');
  }
  const target = readTarget(context, cells.target, index);
  return { level1, level2, name, description: cells.description?.text ?? '', target, basis: cells.basis?.text ?? '' };
}

/**
 * Reads the indicator rows. A row with the wrong number of cells is reported and left out (its
 * cells cannot be told apart); positions in findings count every row, so they match the document.
 */
export function readIndicators(context: ProjectContext, map: ColumnMap, rows: readonly Row[]): Indicator[] {
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
