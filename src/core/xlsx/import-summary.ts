/**
 * What the workbook reads from the summary sheet (汇总): the fiscal year and the division, which the
 * project sheets do not carry. Its project rows and totals are for people and are not read back.
 */
import { labelKey } from '../target-table/cell-text';
import { report } from '../target-table/table-context';
import { summaryLabels } from './export-summary-sheet';
import { valueCell } from './import-header';
import { placeOf, textAt, type SheetContext } from './sheet-context';
import { isMaster, rowNumbers, valueAt } from './sheet-grid';

export interface SummaryFacts {
  /** The year the summary states; null when it states none. */
  year: number | null;
  /** The division the summary states ('' → null); undefined when the summary has no 财政区划 label. */
  divisionCode: string | null | undefined;
}

const yearPattern = /^((?:19|20)\d{2})(?:年度?)?$/;

function labelAt(context: SheetContext, label: string): { row: number; column: number } | null {
  for (const row of rowNumbers(context.grid)) {
    for (const column of context.grid.rows.get(row)?.keys() ?? []) {
      const value = valueAt(context.grid, row, column);
      if (value.kind === 'text' && isMaster(context.grid, row, column) && labelKey(value.text) === label) return { row, column };
    }
  }
  return null;
}

function readYear(context: SheetContext): number | null {
  const label = labelAt(context, summaryLabels.year);
  if (!label) return null;
  const at = valueCell(context, label);
  const text = labelKey(textAt(context, at.row, at.column));
  const year = yearPattern.exec(text)?.[1];
  if (year) return Number(year);
  if (text !== '') report(context, 'year-unknown', placeOf(context, at.row, at.column), {}, `工作表「${context.grid.name}」的年度「${text}」不是四位年份。`, '请填写年度，如“2021”');
  return null;
}

/** Reads the year and the division of the summary sheet. */
export function readSummary(context: SheetContext): SummaryFacts {
  const division = labelAt(context, summaryLabels.division);
  const divisionCode = division ? textAt(context, division.row, valueCell(context, division).column).trim() : undefined;
  return { year: readYear(context), divisionCode: divisionCode === '' ? null : divisionCode };
}
