/**
 * What the readers of one project table share: where the project stands in the document (for the
 * location of findings) and the list the findings go to.
 */
import type { Finding, Location } from '../finding';
import { toHalfWidth } from '../text';
import { importFinding, quote, type ImportFindingCode } from './finding-codes';
import type { HeadingBlock, Row } from './tokenize';

/** A project title (when the document has one) and the rows of its table. */
export interface ProjectSlot {
  /** 1-based position of the project in the document. */
  index: number;
  title: HeadingBlock | null;
  rows: Row[];
}

export interface ProjectContext {
  /** 1-based position of the project in the document. */
  index: number;
  /** Filled in as soon as the 项目编码 cell is read. */
  projectCode: string;
  /** The 项目名称 (or the title) once known, for messages. */
  name: string;
  /** The last project of the document: a table that stops early there means a truncated file. */
  isLast: boolean;
  /** The last row of the project's table, null when the table has no rows. */
  finalRow: Row | null;
  findings: Finding[];
}

/** The location of a finding in this project. */
export function locate(context: ProjectContext, line: number, more: Omit<Location, 'line' | 'project' | 'projectCode'> = {}): Location {
  const location: Location = { line, project: context.index, ...more };
  if (context.projectCode !== '') location.projectCode = context.projectCode;
  return location;
}

/** "第3个项目「干部队伍建设经费」", the way messages name a project. */
export function projectLabel(context: ProjectContext): string {
  return context.name === '' ? `第${context.index}个项目` : `第${context.index}个项目${quote(context.name)}`;
}

/** Adds a finding of this project (its severity is the code's). */
export function report(
  context: ProjectContext,
  code: ImportFindingCode,
  location: Location,
  message: string,
  suggestion?: string,
): void {
  context.findings.push(importFinding(code, location, message, suggestion));
}

/**
 * Checks that a row has `expected` cells and reports it otherwise: as a truncated file when it is
 * the short last row of the document, else as a row with the wrong number of cells.
 */
export function hasCellCount(context: ProjectContext, row: Row, expected: number, rowName: string): boolean {
  const count = row.cells.length;
  if (count === expected) return true;
  if (context.isLast && row === context.finalRow && count < expected) {
    const message = `文件在第${row.lastLine}行结束，${projectLabel(context)}的「${rowName}」行只有${count}个单元格（应为${expected}个），文件可能被截断。`;
    report(context, 'import.truncated', locate(context, row.lastLine), message, '请重新完整导出文件后再导入');
    return false;
  }
  const message = `${projectLabel(context)}第${row.line}行的「${rowName}」行有${count}个单元格，应为${expected}个。`;
  report(context, 'import.cell-count', locate(context, row.line), message, '请核对该行是否漏填、多填或合并了单元格');
  return false;
}

const hasFullWidth = /[\uff01-\uff5e\u3000]/;

/** The cell's text for comparisons: trimmed, full-width ASCII folded. */
export function cellKey(text: string | undefined): string {
  if (text === undefined) return '';
  // Most cells hold no full-width ASCII: skip the fold, which is the importer's hottest path.
  return hasFullWidth.test(text) ? toHalfWidth(text).trim() : text.trim();
}
