/**
 * Blocks → the parts of the document: Part 1 blocks for the department plan, and project slots
 * (a project title and the rows of its table). Project titles and tables are recognized wherever
 * they stand; text outside a known part or section is reported, never silently dropped.
 */
import { quote } from './finding-kinds';
import type { HeadingBlock, LayoutBlock, TableBlock } from './layout';
import type { ProjectSlot } from './project-context';
import { isUnitRow } from './project-rows';
import { report, wordsAt, type TableContext } from './table-context';

type Context = 'preamble' | 'plan' | 'projects' | 'unknown';

export interface DocumentParts<P> {
  planBlocks: LayoutBlock<P>[];
  /** Where the 第一部分 heading is, null when the document has none. */
  planPlace: P | null;
  slots: ProjectSlot<P>[];
}

interface Walk<P> extends DocumentParts<P> {
  document: TableContext<P>;
  context: Context;
  slot: ProjectSlot<P> | null;
}

function partContext(numbering: string, title: string): Context {
  if (/部门整体|整体绩效|部门绩效/.test(title)) return 'plan';
  if (/项目/.test(title)) return 'projects';
  if (title !== '') return 'unknown';
  if (numbering === '一' || numbering === '1') return 'plan';
  return numbering === '二' || numbering === '2' ? 'projects' : 'unknown';
}

/** A part heading, with its title in the heading or in the paragraph right under it. Returns blocks consumed. */
function enterPart<P>(walk: Walk<P>, heading: HeadingBlock<P>, next: LayoutBlock<P> | undefined): number {
  const format = walk.document.format;
  const isRightUnder = next?.kind === 'paragraph' && format.order(next.place) === format.order(heading.place) + 1;
  const subtitle = heading.title === '' && isRightUnder ? next.text.trim() : '';
  const title = heading.title || subtitle;
  walk.context = partContext(heading.numbering, title);
  walk.slot = null;
  if (walk.context === 'plan') walk.planPlace ??= heading.place;
  if (walk.context === 'unknown') {
    const message = `${wordsAt(walk.document, heading.place)}的${quote(`${heading.text} ${subtitle}`)}不是已知的部分（部门整体绩效目标、预算项目绩效目标），其中的文字未导入。`;
    report(walk.document, 'unknown-section', heading.place, {}, message, '请核对标题或删除该部分');
  }
  return subtitle === '' ? 1 : 2;
}

function strayText<P>(walk: Walk<P>, place: P, text: string): void {
  if (walk.context === 'unknown') return;
  const message = `${wordsAt(walk.document, place)}的文字${quote(text)}不在任何表格或已知部分之中，未导入。`;
  report(walk.document, 'stray-text', place, {}, message, '请删除这段文字，或把它放回所属的单元格');
}

function addSection<P>(walk: Walk<P>, heading: HeadingBlock<P>): void {
  if (walk.context === 'preamble') walk.context = 'plan';
  if (walk.context === 'plan') {
    walk.planBlocks.push(heading);
    return;
  }
  if (walk.context === 'unknown') return;
  const message = `${wordsAt(walk.document, heading.place)}的标题${quote(heading.text)}不属于项目绩效目标表，其后的文字未导入。`;
  report(walk.document, 'unknown-section', heading.place, {}, message, '请核对该标题是否放错了位置');
}

function openSlot<P>(walk: Walk<P>, title: HeadingBlock<P> | null, place: P): ProjectSlot<P> {
  const slot: ProjectSlot<P> = { index: walk.slots.length + 1, title, place, rows: [] };
  walk.slots.push(slot);
  walk.slot = slot;
  walk.context = 'projects';
  return slot;
}

/** Rows join the open project; a unit row after rows starts the next project (its title may be missing). */
function addTable<P>(walk: Walk<P>, table: TableBlock<P>): void {
  for (const row of table.rows) {
    const startsProject = isUnitRow(row) && (walk.slot === null || walk.slot.rows.length > 0);
    if (startsProject) openSlot(walk, null, row.place).rows.push(row);
    else if (walk.slot) walk.slot.rows.push(row);
    else if (walk.context === 'projects') openSlot(walk, null, row.place).rows.push(row);
    else {
      const message = `${wordsAt(walk.document, table.place)}起的表格不属于任何项目绩效目标表（没有“单位：万元”所在的首行），未导入。`;
      report(walk.document, 'stray-text', table.place, {}, message, '请核对表格是否完整');
      return;
    }
  }
}

function addBlock<P>(walk: Walk<P>, block: LayoutBlock<P>): void {
  if (block.kind === 'table') addTable(walk, block);
  else if (block.kind === 'paragraph') {
    if (walk.context === 'plan') walk.planBlocks.push(block);
    else strayText(walk, block.place, block.text);
  } else if (block.level === 'project') openSlot(walk, block, block.place);
  else addSection(walk, block);
}

/** Splits the blocks into Part 1 and the project slots; reports (to the document's sink) what belongs to neither. */
export function splitDocument<P>(document: TableContext<P>, blocks: readonly LayoutBlock<P>[]): DocumentParts<P> {
  const walk: Walk<P> = { document, planBlocks: [], planPlace: null, slots: [], context: 'preamble', slot: null };
  for (let index = 0; index < blocks.length; ) {
    const block = blocks[index];
    if (block?.kind === 'heading' && block.level === 'part') index += enterPart(walk, block, blocks[index + 1]);
    else {
      if (block) addBlock(walk, block);
      index += 1;
    }
  }
  return { planBlocks: walk.planBlocks, planPlace: walk.planPlace, slots: walk.slots };
}
