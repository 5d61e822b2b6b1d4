/**
 * 指标值 of one indicator row. The hidden 指标值原文 cell gives the target as written when it still
 * agrees with the visible 指标性质 | 指标值 | 度量单位; otherwise (missing, or edited in Excel since) the
 * target is rebuilt from the visible cells. A date cell, or an Excel date serial in a 时效指标 row
 * without a unit, is read as the date it stands for.
 */
import type { WithFindings } from '../finding';
import { parseTarget } from '../target/parse-target';
import type { Target } from '../target/target';
import type { IndicatorColumn } from '../target-table/indicator-columns';
import { dateText, serialDate, textOf } from './cell-text';
import { cellLabel, report, textAt, type SheetContext } from './sheet-context';
import { valueAt, type GridValue } from './sheet-grid';
import { joinTargetCells, numberText, sameCells, targetCells, type TargetCells } from './target-cells';

/** Where each indicator column is on the sheet (1-based). */
export type ColumnMap = Partial<Record<IndicatorColumn, number>>;

/** Serial days of 1950–2100: a bare number in that range in a 时效 row is a date, not a count. */
const serialRange = { from: 18_264, to: 73_051 };

function isSerialDate(value: GridValue, level2: string, unit: string): value is { kind: 'number'; value: number; percent: boolean } {
  return value.kind === 'number' && !value.percent && Number.isInteger(value.value) && value.value >= serialRange.from && value.value <= serialRange.to && unit === '' && level2.includes('时效');
}

function visibleValue(context: SheetContext, row: number, column: number, level2: string, unit: string, indicator: number): { value: string | number; unit: string } {
  const value = valueAt(context.grid, row, column);
  const dated = value.kind === 'date' ? value.date : isSerialDate(value, level2, unit) ? serialDate(value.value, context.date1904) : null;
  if (dated) {
    const message = `${cellLabel(context, row, column)}是 Excel 日期（${value.kind === 'number' ? `序列号${value.value}` : '日期格式'}），已读作“${dateText(dated)}”。`;
    report(context, 'xlsx.date-serial', { row, column, more: { indicator, field: 'target' } }, message, '如需保留原来的写法，请把单元格设为文本格式后填写');
    return { value: dateText(dated), unit };
  }
  // 0.95 shown as 95%: the number people see, with its unit.
  if (value.kind === 'number' && value.percent) return { value: Number(numberText(value.value * 100)), unit: unit === '' ? '%' : unit };
  return { value: value.kind === 'number' ? value.value : textOf(value), unit };
}

/**
 * Reads the target of the indicator row `row` (the `indicator`-th of its project); the parser's findings
 * are for the caller to place at the 指标值 cell.
 */
export function readTarget(context: SheetContext, columns: ColumnMap, row: number, level2: string, indicator: number): WithFindings<Target> {
  const at = (column: number | undefined) => (column === undefined ? '' : textAt(context, row, column));
  const valueColumn = columns.target ?? 0;
  const shown = visibleValue(context, row, valueColumn, level2, at(columns.measureUnit).trim(), indicator);
  const visible: TargetCells = { nature: at(columns.nature), value: shown.value, measureUnit: shown.unit };
  const raw = at(columns.raw);
  if (raw !== '') {
    const parsed = parseTarget(raw);
    if (sameCells(targetCells(parsed.value), visible)) return parsed;
    const message = `${cellLabel(context, row, valueColumn)}所在行的指标值与隐藏列“指标值原文”（「${raw}」）不一致，已按表中显示的指标性质、指标值和度量单位读取。`;
    report(context, 'xlsx.raw-mismatch', { row, column: valueColumn, more: { indicator, field: 'target' } }, message, '请核对指标值；如以显示的内容为准，可忽略本提示');
  }
  return parseTarget(joinTargetCells(visible));
}
