/**
 * The places of a Word document, and its body as the shared readers read it (target-table/layout.ts).
 *
 * A place is a paragraph (第12段) or a table's row or cell (表3 第5行, 表3 第5行 第2列), counted from 1 in
 * document order; a finding's location.cell names it with the cell's meaning in brackets ("表3 第5行 第2列
 * （指标值）") and its message names the same place. Paragraphs, rows (where they start and end) and cells
 * are numbered in reading order, which is the order findings are given in.
 *
 * Merged cells: as Word's own text export writes them, a cell merged into the one above is empty (the
 * readers take a merged 一级/二级指标 from the row above and know the merged label cells of 预算规模及资金用途
 * and 资金支出计划). Below an indicator header the merged cell carries the text of the cell above instead,
 * so that a 二级指标 merged on its own is read as Word shows it.
 */
import type { Location } from '../finding';
import { opensIndicatorHeader } from '../target-table/indicator-columns';
import { headingOf, type LayoutBlock, type TableBlock, type TableCell, type TableRow } from '../target-table/layout';
import { documentPhrasing, type TableFormat } from '../target-table/table-format';
import type { BodyItem, BodyParagraph } from './document-body';
import type { BodyRow, BodyTable } from './merged-cells';
import { coverStyleIds } from './word-styles';

export type WordPlace = ({ table: number; row: number; column: number | null } | { paragraph: number }) & { order: number };

/** How a place reads in a message and in location.cell: 表3 第5行 第2列, 表3 第5行, 第12段. */
export function placeText(place: WordPlace): string {
  if ('paragraph' in place) return `第${place.paragraph}段`;
  return place.column === null ? `表${place.table} 第${place.row}行` : `表${place.table} 第${place.row}行 第${place.column}列`;
}

/** The Word place in location.cell, the cell's meaning in brackets; no line. */
function locate(place: WordPlace | null, location: Location): Location {
  const { cell, project, ...rest } = location;
  const first = project === undefined ? {} : { project };
  if (place === null) return cell === undefined ? { ...first, ...rest } : { ...first, ...rest, cell };
  return { ...first, ...rest, cell: cell === undefined || cell === '' ? placeText(place) : `${placeText(place)}（${cell}）` };
}

export const wordFormat: TableFormat<WordPlace> = {
  locate,
  words: placeText,
  order: (place) => place.order,
  phrasing: documentPhrasing(placeText),
  level2FromAbove: 'when-level1-empty',
};

/**
 * A place of a national-layout table; null where a table has no rows above its indicator header, which
 * messages call "第0行" (as they always have) and which sorts before every place.
 */
export type NationalPlace = WordPlace | null;

function nationalWords(place: NationalPlace): string {
  return place === null ? '第0行' : placeText(place);
}

export const nationalFormat: TableFormat<NationalPlace> = {
  locate,
  words: nationalWords,
  order: (place) => place?.order ?? 0,
  phrasing: documentPhrasing(nationalWords),
  level2FromAbove: 'when-level1-empty',
};

export interface WordBody {
  blocks: LayoutBlock<WordPlace>[];
  /** Text before the first heading or table (a cover page), not imported. */
  cover: string[];
  /** Paragraphs styled as the title or subtitle (not content, but they state the year). */
  titles: string[];
}

/** The walk through a body: places are numbered as they are met. */
export interface WordWalk extends WordBody {
  order: number;
  paragraphs: number;
  started: boolean;
}

const notContent = new Set<string>([...coverStyleIds, 'TOC1', 'TOC2', 'TOC3']);

function next(walk: WordWalk, where: { table: number; row: number; column: number | null } | { paragraph: number }): WordPlace {
  const place = { ...where, order: walk.order };
  walk.order += 1;
  return place;
}

function rowOf(walk: WordWalk, table: BodyTable, row: BodyRow, index: number, belowHeader: boolean): TableRow<WordPlace> {
  const at = { table: table.number, row: index + 1 };
  const place = next(walk, { ...at, column: null });
  const cells: TableCell<WordPlace>[] = row.cells.map((cell, column) => ({
    text: cell.merged ? (belowHeader ? (cell.above ?? '') : '') : cell.text,
    place: next(walk, { ...at, column: column + 1 }),
  }));
  return { cells, place, endPlace: next(walk, { ...at, column: null }) };
}

/** A table's rows as the readers' rows; every row after an indicator header is "below the header". */
export function tableBlock(walk: WordWalk, table: BodyTable): TableBlock<WordPlace> {
  let belowHeader = false;
  const rows = table.rows.map((row, index) => {
    const read = rowOf(walk, table, row, index, belowHeader);
    if (opensIndicatorHeader(row.cells.find((cell) => cell.text.trim() !== '')?.text ?? '')) belowHeader = true;
    return read;
  });
  // A table without rows holds nothing to locate; its place is where it stands.
  return { kind: 'table', rows, place: rows[0]?.place ?? { table: table.number, row: 1, column: null, order: walk.order } };
}

function addParagraph(walk: WordWalk, paragraph: BodyParagraph): void {
  const text = paragraph.text;
  if (paragraph.inToc || text.trim() === '') return;
  if (notContent.has(paragraph.style)) {
    walk.titles.push(text.trim());
    return;
  }
  walk.paragraphs += 1;
  const heading = headingOf(text);
  if (!walk.started && heading === null) {
    walk.cover.push(text.trim());
    return;
  }
  walk.started = true;
  const place = next(walk, { paragraph: walk.paragraphs });
  walk.blocks.push(heading ? { kind: 'heading', ...heading, place } : { kind: 'paragraph', text, place });
}

/** An empty walk, for callers that turn tables into rows one by one (the national layout). */
export function startWalk(): WordWalk {
  return { blocks: [], cover: [], titles: [], order: 1, paragraphs: 0, started: false };
}

/** The blocks of the whole body, each placed in Word terms. */
export function wordBody(items: readonly BodyItem[]): WordBody {
  const walk = startWalk();
  for (const item of items) {
    if (item.kind === 'paragraph') addParagraph(walk, item);
    else {
      walk.started = true;
      walk.blocks.push(tableBlock(walk, item));
    }
  }
  return { blocks: walk.blocks, cover: walk.cover, titles: walk.titles };
}
