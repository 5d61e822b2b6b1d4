/**
 * A worksheet as the importer sees it: a sparse grid of plain values (text, number, date, formula
 * error), formulas replaced by their results, rich text and links by their text. Merged cells read
 * as people read them: a cell under the top-left cell of its range (same column) shows that value,
 * a cell beside it shows nothing, so a label merged over two rows is one label, and a level-1 cell
 * merged over ten rows is that level 1 on every row.
 */
import type { Cell, CellValue, Worksheet } from 'exceljs';

export type GridValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  /** `percent`: shown with a percent format (0.5 shows as 50%). */
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'date'; date: Date }
  | { kind: 'error'; error: string };

interface GridCell {
  value: GridValue;
  /** The top-left cell of the merged range this cell belongs to (itself when not merged). */
  masterRow: number;
  masterColumn: number;
}

export interface Grid {
  name: string;
  rows: Map<number, Map<number, GridCell>>;
  /** The last row and column that hold a cell. */
  rowCount: number;
  columnCount: number;
}

const empty: GridValue = { kind: 'empty' };

function plainValue(value: CellValue, numFmt: string | undefined): GridValue {
  if (value === null || value === undefined) return empty;
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value, percent: numFmt?.includes('%') ?? false } : empty;
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? empty : { kind: 'date', date: value };
  if ('error' in value) return { kind: 'error', error: String(value.error) };
  if ('richText' in value) return { kind: 'text', text: value.richText.map((run) => run.text ?? '').join('') };
  if ('hyperlink' in value) return plainValue(value.text, numFmt);
  if ('result' in value) return plainValue(value.result ?? null, numFmt);
  return empty;
}

function gridCell(cell: Cell): GridCell {
  const master = cell.isMerged ? cell.master : cell;
  const { row, col } = cell.fullAddress;
  const { row: masterRow, col: masterColumn } = master.fullAddress;
  if (master === cell || (masterRow === row && masterColumn === col)) return { value: plainValue(cell.value, cell.numFmt), masterRow: row, masterColumn: col };
  const value = masterColumn === col ? plainValue(master.value, master.numFmt) : empty;
  return { value, masterRow, masterColumn };
}

/** Reads a worksheet into a grid; visits only the cells the sheet holds. */
export function readGrid(sheet: Worksheet): Grid {
  const grid: Grid = { name: sheet.name, rows: new Map(), rowCount: 0, columnCount: 0 };
  sheet.eachRow((row, rowNumber) => {
    const cells = new Map<number, GridCell>();
    row.eachCell((cell, column) => {
      cells.set(column, gridCell(cell));
      grid.columnCount = Math.max(grid.columnCount, column);
    });
    grid.rows.set(rowNumber, cells);
    grid.rowCount = Math.max(grid.rowCount, rowNumber);
  });
  return grid;
}

/** The value shown at a cell (merged cells resolved as described above). */
export function valueAt(grid: Grid, row: number, column: number): GridValue {
  return grid.rows.get(row)?.get(column)?.value ?? empty;
}

/** Whether the cell is the top-left cell of its merged range, or not merged (only such cells are labels). */
export function isMaster(grid: Grid, row: number, column: number): boolean {
  const cell = grid.rows.get(row)?.get(column);
  return !cell || (cell.masterRow === row && cell.masterColumn === column);
}

/** The last column of the merged range that starts at (row, column); the column itself when not merged. */
export function mergeEnd(grid: Grid, row: number, column: number): number {
  let end = column;
  const cells = grid.rows.get(row);
  while (cells?.get(end + 1)?.masterColumn === column && cells.get(end + 1)?.masterRow === row) end += 1;
  return end;
}

/** The row numbers of the grid that hold at least one cell, ascending. */
export function rowNumbers(grid: Grid): number[] {
  return [...grid.rows.keys()].sort((a, b) => a - b);
}
