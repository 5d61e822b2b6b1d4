/**
 * The columns of an indicator table, found by their header (so a table in another column order, or
 * with columns of its own, reads the same): one table of header spellings for every layout. Each layout
 * knows a set of these columns: the reference layout six, a workbook also the split target (指标性质 |
 * 指标值 | 度量单位) and the hidden 指标值原文, a national-layout table the split target and 分值 (left out).
 */
import { cellKey, labelKey } from './cell-text';
import { quote } from './finding-kinds';
import type { TableCell } from './layout';
import { report, subjectAt, type TableContext } from './table-context';

export type IndicatorColumn = 'level1' | 'level2' | 'name' | 'description' | 'target' | 'basis' | 'nature' | 'measureUnit' | 'raw' | 'ignored';

/** How messages name the columns. */
export const columnNames: Record<IndicatorColumn, string> = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  description: '绩效指标描述',
  target: '指标值',
  basis: '指标值确定依据',
  nature: '指标性质',
  measureUnit: '度量单位',
  raw: '指标值原文',
  ignored: '分值',
};

/**
 * Header spellings, compared without whitespace and with full-width forms folded; checked in this order
 * (指标值原文 and 指标值确定依据 must be recognized before 指标值).
 */
const columnPatterns: ReadonlyArray<readonly [IndicatorColumn, RegExp]> = [
  ['level1', /^一级指标/],
  ['level2', /^二级指标/],
  ['name', /^三级指标|^指标名称$/],
  ['description', /指标描述|^指标内容$|^指标解释$/],
  ['raw', /原文$/],
  ['basis', /绩效标准|确定依据|^(?:指标)?依据$|^评价标准$|^评\(?扣\)?分标准/],
  ['nature', /^指标性质|^计算符号|^运算符号|^符号$/],
  ['measureUnit', /^(?:度量|计量)单位|^单位$/],
  ['target', /^(?:年度)?指标值|^目标值/],
  ['ignored', /^(?:权重|分值|指标权重)/],
];

/** The columns of the reference layout, in its order (also the order a table without a usable header is read in). */
export const seedColumns = ['level1', 'level2', 'name', 'description', 'target', 'basis'] as const satisfies readonly IndicatorColumn[];

/** The columns every indicator table must have. */
export const requiredColumns = ['level1', 'level2', 'name', 'target'] as const satisfies readonly IndicatorColumn[];

/** Whether a cell opens the indicator header (一级指标 …): the row where the indicator table starts. */
export function opensIndicatorHeader(text: string): boolean {
  return /^一级指标/.test(cellKey(text));
}

/** The column a header names, among the `known` columns not yet `taken`; null for a header no known column has. */
export function columnOf<C extends IndicatorColumn>(header: string, known: ReadonlySet<C>, taken: ReadonlySet<C> = new Set()): C | null {
  const key = labelKey(header);
  const knownColumns: ReadonlySet<IndicatorColumn> = known;
  const isKnown = (column: IndicatorColumn): column is C => knownColumns.has(column);
  for (const [column, pattern] of columnPatterns) if (isKnown(column) && !taken.has(column) && pattern.test(key)) return column;
  return null;
}

/** The required columns not among `present`, named for a message: 「二级指标」、「指标值」. */
export function missingColumns(present: ReadonlySet<IndicatorColumn>): { columns: IndicatorColumn[]; names: string } {
  const columns = requiredColumns.filter((column) => !present.has(column));
  return { columns, names: columns.map((column) => `「${columnNames[column]}」`).join('、') };
}

/** Reports a header cell that names no known column (a warning: the column is not imported). */
export function reportUnknownColumn<P>(context: TableContext<P>, cell: TableCell<P>): void {
  const message = `${subjectAt(context, cell.place)}的指标表头${quote(cell.text)}无法识别，该列未导入。`;
  report(context, 'unknown-column', cell.place, { cell: cellKey(cell.text) }, message);
}
