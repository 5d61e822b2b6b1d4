/**
 * A Word table from rows of cells with widths. Rows of a target table have different cell counts
 * (2, 4, 7, 5, 6 …); Word needs one grid of columns for the whole table, each cell spanning whole
 * grid columns. The grid is the union of every row's cell edges, so each cell keeps its own width.
 */
import { BorderStyle, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, VerticalMergeType, WidthType, type IBorderOptions } from 'docx';
import { paragraphsOf } from './cell-text';
import { textWidth } from './word-styles';

export interface CellSpec {
  text: string;
  /** Width in twips. */
  width: number;
  /** Vertical merge: the first cell of a merged run, or a cell merged into the one above. */
  merge?: 'restart' | 'continue';
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
}

export interface RowSpec {
  cells: CellSpec[];
  /** A row without borders of its own (the unit line above a project table). */
  borderless?: boolean;
  /** Keeps the row on the page of the next one (the indicator header with the first indicator). */
  keepNext?: boolean;
}

/** What differs between the tables of portrait and landscape documents: the width a table takes (twips) and its text style. */
export interface TableFrame {
  width: number;
  textStyle: string;
}

/** The target tables: the portrait text width, in the table text style. */
const portraitFrame: TableFrame = { width: textWidth, textStyle: 'TableText' };

const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** The sorted cell edges of all rows (twips from the table's left edge), 0 excluded. */
export function gridEdges(rows: readonly RowSpec[]): number[] {
  const edges = new Set<number>();
  for (const row of rows) {
    let edge = 0;
    for (const cell of row.cells) {
      edge += cell.width;
      edges.add(edge);
    }
  }
  return [...edges].sort((a, b) => a - b);
}

function cellOf(cell: CellSpec, span: number, borderless: boolean, textStyle: string): TableCell {
  const alignment = cell.align ?? 'left';
  return new TableCell({
    children: paragraphsOf(cell.text, { style: textStyle, alignment }, cell.bold ? { bold: true } : {}),
    width: { size: cell.width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    ...(span > 1 ? { columnSpan: span } : {}),
    ...(cell.merge ? { verticalMerge: cell.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
    ...(borderless ? { borders: { top: none, left: none, right: none, bottom: line } } : {}),
  });
}

function rowOf(row: RowSpec, edges: readonly number[], textStyle: string): TableRow {
  let start = 0;
  const cells = row.cells.map((cell) => {
    const end = start + cell.width;
    const span = edges.filter((edge) => edge > start && edge <= end).length;
    start = end;
    return cellOf(cell, span, row.borderless === true, textStyle);
  });
  return new TableRow({ children: cells, cantSplit: true, keepNext: row.keepNext === true });
}

/** The table: fixed layout over the frame's width (the portrait text width unless said), single black lines, each cell as wide as its spec says. */
export function buildTable(rows: readonly RowSpec[], frame: TableFrame = portraitFrame): Table {
  const edges = gridEdges(rows);
  const columnWidths = edges.map((edge, index) => edge - (edges[index - 1] ?? 0));
  return new Table({
    rows: rows.map((row) => rowOf(row, edges, frame.textStyle)),
    columnWidths,
    width: { size: frame.width, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
  });
}
