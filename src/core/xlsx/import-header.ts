/**
 * The header block of a project sheet: 预算单位, the money unit, 项目编码, 项目名称, the budget, 资金用途
 * and 绩效目标. A field's value is the cell right of its label (after the label's merged range), read
 * by the shared rules of target tables (the unit cell, required texts, amounts, goals paragraphs).
 * Amounts may be numbers or text, in 万元 or 元 as the sheet states; the hidden 原文 cells, when they
 * still agree with what is shown, give back the amounts as the unit wrote them.
 */
import { fen, formatAmount, parseAmount, type Fen, type MoneyUnit } from '../money';
import type { Budget, BudgetRaw } from '../model';
import { labelKey, paragraphsOf } from '../target-table/cell-text';
import { readAmount, readTextCell } from '../target-table/project-table';
import { report as reportTable, subjectAt } from '../target-table/table-context';
import { fieldNames, readUnitCell, type NamedUnit } from '../target-table/unit-cell';
import { isBlank } from './cell-text';
import type { CellRef, LabelKey, SheetLabels } from './import-labels';
import { cellAt, cellLabel, placeOf, report, textAt, type CellPlace, type SheetContext } from './sheet-context';
import { isMaster, mergeEnd, valueAt } from './sheet-grid';

/** The cell holding the value of a label: right of the label's merged range. */
export function valueCell(context: SheetContext, label: CellRef): CellRef {
  return { row: label.row, column: mergeEnd(context.grid, label.row, label.column) + 1 };
}

/** The label's cell, or null with a finding when the sheet lacks it (at the sheet's first cell). */
function labelled(context: SheetContext, labels: SheetLabels, key: LabelKey): CellRef | null {
  const label = labels.found[key];
  if (label) return label;
  report(context, 'xlsx.missing-label', { row: 1, column: 1 }, `工作表「${context.grid.name}」中没有找到「${fieldNames[key]}」。`, `请按导出的模板在表头填写“${fieldNames[key]}”及其内容`);
  return null;
}

/** The text right of a label; an error finding when it is required and empty (a warning when not required). */
export function readText(context: SheetContext, labels: SheetLabels, key: LabelKey, required: boolean): string {
  const label = labelled(context, labels, key);
  if (!label) return '';
  const at = valueCell(context, label);
  return readTextCell(context, fieldNames[key], cellAt(context, at.row, at.column), placeOf(context, at.row, at.column), required, key);
}

/** The 预算单位 cell: its unit code and name, null with an error finding when it has no code. */
export function readUnit(context: SheetContext, labels: SheetLabels): NamedUnit<CellPlace> | null {
  const label = labelled(context, labels, 'unit');
  if (!label) return null;
  const at = valueCell(context, label);
  const cell = cellAt(context, at.row, at.column);
  const unit = readUnitCell(context, cell.text.trim(), cell.text, cell.place);
  return unit && { ...unit, place: cell.place };
}

/** The money unit the sheet states (单位：万元, or 预算数（元）); null with an error when none or two. */
export function readMoneyUnit(context: SheetContext, labels: SheetLabels): MoneyUnit | null {
  const [first, ...rest] = labels.moneyUnits;
  const other = rest.find((stated) => stated.unit !== first?.unit);
  if (first && !other) return first.unit;
  const at = other?.at ?? labels.found.total ?? { row: 1, column: 1 };
  const message = other
    ? `${cellLabel(context, at.row, at.column)}写的金额单位“${other.unit}”与同一工作表中的“${first?.unit ?? ''}”不同。`
    : `工作表「${context.grid.name}」没有写明金额单位（应有“单位：万元”或“预算数（万元）”）。`;
  reportTable(context, 'money-unit', placeOf(context, at.row, at.column), {}, message, '请写明金额单位“万元”或“元”，同一工作簿统一使用一种');
  return null;
}

interface AmountCell {
  amount: Fen;
  raw: string;
}

/** The raw text when it still reads as the amount shown (blank reads as 0, as emit.ts writes it). */
function rawAmount(context: SheetContext, at: CellRef, rawColumn: number | null, offset: number, amount: Fen, unit: MoneyUnit): string | null {
  if (rawColumn === null) return null;
  const raw = textAt(context, at.row, rawColumn + offset);
  const reads = raw.trim() === '' ? 0 : parseAmount(raw, unit);
  return reads === amount ? raw : null;
}

function readAmountCell(context: SheetContext, key: 'total' | 'fiscal' | 'other', label: CellRef, unit: MoneyUnit, rawColumn: number | null): AmountCell {
  const at = valueCell(context, label);
  const value = valueAt(context.grid, at.row, at.column);
  const offset = { total: 0, fiscal: 1, other: 2 }[key];
  if (value.kind === 'error') return { amount: fen(0), raw: '' };
  // A blank 其他资金 is none (the shared rule, target-table/project-table.ts); only its hidden 原文 is looked at.
  if (key === 'other' && isBlank(value)) return { amount: fen(0), raw: rawAmount(context, at, rawColumn, offset, fen(0), unit) ?? '' };
  const cell = cellAt(context, at.row, at.column);
  const amount = readAmount(context, key, fieldNames[key], cell, unit);
  if (amount === null) return { amount: fen(0), raw: cell.text };
  return { amount, raw: rawAmount(context, at, rawColumn, offset, amount, unit) ?? (value.kind === 'text' ? cell.text : formatAmount(amount, unit)) };
}

/** 预算数, 财政资金, 其他资金 in `unit`, with the texts as written. */
export function readBudget(context: SheetContext, labels: SheetLabels, unit: MoneyUnit, rawColumn: number | null): { budget: Budget; budgetRaw: BudgetRaw } {
  const read = (key: 'total' | 'fiscal' | 'other'): AmountCell => {
    const label = labelled(context, labels, key);
    return label ? readAmountCell(context, key, label, unit, rawColumn) : { amount: fen(0), raw: '' };
  };
  const total = read('total');
  const fiscal = read('fiscal');
  const other = read('other');
  return { budget: { total: total.amount, fiscal: fiscal.amount, other: other.amount }, budgetRaw: { total: total.raw, fiscal: fiscal.raw, other: other.raw } };
}

/** Whether a row continues the field labelled at `label`: its label column is merged with it, or empty. */
function continuesLabel(context: SheetContext, label: CellRef, row: number): boolean {
  if (!isMaster(context.grid, row, label.column)) return labelKey(textAt(context, row, label.column)) === labelKey(textAt(context, label.row, label.column));
  return isBlank(valueAt(context.grid, row, label.column));
}

/** 绩效目标: the paragraphs of the cells right of the label, on its row and the rows it spans. */
export function readGoals(context: SheetContext, labels: SheetLabels, lastColumn: number): string[] {
  const label = labelled(context, labels, 'goals');
  if (!label) return [];
  const end = labels.headerRow ?? context.grid.rowCount + 1;
  const goals: string[] = [];
  for (let row = label.row; row < end && (row === label.row || continuesLabel(context, label, row)); row += 1) {
    for (let column = label.column + 1; column <= lastColumn; column += 1) {
      if (isMaster(context.grid, row, column)) goals.push(...paragraphsOf(textAt(context, row, column)));
    }
  }
  if (goals.length === 0) {
    const cell = valueCell(context, label);
    const at = placeOf(context, cell.row, cell.column);
    const message = `${context.format.phrasing.labelled(subjectAt(context, at), fieldNames.goals)}为空。`;
    reportTable(context, 'empty-cell', at, { cell: fieldNames.goals, field: 'goals' }, message, '请填写绩效目标');
  }
  return goals;
}
