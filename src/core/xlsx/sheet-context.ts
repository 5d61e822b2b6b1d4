/**
 * What the readers of one sheet share: the grid, and the table context of the shared readers (which
 * project the sheet holds, the sink findings go to). Every finding names its cell as `'Sheet'!C7`, and
 * messages name it "工作表「项目1」的C7单元格" (the workbook's format and phrasing, below).
 */
import type { Location } from '../finding';
import { quote } from '../target-table/finding-kinds';
import type { TableCell } from '../target-table/layout';
import { locate, type LocationDetail, type TableContext } from '../target-table/table-context';
import type { Phrasing, TableFormat } from '../target-table/table-format';
import { textOf } from './cell-text';
import { xlsxFinding, type XlsxOwnFindingCode } from './finding-codes';
import { cellAddress, columnLetters } from './sheet-names';
import { valueAt, type Grid } from './sheet-grid';

/** A cell of a sheet. */
export interface CellPlace {
  sheet: string;
  row: number;
  column: number;
}

export interface SheetContext extends TableContext<CellPlace> {
  grid: Grid;
  /** Whether the workbook counts dates from 1904 (old Mac Excel). */
  date1904: boolean;
}

/** "工作表「项目1」的E7单元格", the way messages name a cell. */
function cellWords(place: CellPlace): string {
  return `工作表「${place.sheet}」的${columnLetters(place.column)}${place.row}单元格`;
}

const workbookPhrasing: Phrasing<CellPlace> = {
  subject: (_project, place) => cellWords(place),
  labelled: (subject, label) => `${subject}（${label}）`,
  notAPercent: (subject, checkpoint, value) => `${subject}（${checkpoint}的资金支出计划）${value}不是百分比。`,
  mergeVerb: '沿用',
  emptyIndicatorName: (subject) => `${subject}（三级指标）为空。`,
  emptyTarget: (subject, index) => `${subject}（第${index}个指标的指标值）为空。`,
  unitMissingSuggestion: '请填写“单位编码+单位名称”',
  projectAt: (_position, place) => `工作表「${place.sheet}」`,
  earlierProject: (_position, place) => `工作表「${place.sheet}」`,
  unitReference: '其他项目表',
  moneyUnitReference: '第一个项目表',
  container: '工作簿',
};

/** The cell's address in location.cell (first); a cell's label is not repeated there. Findings keep the order they are made in. */
export const workbookFormat: TableFormat<CellPlace> = {
  locate: (place: CellPlace | null, location: Location): Location => {
    const { cell: _label, ...rest } = location;
    return place === null ? rest : { cell: cellAddress(place.sheet, place.row, place.column), ...rest };
  },
  words: cellWords,
  order: () => 0,
  phrasing: workbookPhrasing,
  level2FromAbove: 'within-level1',
};

/** The place of a cell of this sheet. */
export function placeOf(context: SheetContext, row: number, column: number): CellPlace {
  return { sheet: context.grid.name, row, column };
}

/** "工作表「项目1」的E7单元格", the way messages name a cell. */
export function cellLabel(context: SheetContext, row: number, column: number): string {
  return cellWords(placeOf(context, row, column));
}

/** Adds a finding of the Excel importer's own, at a cell of this sheet. */
export function report(context: SheetContext, code: XlsxOwnFindingCode, at: { row: number; column: number; more?: LocationDetail }, message: string, suggestion?: string): void {
  const location = locate(context, placeOf(context, at.row, at.column), at.more ?? {});
  context.sink.located.push({ finding: xlsxFinding(code, location, message, suggestion), order: 0 });
}

/** The text a cell shows. */
export function textAt(context: SheetContext, row: number, column: number): string {
  return textOf(valueAt(context.grid, row, column));
}

/** A cell as the shared readers read it: the text it shows, its place, and whether it is a formula error (reported on its own). */
export function cellAt(context: SheetContext, row: number, column: number): TableCell<CellPlace> {
  const cell: TableCell<CellPlace> = { text: textAt(context, row, column), place: placeOf(context, row, column) };
  if (valueAt(context.grid, row, column).kind === 'error') cell.unreadable = true;
  return cell;
}

/** A cell's text quoted for a message. */
export function quoted(context: SheetContext, row: number, column: number): string {
  return quote(textAt(context, row, column));
}
