/**
 * The indicator table of a project sheet: the header row names the columns (found by their text with
 * the shared table of headers, so any order and extra columns read the same), each further row is one
 * level-3 indicator, read by the shared row reader. Level 1 and level 2 merged over several rows read on
 * every row; a blank level-1 cell takes the one above, and a blank level-2 cell takes the one above
 * within the same level 1. Blank rows are skipped; a note under the table (注：…) is reported and skipped.
 */
import type { Indicator } from '../model';
import { labelKey } from '../target-table/cell-text';
import { columnOf, missingColumns, reportUnknownColumn, seedColumns, type IndicatorColumn } from '../target-table/indicator-columns';
import { readIndicatorRow, type IndicatorCells, type Levels } from '../target-table/indicators';
import { report as reportTable } from '../target-table/table-context';
import { isBlank } from './cell-text';
import { readTarget, type ColumnMap } from './import-target';
import { cellAt, cellLabel, placeOf, quoted, report, textAt, type CellPlace, type SheetContext } from './sheet-context';
import { isMaster, rowNumbers, valueAt } from './sheet-grid';

/** The columns of a workbook's indicator table: the reference layout's, the split target and the hidden 原文. */
const workbookColumns: ReadonlySet<IndicatorColumn> = new Set<IndicatorColumn>([...seedColumns, 'nature', 'measureUnit', 'raw']);
const noteRow = /^(?:注|说明|备注|填表|审核|联系|单位负责人)/;

/** The columns of the header row; a missing required column is an error at the header. */
export function readColumnMap(context: SheetContext, headerRow: number): ColumnMap {
  const map: ColumnMap = {};
  const taken = new Set<IndicatorColumn>();
  for (const column of [...(context.grid.rows.get(headerRow)?.keys() ?? [])].sort((a, b) => a - b)) {
    if (!isMaster(context.grid, headerRow, column)) continue;
    const header = cellAt(context, headerRow, column);
    const found = columnOf(header.text, workbookColumns, taken);
    if (found) {
      map[found] = column;
      taken.add(found);
    } else if (labelKey(header.text) !== '') reportUnknownColumn(context, header);
  }
  const missing = missingColumns(taken);
  if (missing.columns.length > 0) {
    const message = `工作表「${context.grid.name}」第${headerRow}行的指标表头缺少${missing.names}列。`;
    reportTable(context, 'missing-column', placeOf(context, headerRow, 1), {}, message, '请按导出的模板补全指标表头');
  }
  return map;
}

function readIndicator(context: SheetContext, map: ColumnMap, row: number, above: Levels, index: number): Indicator {
  const cells: IndicatorCells<CellPlace> = {};
  for (const column of seedColumns) {
    const at = map[column];
    if (at !== undefined) cells[column] = cellAt(context, row, at);
  }
  // The 指标值 is read from its visible cells (and the hidden 原文); without a 指标值 column, findings go to column 0.
  return readIndicatorRow(context, cells, above, index, placeOf(context, row, 0), (_cell, levels) => readTarget(context, map, row, levels.level2, index));
}

/** The mapped cells of a row that show something. */
function filledColumns(context: SheetContext, map: ColumnMap, row: number): number[] {
  return Object.values(map).filter((column) => isMaster(context.grid, row, column) && !isBlank(valueAt(context.grid, row, column)));
}

/** Reads the indicator rows under `headerRow`. */
export function readIndicators(context: SheetContext, map: ColumnMap, headerRow: number): Indicator[] {
  const indicators: Indicator[] = [];
  let above: Levels = { level1: null, level2: null };
  for (const row of rowNumbers(context.grid)) {
    if (row <= headerRow) continue;
    const filled = filledColumns(context, map, row);
    if (filled.length === 0) continue;
    const first = filled[0] ?? 1;
    if (filled.length === 1 && noteRow.test(labelKey(textAt(context, row, first)))) {
      report(context, 'xlsx.stray-row', { row, column: first }, `${cellLabel(context, row, first)}的${quoted(context, row, first)}是表下的说明，不是指标，未导入。`);
      continue;
    }
    const indicator = readIndicator(context, map, row, above, indicators.length + 1);
    above = { level1: indicator.level1, level2: indicator.level2 };
    indicators.push(indicator);
  }
  return indicators;
}
