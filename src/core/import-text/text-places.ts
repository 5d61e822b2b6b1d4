/**
 * The places of the text export: lines. A finding is located by its line (and the cell's label), and
 * messages say "第12行". The tokenizer's blocks become the shared readers' blocks here.
 */
import type { Location } from '../finding';
import type { LayoutBlock, TableRow } from '../target-table/layout';
import { documentPhrasing, type TableFormat } from '../target-table/table-format';
import type { Block, Row } from './tokenize';

const lineWords = (line: number): string => `第${line}行`;

/** The line first, then the project, as the importer has always written locations. */
function locate(line: number | null, location: Location): Location {
  if (line === null) return location;
  // Object.assign keeps the keys set first in their place: line, then project, then the rest.
  return Object.assign(location.project === undefined ? { line } : { line, project: location.project }, location);
}

/** Lines: location.line and the cell's label in location.cell; 第N行 in messages; the line is the order. */
export const textFormat: TableFormat<number> = {
  locate,
  words: lineWords,
  order: (line) => line,
  phrasing: documentPhrasing(lineWords),
  level2FromAbove: 'when-level1-empty',
};

function rowOf(row: Row): TableRow<number> {
  return { cells: row.cells.map((cell) => ({ text: cell.text, place: cell.line })), place: row.line, endPlace: row.lastLine };
}

/** The tokenizer's blocks as the shared readers read them, placed by line. */
export function layoutBlocks(blocks: readonly Block[]): LayoutBlock<number>[] {
  return blocks.map((block): LayoutBlock<number> => {
    if (block.kind === 'table') return { kind: 'table', rows: block.rows.map(rowOf), place: block.line };
    if (block.kind === 'paragraph') return { kind: 'paragraph', text: block.text, place: block.line };
    const { line, ...heading } = block;
    return { ...heading, place: line };
  });
}
