/**
 * The header block of a project sheet: 预算单位, the money unit, 项目编码, 项目名称, the budget, 资金用途
 * and 绩效目标. A field's value is the cell right of its label (after the label's merged range).
 * Amounts may be numbers or text, in 万元 or 元 as the sheet states; the hidden 原文 cells, when they
 * still agree with what is shown, give back the amounts as the unit wrote them.
 */
import { fen, formatAmount, parseAmount, type Fen, type MoneyUnit } from '../money';
import type { Budget, BudgetRaw } from '../model';
import { isBlank, labelKey } from './cell-text';
import type { CellRef, LabelKey, SheetLabels } from './import-labels';
import { cellLabel, quoted, report, textAt, type SheetContext } from './sheet-context';
import { isMaster, mergeEnd, valueAt } from './sheet-grid';

const labelNames: Record<LabelKey, string> = {
  unit: '预算单位',
  code: '项目编码',
  name: '项目名称',
  total: '预算数',
  fiscal: '财政资金',
  other: '其他资金',
  purpose: '资金用途',
  goals: '绩效目标',
};

/** The unit cell: the code's digits, then the name (a separator between them is not part of the name). */
const unitCellPattern = /^(\d+)[\s\-_、.:：]*(.*)$/s;

/** The cell holding the value of a label: right of the label's merged range. */
export function valueCell(context: SheetContext, label: CellRef): CellRef {
  return { row: label.row, column: mergeEnd(context.grid, label.row, label.column) + 1 };
}

/** The label's cell, or null with a finding when the sheet lacks it (at the sheet's first cell). */
function labelled(context: SheetContext, labels: SheetLabels, key: LabelKey): CellRef | null {
  const label = labels.found[key];
  if (label) return label;
  report(context, 'xlsx.missing-label', { row: 1, column: 1 }, `工作表「${context.grid.name}」中没有找到「${labelNames[key]}」。`, `请按导出的模板在表头填写“${labelNames[key]}”及其内容`);
  return null;
}

/** The text right of a label; an error finding when it is required and empty. */
export function readText(context: SheetContext, labels: SheetLabels, key: LabelKey, required: boolean): string {
  const label = labelled(context, labels, key);
  if (!label) return '';
  const at = valueCell(context, label);
  const text = textAt(context, at.row, at.column);
  if (text.trim() === '' && valueAt(context.grid, at.row, at.column).kind !== 'error') {
    const code = required ? 'xlsx.required-cell-empty' : 'xlsx.empty-cell';
    report(context, code, { ...at, more: { field: key } }, `${cellLabel(context, at.row, at.column)}（${labelNames[key]}）为空。`, `请填写${labelNames[key]}`);
  }
  return text;
}

export function readUnit(context: SheetContext, labels: SheetLabels): { code: string; name: string; at: CellRef } | null {
  const label = labelled(context, labels, 'unit');
  if (!label) return null;
  const at = valueCell(context, label);
  const match = unitCellPattern.exec(textAt(context, at.row, at.column).trim());
  if (match) return { code: match[1] ?? '', name: (match[2] ?? '').trim(), at };
  const message = `${cellLabel(context, at.row, at.column)}的预算单位${quoted(context, at.row, at.column)}没有单位编码（应以数字编码开头，如“203001××单位”）。`;
  report(context, 'xlsx.unit-missing', { ...at, more: { field: 'unit' } }, message, '请填写“单位编码+单位名称”');
  return null;
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
  report(context, 'xlsx.money-unit', at, message, '请写明金额单位“万元”或“元”，同一工作簿统一使用一种');
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

function readAmount(context: SheetContext, key: 'total' | 'fiscal' | 'other', label: CellRef, unit: MoneyUnit, rawColumn: number | null): AmountCell {
  const at = valueCell(context, label);
  const value = valueAt(context.grid, at.row, at.column);
  const offset = { total: 0, fiscal: 1, other: 2 }[key];
  if (value.kind === 'error') return { amount: fen(0), raw: '' };
  // A blank 其他资金 means none; a blank 预算数 or 财政资金 is a gap.
  if (key === 'other' && isBlank(value)) return { amount: fen(0), raw: rawAmount(context, at, rawColumn, offset, fen(0), unit) ?? '' };
  const text = textAt(context, at.row, at.column);
  const amount = parseAmount(text, unit);
  if (amount !== null) return { amount, raw: rawAmount(context, at, rawColumn, offset, amount, unit) ?? (value.kind === 'text' ? text : formatAmount(amount, unit)) };
  const what = isBlank(value) ? '为空' : `填的是${quoted(context, at.row, at.column)}，不是金额`;
  const message = `${cellLabel(context, at.row, at.column)}（${labelNames[key]}）${what}，应为以${unit}为单位的数字（如“20.32”）。`;
  report(context, 'xlsx.not-a-number', { ...at, more: { field: `budget.${key}` } }, message, '请填写阿拉伯数字金额');
  return { amount: fen(0), raw: text };
}

/** 预算数, 财政资金, 其他资金 in `unit`, with the texts as written. */
export function readBudget(context: SheetContext, labels: SheetLabels, unit: MoneyUnit, rawColumn: number | null): { budget: Budget; budgetRaw: BudgetRaw } {
  const read = (key: 'total' | 'fiscal' | 'other'): AmountCell => {
    const label = labelled(context, labels, key);
    return label ? readAmount(context, key, label, unit, rawColumn) : { amount: fen(0), raw: '' };
  };
  const total = read('total');
  const fiscal = read('fiscal');
  const other = read('other');
  return { budget: { total: total.amount, fiscal: fiscal.amount, other: other.amount }, budgetRaw: { total: total.raw, fiscal: fiscal.raw, other: other.raw } };
}

/** The paragraphs of a goals cell: separated by blank lines (as Word writes them), each trimmed. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
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
      if (isMaster(context.grid, row, column)) goals.push(...paragraphs(textAt(context, row, column)));
    }
  }
  if (goals.length === 0) {
    const at = valueCell(context, label);
    report(context, 'xlsx.empty-cell', { ...at, more: { field: 'goals' } }, `${cellLabel(context, at.row, at.column)}（绩效目标）为空。`, '请填写绩效目标');
  }
  return goals;
}
