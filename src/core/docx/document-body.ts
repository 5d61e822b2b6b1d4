/**
 * word/document.xml → the body as Word shows it: paragraphs (text, style, whether they belong to the
 * table of contents) and tables (rows of cells with their text, grid position, span and vertical
 * merge). Field codes ({ TC … }, PAGEREF …) are not text; a field's shown result is. Deleted text of
 * tracked changes is left out, inserted text kept. Nested tables are read as paragraphs of their cell.
 */
import { joinParagraphs } from './cell-text';
import { mergeTable, type BodyTable, type RawCell } from './merged-cells';
import { attributeOf, childrenOf, pathOf, tagOf, textOf, type XmlNode } from './xml-nodes';

export interface BodyParagraph {
  kind: 'paragraph';
  text: string;
  /** The paragraph style id ("Heading1", "Title"), '' when none. */
  style: string;
  /** Inside a table of contents (its content control, or the result of a TOC field). */
  inToc: boolean;
}

export type BodyItem = BodyParagraph | BodyTable;

interface Field {
  instruction: string;
  showsResult: boolean;
}

interface Walk {
  fields: Field[];
  tocDepth: number;
  tables: number;
}

/** Elements whose children are read as if they stood in their place. */
const transparent = new Set(['w:hyperlink', 'w:ins', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:bdo', 'w:dir', 'w:moveTo']);

const isTocField = (walk: Walk) => walk.fields.some((field) => /^\s*TOC\b/.test(field.instruction));
const showsText = (walk: Walk) => walk.fields.every((field) => field.showsResult);

function fieldChar(walk: Walk, node: XmlNode): void {
  const type = attributeOf(node, 'w:fldCharType');
  if (type === 'begin') walk.fields.push({ instruction: '', showsResult: false });
  else if (type === 'separate') {
    const field = walk.fields.at(-1);
    if (field) field.showsResult = true;
  } else if (type === 'end') walk.fields.pop();
}

function runText(walk: Walk, run: XmlNode, out: string[]): void {
  for (const child of childrenOf(run)) {
    const tag = tagOf(child);
    if (tag === 'w:fldChar') fieldChar(walk, child);
    else if (tag === 'w:instrText') {
      const field = walk.fields.at(-1);
      if (field) field.instruction += childrenOf(child).map(textOf).join('');
    } else if (!showsText(walk)) continue;
    else if (tag === 'w:t') out.push(childrenOf(child).map(textOf).join(''));
    else if (tag === 'w:tab') out.push('\t');
    else if (tag === 'w:cr' || (tag === 'w:br' && (attributeOf(child, 'w:type') ?? 'textWrapping') === 'textWrapping')) out.push('\n');
    else if (tag === 'w:noBreakHyphen') out.push('-');
  }
}

function inlineText(walk: Walk, nodes: readonly XmlNode[], out: string[], touchesToc: { value: boolean }): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'w:r') runText(walk, node, out);
    else if (tag === 'w:sdt') inlineText(walk, childrenOf(pathOf(node, 'w:sdtContent') ?? {}), out, touchesToc);
    else if (tag !== null && transparent.has(tag)) inlineText(walk, childrenOf(node), out, touchesToc);
    if (isTocField(walk)) touchesToc.value = true;
  }
}

function paragraphOf(walk: Walk, node: XmlNode): BodyParagraph {
  const out: string[] = [];
  const touchesToc = { value: isTocField(walk) };
  inlineText(walk, childrenOf(node), out, touchesToc);
  const style = attributeOf(pathOf(node, 'w:pPr', 'w:pStyle') ?? {}, 'w:val') ?? '';
  return { kind: 'paragraph', text: out.join(''), style, inToc: walk.tocDepth > 0 || touchesToc.value };
}

function isTocControl(node: XmlNode): boolean {
  const gallery = attributeOf(pathOf(node, 'w:sdtPr', 'w:docPartObj', 'w:docPartGallery') ?? {}, 'w:val') ?? '';
  return /Table of Contents/i.test(gallery);
}

function blocks(walk: Walk, nodes: readonly XmlNode[], out: BodyItem[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'w:p') out.push(paragraphOf(walk, node));
    else if (tag === 'w:tbl') out.push(tableOf(walk, node));
    else if (tag === 'w:sdt') {
      const toc = isTocControl(node);
      walk.tocDepth += toc ? 1 : 0;
      blocks(walk, childrenOf(pathOf(node, 'w:sdtContent') ?? {}), out);
      walk.tocDepth -= toc ? 1 : 0;
    } else if (tag === 'w:customXml') blocks(walk, childrenOf(node), out);
  }
}

/** The text of a cell: its paragraphs (and those of tables nested in it) joined as paragraphs. */
function cellText(walk: Walk, cell: XmlNode): string {
  const items: BodyItem[] = [];
  const nested = { ...walk, tables: 0 };
  blocks(nested, childrenOf(cell), items);
  const texts = items.flatMap((item) => (item.kind === 'paragraph' ? [item.text] : item.rows.flatMap((row) => row.cells.map((one) => one.text))));
  return joinParagraphs(texts);
}

/** Children of a row or table, looking through content controls and custom XML that wrap them. */
function unwrapped(nodes: readonly XmlNode[], tag: string): XmlNode[] {
  return nodes.flatMap((node) => {
    const name = tagOf(node);
    if (name === tag) return [node];
    if (name === 'w:sdt') return unwrapped(childrenOf(pathOf(node, 'w:sdtContent') ?? {}), tag);
    return name === 'w:customXml' ? unwrapped(childrenOf(node), tag) : [];
  });
}

function rawCell(walk: Walk, cell: XmlNode): RawCell {
  const span = Number(attributeOf(pathOf(cell, 'w:tcPr', 'w:gridSpan') ?? {}, 'w:val') ?? '1');
  const vMerge = pathOf(cell, 'w:tcPr', 'w:vMerge');
  const hMerge = pathOf(cell, 'w:tcPr', 'w:hMerge');
  return {
    text: cellText(walk, cell),
    span: Number.isInteger(span) && span > 0 ? span : 1,
    continuesAbove: vMerge !== undefined && (attributeOf(vMerge, 'w:val') ?? 'continue') === 'continue',
    continuesLeft: hMerge !== undefined && (attributeOf(hMerge, 'w:val') ?? 'continue') === 'continue',
  };
}

function tableOf(walk: Walk, node: XmlNode): BodyTable {
  walk.tables += 1;
  const number = walk.tables;
  const rows = unwrapped(childrenOf(node), 'w:tr').map((row) => {
    const skipped = Number(attributeOf(pathOf(row, 'w:trPr', 'w:gridBefore') ?? {}, 'w:val') ?? '0');
    return { gridBefore: Number.isInteger(skipped) && skipped > 0 ? skipped : 0, cells: unwrapped(childrenOf(row), 'w:tc').map((cell) => rawCell(walk, cell)) };
  });
  return mergeTable(number, rows);
}

/** The body of word/document.xml in document order; [] when the XML has no w:body. */
export function readBody(nodes: readonly XmlNode[]): BodyItem[] | null {
  const document = nodes.find((node) => tagOf(node) === 'w:document');
  const body = document ? pathOf(document, 'w:body') : undefined;
  if (!body) return null;
  const out: BodyItem[] = [];
  blocks({ fields: [], tocDepth: 0, tables: 0 }, childrenOf(body), out);
  return out;
}
