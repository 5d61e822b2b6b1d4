/**
 * Blocks → the parts of the document: Part 1 blocks for the department plan, and project slots
 * (a project title and the rows of its table). Project titles and tables are recognized wherever
 * they stand; text outside a known part or section is reported, never silently dropped.
 */
import type { Finding } from '../finding';
import { importFinding, quote } from './finding-codes';
import type { ProjectSlot } from './project-context';
import { isUnitRow } from './project-rows';
import type { Block, HeadingBlock, TableBlock } from './tokenize';

type Context = 'preamble' | 'plan' | 'projects' | 'unknown';

export interface DocumentParts {
  planBlocks: Block[];
  /** The line of the 第一部分 heading, null when the document has none. */
  planLine: number | null;
  slots: ProjectSlot[];
  findings: Finding[];
}

interface Walk extends DocumentParts {
  context: Context;
  slot: ProjectSlot | null;
}

function partContext(numbering: string, title: string): Context {
  if (/部门整体|整体绩效|部门绩效/.test(title)) return 'plan';
  if (/项目/.test(title)) return 'projects';
  if (title !== '') return 'unknown';
  if (numbering === '一' || numbering === '1') return 'plan';
  return numbering === '二' || numbering === '2' ? 'projects' : 'unknown';
}

/** A part heading, with its title on the same line or on the line right under it. Returns blocks consumed. */
function enterPart(walk: Walk, heading: HeadingBlock, next: Block | undefined): number {
  const subtitle = heading.title === '' && next?.kind === 'paragraph' && next.line === heading.line + 1 ? next.text.trim() : '';
  const title = heading.title || subtitle;
  walk.context = partContext(heading.numbering, title);
  walk.slot = null;
  if (walk.context === 'plan') walk.planLine ??= heading.line;
  if (walk.context === 'unknown') {
    const message = `第${heading.line}行的${quote(`${heading.text} ${subtitle}`)}不是已知的部分（部门整体绩效目标、预算项目绩效目标），其中的文字未导入。`;
    walk.findings.push(importFinding('import.unknown-section', { line: heading.line }, message, '请核对标题或删除该部分'));
  }
  return subtitle === '' ? 1 : 2;
}

function strayText(walk: Walk, block: Block, text: string): void {
  if (walk.context === 'unknown') return;
  const message = `第${block.line}行的文字${quote(text)}不在任何表格或已知部分之中，未导入。`;
  walk.findings.push(importFinding('import.stray-text', { line: block.line }, message, '请删除这段文字，或把它放回所属的单元格'));
}

function addSection(walk: Walk, heading: HeadingBlock): void {
  if (walk.context === 'preamble') walk.context = 'plan';
  if (walk.context === 'plan') {
    walk.planBlocks.push(heading);
    return;
  }
  if (walk.context === 'unknown') return;
  const message = `第${heading.line}行的标题${quote(heading.text)}不属于项目绩效目标表，其后的文字未导入。`;
  walk.findings.push(importFinding('import.unknown-section', { line: heading.line }, message, '请核对该标题是否放错了位置'));
}

function openSlot(walk: Walk, title: HeadingBlock | null): ProjectSlot {
  const slot: ProjectSlot = { index: walk.slots.length + 1, title, rows: [] };
  walk.slots.push(slot);
  walk.slot = slot;
  walk.context = 'projects';
  return slot;
}

/** Rows join the open project; a unit row after rows starts the next project (its title may be missing). */
function addTable(walk: Walk, table: TableBlock): void {
  for (const row of table.rows) {
    const startsProject = isUnitRow(row) && (walk.slot === null || walk.slot.rows.length > 0);
    if (startsProject) openSlot(walk, null).rows.push(row);
    else if (walk.slot) walk.slot.rows.push(row);
    else if (walk.context === 'projects') openSlot(walk, null).rows.push(row);
    else {
      const message = `第${table.line}行起的表格不属于任何项目绩效目标表（没有“单位：万元”所在的首行），未导入。`;
      walk.findings.push(importFinding('import.stray-text', { line: table.line }, message, '请核对表格是否完整'));
      return;
    }
  }
}

function addBlock(walk: Walk, block: Block): void {
  if (block.kind === 'table') addTable(walk, block);
  else if (block.kind === 'paragraph') {
    if (walk.context === 'plan') walk.planBlocks.push(block);
    else strayText(walk, block, block.text);
  } else if (block.level === 'project') openSlot(walk, block);
  else addSection(walk, block);
}

/** Splits the blocks into Part 1 and the project slots; reports what belongs to neither. */
export function splitDocument(blocks: readonly Block[]): DocumentParts {
  const walk: Walk = { planBlocks: [], planLine: null, slots: [], findings: [], context: 'preamble', slot: null };
  for (let index = 0; index < blocks.length; ) {
    const block = blocks[index];
    if (block?.kind === 'heading' && block.level === 'part') index += enterPart(walk, block, blocks[index + 1]);
    else {
      if (block) addBlock(walk, block);
      index += 1;
    }
  }
  return { planBlocks: walk.planBlocks, planLine: walk.planLine, slots: walk.slots, findings: walk.findings };
}
