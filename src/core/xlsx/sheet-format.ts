/**
 * How the exported sheets look: one font, thin borders, wrapped text, column widths and row heights
 * estimated from the text (Excel and LibreOffice do not fit the height of merged cells themselves, so
 * a long 资金用途 in a merged cell would be cut), and the print setup (A4 landscape, one page wide,
 * header rows repeated on every page).
 */
import type { Alignment, Borders, Cell, CellValue, Font, Worksheet } from 'exceljs';

export const font: Partial<Font> = { name: '宋体', size: 10.5 };
const boldFont: Partial<Font> = { ...font, bold: true };
const titleFont: Partial<Font> = { ...font, size: 16, bold: true };
const thin = { style: 'thin' } as const;
const borders: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** Points per line of 10.5 pt text (CJK fonts need more than the Latin 1.2 em). */
const lineHeight = 15;
const minimumRowHeight = 20;

/** A range of merged cells, 1-based and inclusive. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A worksheet being written, with the merges made so far (needed to estimate row heights). */
export interface SheetWriter {
  sheet: Worksheet;
  merges: Merge[];
}

export type CellStyle = 'title' | 'label' | 'header' | 'text' | 'center';

const alignments: Record<CellStyle, Partial<Alignment>> = {
  title: { horizontal: 'center', vertical: 'middle', wrapText: true },
  label: { horizontal: 'center', vertical: 'middle', wrapText: true },
  header: { horizontal: 'center', vertical: 'middle', wrapText: true },
  text: { horizontal: 'left', vertical: 'middle', wrapText: true },
  center: { horizontal: 'center', vertical: 'middle', wrapText: true },
};

/** Writes the title of a sheet: one row, merged over `columns`, in large bold type. */
export function putTitle(writer: SheetWriter, row: number, columns: number, text: string): void {
  put(writer, row, 1, text, 'title');
  merge(writer, { top: row, left: 1, bottom: row, right: columns });
  writer.sheet.getRow(row).height = 32;
}

/** Writes one cell with the house style; `numFmt` for numbers (0.00, 0.00%). */
export function put(writer: SheetWriter, row: number, column: number, value: CellValue, style: CellStyle, numFmt?: string): Cell {
  const cell = writer.sheet.getCell(row, column);
  cell.value = value;
  cell.font = style === 'title' ? titleFont : style === 'label' || style === 'header' ? boldFont : font;
  cell.alignment = alignments[style];
  if (style !== 'title') cell.border = borders;
  if (style === 'header') cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
  if (numFmt !== undefined) cell.numFmt = numFmt;
  return cell;
}

/** Merges a range (after its top-left cell is written); the other cells get the same borders. */
export function merge(writer: SheetWriter, range: Merge): void {
  if (range.top === range.bottom && range.left === range.right) return;
  const master = writer.sheet.getCell(range.top, range.left);
  for (let row = range.top; row <= range.bottom; row += 1) {
    for (let column = range.left; column <= range.right; column += 1) {
      if (row !== range.top || column !== range.left) writer.sheet.getCell(row, column).style = master.style;
    }
  }
  writer.sheet.mergeCells(range.top, range.left, range.bottom, range.right);
  writer.merges.push(range);
}

// CJK, full-width forms and the symbols CJK fonts draw full width (≥ ≤ “ ” ① …) take two columns.
const wide = /[\u1100-\u115f\u2000-\u2bff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Width of one line of text in Excel column units: two for a CJK character, one for others. */
export function lineWidth(line: string): number {
  let width = 0;
  for (const char of line) width += wide.test(char) ? 2 : 1;
  return width;
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value.toFixed(2);
  return typeof value === 'string' ? value : '';
}

/** Lines the text takes in a cell `width` units wide, wrapping at the width. */
function linesIn(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(lineWidth(line) / usable)), 0);
}

function mergeAt(writer: SheetWriter, row: number, column: number): Merge | undefined {
  return writer.merges.find((range) => row >= range.top && row <= range.bottom && column >= range.left && column <= range.right);
}

/**
 * Sets each column's width from its longest line, within [min, max] of `limits` (one entry per
 * column). Cells merged across columns do not count: their text wraps over the merged width.
 */
export function fitColumns(writer: SheetWriter, limits: ReadonlyArray<{ min: number; max: number }>): void {
  limits.forEach((limit, index) => {
    const column = index + 1;
    let widest = 0;
    writer.sheet.getColumn(column).eachCell((cell, row) => {
      const range = mergeAt(writer, row, column);
      if (range && range.left !== range.right) return;
      for (const line of cellText(cell.value).split('\n')) widest = Math.max(widest, lineWidth(line) + 2);
    });
    writer.sheet.getColumn(column).width = Math.min(limit.max, Math.max(limit.min, widest));
  });
}

function widthOf(writer: SheetWriter, left: number, right: number): number {
  let width = 0;
  for (let column = left; column <= right; column += 1) width += writer.sheet.getColumn(column).width ?? 9;
  return width;
}

/** Sets every row's height from the wrapped lines of its tallest cell (after the widths are set). */
export function fitRows(writer: SheetWriter, from: number, to: number): void {
  for (let row = from; row <= to; row += 1) {
    let lines = 1;
    writer.sheet.getRow(row).eachCell((cell, column) => {
      const range = mergeAt(writer, row, column) ?? { top: row, left: column, bottom: row, right: column };
      if (range.top !== row || range.left !== column) return;
      const rowsSpanned = range.bottom - range.top + 1;
      lines = Math.max(lines, Math.ceil(linesIn(cellText(cell.value), widthOf(writer, range.left, range.right)) / rowsSpanned));
    });
    writer.sheet.getRow(row).height = Math.max(minimumRowHeight, lines * lineHeight + 6);
  }
}

/**
 * A4 landscape, one page wide (as many pages high as needed), `titleRows` ("9:9") repeated on every
 * page, page numbers in the footer.
 */
export function setUpPrinting(sheet: Worksheet, titleRows: string | undefined): void {
  Object.assign(sheet.pageSetup, {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  });
  if (titleRows !== undefined) sheet.pageSetup.printTitlesRow = titleRows;
  sheet.headerFooter.oddFooter = '&C第 &P 页，共 &N 页';
}

/** Freezes the rows above `firstScrollingRow`. */
export function freezeAbove(sheet: Worksheet, firstScrollingRow: number): void {
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: firstScrollingRow - 1, topLeftCell: `A${firstScrollingRow}` }];
}
