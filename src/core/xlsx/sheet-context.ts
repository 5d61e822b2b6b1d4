/**
 * What the readers of one sheet share: the grid, which project it holds (for locations and messages),
 * and the list findings go to. Every finding names its cell as `'Sheet'!C7`.
 */
import type { Finding, Location } from '../finding';
import { quote } from '../target-table/finding-kinds';
import { textOf } from './cell-text';
import { xlsxFinding, type XlsxFindingCode } from './finding-codes';
import { cellAddress, columnLetters } from './sheet-names';
import { valueAt, type Grid } from './sheet-grid';

export interface SheetContext {
  grid: Grid;
  /** 1-based position of the project among the project sheets; 0 for other sheets. */
  project: number;
  /** Filled in once the 项目编码 cell is read. */
  projectCode: string;
  /** The 项目名称 once read, for messages. */
  name: string;
  /** Whether the workbook counts dates from 1904 (old Mac Excel). */
  date1904: boolean;
  findings: Finding[];
}

export type LocationDetail = Omit<Location, 'cell' | 'project' | 'projectCode' | 'line'>;

/** The location of a cell of this sheet. */
export function locate(context: SheetContext, row: number, column: number, more: LocationDetail = {}): Location {
  const location: Location = { cell: cellAddress(context.grid.name, row, column), ...more };
  if (context.project > 0) location.project = context.project;
  if (context.projectCode !== '') location.projectCode = context.projectCode;
  return location;
}

/** "工作表「项目1」的E7单元格", the way messages name a cell. */
export function cellLabel(context: SheetContext, row: number, column: number): string {
  return `工作表「${context.grid.name}」的${columnLetters(column)}${row}单元格`;
}

export function report(
  context: SheetContext,
  code: XlsxFindingCode,
  at: { row: number; column: number; more?: LocationDetail },
  message: string,
  suggestion?: string,
): void {
  context.findings.push(xlsxFinding(code, locate(context, at.row, at.column, at.more), message, suggestion));
}

/** The text a cell shows. */
export function textAt(context: SheetContext, row: number, column: number): string {
  return textOf(valueAt(context.grid, row, column));
}

/** A cell's text quoted for a message. */
export function quoted(context: SheetContext, row: number, column: number): string {
  return quote(textAt(context, row, column));
}
