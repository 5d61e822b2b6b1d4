/**
 * The bridge to the text importer's readers: the body of a Word document → the blocks the text
 * importer reads (headings, paragraphs, tables of rows of cells), so that the department plan and
 * the project tables are read by the same rules whether a unit sends Word or its text export.
 *
 * The readers locate by line; each paragraph, row and cell gets a line number of its own here (from
 * {@link firstLine}, far above any number a cell would quote) and a {@link Place} to say where it is
 * in Word: 表3 第5行 第2列, 第12段. translate-findings.ts puts the places back into the findings.
 *
 * Merged cells: as Word's own text export writes them, a cell merged into the one above is empty
 * (the readers take a merged 一级/二级指标 from the row above and know the merged label cells of
 * 预算规模及资金用途 and 资金支出计划). Below an indicator header the merged cell carries the text of
 * the cell above instead, so that a 二级指标 merged on its own is read as Word shows it.
 */
import type { Block, Cell, Row, TableBlock } from '../import-text/tokenize';
import { classifyHeading } from '../import-text/tokenize';
import type { BodyItem, BodyParagraph } from './document-body';
import type { BodyRow, BodyTable } from './merged-cells';
import { coverStyleIds } from './word-styles';

export type Place = { table: number; row: number; column: number | null } | { paragraph: number };

export interface Bridge {
  blocks: Block[];
  places: Map<number, Place>;
  /** Text before the first heading or table (a cover page), not imported. */
  cover: string[];
  /** Paragraphs styled as the title or subtitle (not content, but they state the year). */
  titles: string[];
}

/** Line numbers of the bridge start here, so that "第N行" in a message is never a number quoted from a cell. */
export const firstLine = 1_000_001;

const indicatorHeader = /^一级指标/;
const notContent = new Set<string>([...coverStyleIds, 'TOC1', 'TOC2', 'TOC3']);

/** How a place reads in a message and in location.cell. */
export function placeText(place: Place): string {
  if ('paragraph' in place) return `第${place.paragraph}段`;
  return place.column === null ? `表${place.table} 第${place.row}行` : `表${place.table} 第${place.row}行 第${place.column}列`;
}

export interface BridgeWalk extends Bridge {
  line: number;
  paragraphs: number;
  started: boolean;
}

function place(walk: BridgeWalk, where: Place): number {
  const line = walk.line;
  walk.places.set(line, where);
  walk.line += 1;
  return line;
}

function rowOf(walk: BridgeWalk, table: BodyTable, row: BodyRow, index: number, belowHeader: boolean): Row {
  const line = place(walk, { table: table.number, row: index + 1, column: null });
  const cells: Cell[] = row.cells.map((cell, column) => ({
    text: cell.merged ? (belowHeader ? (cell.above ?? '') : '') : cell.text,
    line: place(walk, { table: table.number, row: index + 1, column: column + 1 }),
  }));
  return { cells, line, lastLine: place(walk, { table: table.number, row: index + 1, column: null }) };
}

/** A table's rows as the text importer's rows; every row after an indicator header is "below the header". */
export function tableBlock(walk: BridgeWalk, table: BodyTable): TableBlock {
  let belowHeader = false;
  const rows = table.rows.map((row, index) => {
    const read = rowOf(walk, table, row, index, belowHeader);
    if (indicatorHeader.test(row.cells.find((cell) => cell.text.trim() !== '')?.text.trim() ?? '')) belowHeader = true;
    return read;
  });
  const line = rows[0]?.line ?? walk.line;
  return { kind: 'table', rows, line, lastLine: rows.at(-1)?.lastLine ?? line };
}

function addParagraph(walk: BridgeWalk, paragraph: BodyParagraph): void {
  const text = paragraph.text;
  if (paragraph.inToc || text.trim() === '') return;
  if (notContent.has(paragraph.style)) {
    walk.titles.push(text.trim());
    return;
  }
  walk.paragraphs += 1;
  const heading = classifyHeading(text, walk.line);
  if (!walk.started && heading === null) {
    walk.cover.push(text.trim());
    return;
  }
  walk.started = true;
  const line = place(walk, { paragraph: walk.paragraphs });
  walk.blocks.push(heading ?? { kind: 'paragraph', text, line, lastLine: line });
}

/** An empty bridge, for callers that turn tables into rows one by one (the national layout). */
export function startBridge(): BridgeWalk {
  return { blocks: [], places: new Map(), cover: [], titles: [], line: firstLine, paragraphs: 0, started: false };
}

/** The blocks of the whole body, and where each line number stands in Word. */
export function bridgeBody(items: readonly BodyItem[]): Bridge {
  const walk = startBridge();
  for (const item of items) {
    if (item.kind === 'paragraph') addParagraph(walk, item);
    else {
      walk.started = true;
      walk.blocks.push(tableBlock(walk, item));
    }
  }
  return { blocks: walk.blocks, places: walk.places, cover: walk.cover, titles: walk.titles };
}
