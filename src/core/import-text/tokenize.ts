/**
 * Lines → blocks: headings, paragraphs and tables of rows of cells, each with 1-based line numbers.
 *
 * The layout of a Word document exported as text (domain.md §7):
 * - A line that begins with a tab is one cell. Consecutive tab lines are the cells of one row;
 *   a blank line closes the row. A tab line after blank lines starts the next row of the same table.
 * - A cell can span several lines. A line without a leading tab continues the last cell when at most
 *   ONE blank line separates it from that cell (Word writes the paragraphs of a cell one blank line
 *   apart and closes the row with a further blank line), unless the line is a heading. With two or
 *   more blank lines in between, the row is over and the line is a paragraph of its own, which ends
 *   the table. The blank lines between a cell's paragraphs belong to the cell; blank lines after the
 *   cell's last line do not.
 * - Headings: a part (第X部分), a numbered title (一、… / （一）…) and a project title (a line with a
 *   Word `{ TC … }` field, or `N.…绩效目标表` / `N、…绩效目标表`), as target-table/layout.ts reads them.
 * - Any other line is a paragraph; consecutive lines (no blank line between) form one paragraph.
 */
import { headingOf, type Heading } from '../target-table/layout';

export interface Cell {
  /** The cell as written: its lines joined by LF, without the leading tab. */
  text: string;
  /** The line of the cell's tab line. */
  line: number;
}

export interface Row {
  cells: Cell[];
  line: number;
  /** The last line of the row, including lines that continue its last cell. */
  lastLine: number;
}

export interface HeadingBlock extends Heading {
  kind: 'heading';
  line: number;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  line: number;
  lastLine: number;
}

export interface TableBlock {
  kind: 'table';
  rows: Row[];
  line: number;
  lastLine: number;
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock;

const nonSpace = /\S/;

/** The heading a non-tab line is (see target-table/layout.ts), or null for an ordinary line. */
export function classifyHeading(rawLine: string, line: number): HeadingBlock | null {
  const heading = headingOf(rawLine);
  return heading && { kind: 'heading', ...heading, line };
}

interface OpenCell {
  first: string;
  /** Continuation lines (blank lines between paragraphs included); null for the usual one-line cell. */
  more: string[] | null;
  line: number;
}

interface State {
  blocks: Block[];
  table: TableBlock | null;
  row: Row | null;
  cell: OpenCell | null;
  /** Blank lines seen since the last cell line; they join the cell only if a continuation follows. */
  blanks: string[];
  paragraph: { lines: string[]; line: number } | null;
}

function closeCell(state: State): void {
  const cell = state.cell;
  if (cell && state.row) state.row.cells.push({ text: cell.more ? [cell.first, ...cell.more].join('\n') : cell.first, line: cell.line });
  state.cell = null;
}

function closeParagraph(state: State): void {
  const paragraph = state.paragraph;
  if (!paragraph) return;
  const lastLine = paragraph.line + paragraph.lines.length - 1;
  state.blocks.push({ kind: 'paragraph', text: paragraph.lines.join('\n'), line: paragraph.line, lastLine });
  state.paragraph = null;
}

function closeTable(state: State): void {
  closeCell(state);
  state.table = null;
  state.row = null;
  state.blanks.length = 0;
}

function addCell(state: State, text: string, line: number): void {
  closeParagraph(state);
  const rowIsOpen = state.row !== null && state.blanks.length === 0;
  closeCell(state);
  if (!state.table) {
    state.table = { kind: 'table', rows: [], line, lastLine: line };
    state.blocks.push(state.table);
  }
  if (!rowIsOpen || !state.row) {
    state.row = { cells: [], line, lastLine: line };
    state.table.rows.push(state.row);
  }
  state.cell = { first: text, more: null, line };
  state.row.lastLine = line;
  state.table.lastLine = line;
  state.blanks.length = 0;
}

function addTextLine(state: State, text: string, line: number): void {
  const found = classifyHeading(text, line);
  if (found) {
    closeParagraph(state);
    closeTable(state);
    state.blocks.push(found);
    return;
  }
  if (state.cell && state.row && state.table && state.blanks.length <= 1) {
    state.cell.more ??= [];
    state.cell.more.push(...state.blanks, text);
    state.row.lastLine = line;
    state.table.lastLine = line;
    state.blanks.length = 0;
    return;
  }
  closeTable(state);
  if (state.paragraph) state.paragraph.lines.push(text);
  else state.paragraph = { lines: [text], line };
}

/** Splits LF-separated text into blocks in one pass. Never throws. */
export function tokenize(text: string): Block[] {
  const state: State = { blocks: [], table: null, row: null, cell: null, blanks: [], paragraph: null };
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const number = index + 1;
    if (line.charCodeAt(0) === 9) addCell(state, line.slice(1), number);
    else if (!nonSpace.test(line)) {
      closeParagraph(state);
      if (state.cell) state.blanks.push(line);
    } else addTextLine(state, line, number);
  }
  closeParagraph(state);
  closeTable(state);
  return state.blocks;
}

/** The number of lines of LF-separated text; a final line end does not open another line. */
export function countLines(text: string): number {
  if (text === '') return 0;
  let count = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return text.endsWith('\n') ? count - 1 : count;
}
