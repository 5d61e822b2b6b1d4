/**
 * The indicator block of a national-layout table (项目支出绩效目标表 as the finance ministry's template
 * has it): 一级指标 | 二级指标 | 三级指标 | 指标值及单位 | 绩效标准, or with the target split in three
 * columns 指标性质 | 指标值 | 度量单位. Columns are found by their header and matched to the rows by
 * grid column; the rows are then read by the shared indicator reader in the seed's column
 * order, so merges, empty cells and target values are judged by the same rules (target-table/indicators.ts).
 *
 * Mapping: 绩效标准 (and 指标值确定依据) → basis; 指标解释 / 绩效指标描述 → description; a split target is
 * joined back as comparator + value + unit ("≥" "95" "%" → "≥95%"), the comparator written in words
 * (大于等于 …) turned into its sign and 定性 dropped.
 */
import type { Indicator } from '../model';
import { quote } from '../target-table/finding-kinds';
import { columnOf, missingColumns, opensIndicatorHeader, seedColumns, type IndicatorColumn } from '../target-table/indicator-columns';
import { readIndicators, seedLayout } from '../target-table/indicators';
import type { TableCell, TableRow } from '../target-table/layout';
import type { ProjectContext } from '../target-table/project-context';
import { report } from '../target-table/table-context';
import type { BodyRow } from './merged-cells';
import { own, type NationalRow } from './national-labels';
import type { NationalPlace } from './word-places';

/** The columns a national-layout table may have: the reference layout's, the split target, and 分值 (left out). */
const nationalColumns: ReadonlySet<IndicatorColumn> = new Set<IndicatorColumn>([...seedColumns, 'nature', 'measureUnit', 'ignored']);
const comparatorWords: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:大于等于|不低于|不少于|≥|>=)$/, '≥'],
  [/^(?:小于等于|不高于|不超过|不多于|≤|<=)$/, '≤'],
  [/^(?:大于|高于|>)$/, '>'],
  [/^(?:小于|低于|<)$/, '<'],
  [/^(?:等于|=|＝)$/, '='],
  [/^(?:定性|—|-|\/)?$/, ''],
];

export interface IndicatorBlock {
  /** Grid column → what the column holds, from the header row. */
  columns: Map<number, IndicatorColumn>;
  header: NationalRow;
}

/** Maps the header's cells (from the 一级指标 cell on) to columns; reports unknown and missing ones. */
export function readNationalHeader(context: ProjectContext<NationalPlace>, row: BodyRow, read: TableRow<NationalPlace>): IndicatorBlock {
  const columns = new Map<number, IndicatorColumn>();
  const start = row.cells.findIndex((cell) => opensIndicatorHeader(cell.text));
  row.cells.forEach((cell, index) => {
    if (index < start) return;
    // Every header cell is mapped (a column may come twice); the first of a kind in a row is read.
    const column = columnOf(cell.text, nationalColumns);
    if (column) columns.set(cell.gridColumn, column);
    else report(own(context), 'unknown-column', read.cells[index]?.place ?? read.place, { cell: cell.text.trim() }, `指标表头${quote(cell.text)}无法识别，该列未导入。`);
  });
  const missing = missingColumns(new Set(columns.values()));
  if (missing.columns.length > 0) {
    const message = `${context.format.words(read.place)}的指标表头缺少${missing.names}列。`;
    report(own(context), 'missing-column', read.place, {}, message, '请补全指标表头');
  }
  return { columns, header: { row, read } };
}

function comparatorSign(text: string): string {
  const key = text.replace(/\s+/g, '');
  return comparatorWords.find(([pattern]) => pattern.test(key))?.[1] ?? key;
}

/** One indicator row in the seed's column order; the split target joined into one cell at the 指标值 cell. */
function seedRow(block: IndicatorBlock, { row, read }: NationalRow): TableRow<NationalPlace> {
  const byColumn = new Map<IndicatorColumn, TableCell<NationalPlace>>();
  row.cells.forEach((cell, index) => {
    const column = block.columns.get(cell.gridColumn);
    const readCell = read.cells[index];
    if (column && readCell && !byColumn.has(column)) byColumn.set(column, readCell);
  });
  const blank = (): TableCell<NationalPlace> => ({ text: '', place: read.place });
  const value = byColumn.get('target') ?? blank();
  const sign = comparatorSign(byColumn.get('nature')?.text ?? '');
  const target = { text: `${sign}${value.text.trim()}${(byColumn.get('measureUnit')?.text ?? '').trim()}`, place: value.place };
  const joined = byColumn.has('nature') || byColumn.has('measureUnit') ? target : value;
  const cells = [byColumn.get('level1'), byColumn.get('level2'), byColumn.get('name'), byColumn.get('description'), joined, byColumn.get('basis')];
  return { cells: cells.map((cell) => cell ?? blank()), place: read.place, endPlace: read.endPlace };
}

/** The indicators of the rows under the header (rows with no text at all are skipped). */
export function readNationalIndicators(context: ProjectContext<NationalPlace>, block: IndicatorBlock, rows: readonly NationalRow[]): Indicator[] {
  const filled = rows.filter(({ read }) => read.cells.some((cell) => cell.text.trim() !== ''));
  return readIndicators(
    context,
    seedLayout,
    filled.map((row) => seedRow(block, row)),
  );
}
