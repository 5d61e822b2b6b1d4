/**
 * A Word document in the reference layout (Part 1 and numbered project tables, as a unit's original
 * file and exportTargetsDocx write it), read by the shared reader of target documents
 * (target-table/read-document.ts) over the body's Word places: the same rules, findings and model as
 * for the text export of the same document, located in Word terms.
 */
import type { Finding } from '../finding';
import type { UnitYear } from '../model';
import { inDocumentOrder, quote, type FindingSink } from '../target-table/finding-kinds';
import { readTargetDocument } from '../target-table/read-document';
import { statedYear } from '../target-table/unit-year';
import type { BodyItem } from './document-body';
import { docxFinding } from './finding-codes';
import { wordBody, wordFormat } from './word-places';

export interface DocxImportOptions {
  /** Overrides the fiscal year the document names. */
  year?: number;
}

export interface DocxImportResult {
  /** null only when nothing usable was read. */
  unitYear: UnitYear | null;
  /** Every problem, located by table, row and cell (or paragraph); any error means "do not store". */
  findings: Finding[];
}

function coverFinding(cover: readonly string[]): Finding[] {
  if (cover.length === 0) return [];
  const message = `第一个标题之前的${cover.length}段文字（${quote(cover[0] ?? '')}等）是封面或说明，未导入。`;
  return [docxFinding('docx.cover-text', {}, message)];
}

/**
 * Reads the body in the reference layout. Never throws; unitYear is null when there is no project table.
 * The year is the options', else the NNNN年度 the cover states, else the one the document names most.
 */
export function readSeedLayout(body: readonly BodyItem[], options: DocxImportOptions): DocxImportResult {
  const word = wordBody(body);
  const cover = [...word.titles, ...word.cover];
  const sink: FindingSink = { prefix: 'docx', located: [] };
  const unitYear = readTargetDocument(
    word.blocks,
    {
      format: wordFormat,
      year: options.year,
      statedYear: statedYear(cover),
      titles: cover,
      noProjectTable: ['文件中没有找到项目绩效目标表：正文里没有表格，或表格不是“项目支出绩效目标表”。', '请确认这是单位的绩效目标 Word 文件'],
      yearUnknown: ['无法确定年度：标题、项目名称和时效指标中都没有写明年份（如“2021年”）。', '请在导入时指定年度'],
    },
    sink,
  );
  return { unitYear, findings: [...coverFinding(word.cover), ...inDocumentOrder(sink.located)] };
}
