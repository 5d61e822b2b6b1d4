/**
 * The importer for the text export of a Word target document (domain.md §7), and its inverse.
 *
 * `importTextExport` reads the bytes of a whole file into a UnitYear and findings; `emitTextExport`
 * writes a UnitYear back in the same layout. Finding codes and their severities: finding-codes.ts.
 * The layout rules of the text (what a row, a cell, a continuation line and a heading are): tokenize.ts;
 * the reading of the document's parts and tables: src/core/target-table, shared with Word documents.
 */
import type { Finding } from '../finding';
import type { UnitYear } from '../model';
import { inDocumentOrder, type FindingSink } from '../target-table/finding-kinds';
import type { LayoutBlock } from '../target-table/layout';
import { readTargetDocument } from '../target-table/read-document';
import { statedYear } from '../target-table/unit-year';
import { decodeText, type TextEncodingName } from './decode';
import { layoutBlocks, textFormat } from './text-places';
import { countLines, tokenize } from './tokenize';

export type { TextEncodingName } from './decode';
export { emitTextExport } from './emit';
export { importFindingCodes, type ImportFindingCode } from './finding-codes';
export { tokenize, type Block, type Cell, type Row } from './tokenize';

export interface TextImportOptions {
  /** Overrides the fiscal year the document names. */
  year?: number;
}

export interface TextImportResult {
  /** null only when nothing usable was read (empty, binary, no table at all). */
  unitYear: UnitYear | null;
  /** Every problem, located; any error means "do not store". */
  findings: Finding[];
  encoding: TextEncodingName | null;
  lineCount: number;
}

/**
 * The document's title lines: the paragraphs before anything else that state its fiscal year
 * ("…2021年度预算绩效目标", as {@link emitTextExport} writes). They are the title, not stray text.
 */
function leadingTitles(blocks: readonly LayoutBlock<number>[]): string[] {
  const titles: string[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || statedYear([block.text]) === null) break;
    titles.push(block.text);
  }
  return titles;
}

/**
 * Bytes in (a whole file), model + findings out. Never throws on any input. No IO.
 * The model is returned even when there are errors (for display); a caller must not store it then.
 * The year is `options.year`, else the one its title states, else the one the document names most often (0 with
 * an error when none).
 * Findings come in document order, those about the whole file first.
 */
export function importTextExport(bytes: Uint8Array, options: TextImportOptions = {}): TextImportResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { unitYear: null, findings: decoded.findings, encoding: decoded.encoding, lineCount: 0 };
  const sink: FindingSink = { prefix: 'import', located: decoded.findings.map((finding) => ({ finding, order: finding.location.line ?? 0 })) };
  const blocks = layoutBlocks(tokenize(decoded.text));
  const titles = leadingTitles(blocks);
  const unitYear = readTargetDocument(blocks.slice(titles.length), {
    format: textFormat,
    year: options.year,
    statedYear: statedYear(titles),
    titles,
    noProjectTable: ['文件中没有找到项目绩效目标表（第二部分）：没有以制表符开头的表格行。', '请确认文件是从 Word 绩效目标表另存的文本'],
    yearUnknown: ['无法确定年度：项目名称、标题和时效指标中都没有写明年份（如“2021年”）。', '请在导入时指定年度'],
  }, sink);
  return { unitYear, findings: inDocumentOrder(sink.located), encoding: decoded.encoding, lineCount: countLines(decoded.text) };
}
