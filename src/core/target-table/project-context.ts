/**
 * A project table of a target document (the reference layout: a title and rows), and what its readers
 * share besides the table context: whether it is the document's last table, for telling a file that
 * was cut off from a table that lacks rows.
 */
import { report, subjectAt, projectLabel, wordsAt, type TableContext } from './table-context';
import type { HeadingBlock, TableRow } from './layout';

/** A project title (when the document has one) and the rows of its table. */
export interface ProjectSlot<P> {
  /** 1-based position of the project in the document. */
  index: number;
  title: HeadingBlock<P> | null;
  /** Where the project starts: its title, else its first row. */
  place: P;
  rows: TableRow<P>[];
}

export interface ProjectContext<P> extends TableContext<P> {
  /** The last project of the document: a table that stops early there means a truncated file. */
  isLast: boolean;
  /** The last row of the project's table, null when the table has no rows. */
  finalRow: TableRow<P> | null;
}

/**
 * Checks that a row has `expected` cells and reports it otherwise: as a truncated file when it is
 * the short last row of the document, else as a row with the wrong number of cells.
 */
export function hasCellCount<P>(context: ProjectContext<P>, row: TableRow<P>, expected: number, rowName: string): boolean {
  const count = row.cells.length;
  if (count === expected) return true;
  if (context.isLast && row === context.finalRow && count < expected) {
    const message = `文件在${wordsAt(context, row.endPlace)}结束，${projectLabel(context)}的「${rowName}」行只有${count}个单元格（应为${expected}个），文件可能被截断。`;
    report(context, 'truncated', row.endPlace, {}, message, '请重新完整导出文件后再导入');
    return false;
  }
  const message = `${subjectAt(context, row.place)}的「${rowName}」行有${count}个单元格，应为${expected}个。`;
  report(context, 'cell-count', row.place, {}, message, '请核对该行是否漏填、多填或合并了单元格');
  return false;
}
