/**
 * One project table (项目支出绩效目标表) of the reference layout → Project, plus what the document level
 * needs to check across projects (the unit named, the money unit) and the findings, each located.
 */
import { fen, parseAmount, type Fen, type MoneyUnit } from '../money';
import type { Budget, BudgetRaw, Project } from '../model';
import { cellKey, paragraphsOf } from './cell-text';
import { quote } from './finding-kinds';
import { readIndicatorHeader, readIndicators } from './indicators';
import type { TableCell, TableRow } from './layout';
import { hasCellCount, type ProjectContext, type ProjectSlot } from './project-context';
import { checkCompleteness } from './project-completeness';
import { slotNames, sortRows } from './project-rows';
import { readSpendingPlan } from './spending-plan';
import { report, subjectAt, type TableContext } from './table-context';
import { fieldNames, readUnitCell } from './unit-cell';
import type { ProjectFacts, StatedMoneyUnit } from './unit-year';


const moneyUnitPattern = /^单位[:：]\s*(.*)$/;

function readUnit<P>(context: ProjectContext<P>, row: TableRow<P> | undefined): Pick<ProjectFacts<P>, 'unit' | 'moneyUnit'> {
  if (!row) return { unit: null, moneyUnit: null };
  hasCellCount(context, row, 2, slotNames.unit);
  const moneyCell = row.cells.find((cell) => moneyUnitPattern.test(cellKey(cell.text)));
  const unitCell = row.cells.find((cell) => cell !== moneyCell);
  const place = unitCell?.place ?? row.place;
  const unit = readUnitCell(context, cellKey(unitCell?.text), unitCell?.text ?? '', place);
  return { unit: unit && { ...unit, place }, moneyUnit: moneyUnitOf(context, moneyCell, row.place) };
}

function moneyUnitOf<P>(context: ProjectContext<P>, cell: TableCell<P> | undefined, rowPlace: P): StatedMoneyUnit<P> | null {
  const unit = moneyUnitPattern.exec(cellKey(cell?.text))?.[1]?.trim();
  const place = cell?.place ?? rowPlace;
  if (unit === '万元' || unit === '元') return { unit, place };
  const what = cell ? `金额单位${quote(cell.text)}无法识别` : '没有写明金额单位';
  report(context, 'money-unit', place, { cell: '单位' }, `${subjectAt(context, place)}${what}，应为“单位：万元”或“单位：元”。`);
  return null;
}

/**
 * A text cell that should hold text: an error finding when a `required` one (项目编码, 项目名称) is empty,
 * a warning for the others (资金用途, 绩效目标); none for a cell the format could not read. `field` is the
 * model field, for the formats that name it.
 */
export function readTextCell<P>(context: TableContext<P>, label: string, cell: TableCell<P> | undefined, place: P, required: boolean, field?: string): string {
  const text = cell?.text ?? '';
  if (cellKey(text) === '' && !cell?.unreadable) {
    const detail = field === undefined ? { cell: label } : { cell: label, field };
    const message = `${context.format.phrasing.labelled(subjectAt(context, place), label)}为空。`;
    report(context, required ? 'required-cell-empty' : 'empty-cell', place, detail, message, `请填写${label}`);
  }
  return text;
}

/** The cell right of the first cell matching `label` (the layout pairs a label with its value). */
function valueAfter<P>(row: TableRow<P>, label: RegExp): TableCell<P> | undefined {
  const index = row.cells.findIndex((cell) => label.test(cellKey(cell.text)));
  return index === -1 ? undefined : row.cells[index + 1];
}

function readCodeAndName<P>(context: ProjectContext<P>, row: TableRow<P> | undefined): { code: string; name: string } {
  if (!row) return { code: '', name: '' };
  hasCellCount(context, row, 4, slotNames.code);
  const codeCell = valueAfter(row, /^项目(?:编码|代码)/);
  const code = cellKey(readTextCell(context, fieldNames.code, codeCell, codeCell?.place ?? row.place, true));
  context.projectCode = code;
  const nameCell = valueAfter(row, /^项目名称/);
  const name = readTextCell(context, fieldNames.name, nameCell, nameCell?.place ?? row.place, true);
  if (cellKey(name) !== '') context.name = cellKey(name);
  return { code, name };
}

const budgetLabels: ReadonlyArray<readonly [keyof BudgetRaw, RegExp]> = [
  ['total', /^(?:预算数|预算金额|合计)/],
  ['fiscal', /财政/],
  ['other', /其他/],
];

/** An amount in `unit`; a blank 其他资金 means none (0), while a blank 预算数 or 财政资金 is a gap (null). */
export function amountOf(text: string, key: keyof BudgetRaw, unit: MoneyUnit): Fen | null {
  if (key === 'other' && text.trim() === '') return fen(0);
  return parseAmount(text, unit);
}

/** The amount of a budget cell labelled `label`; null, with an error finding, when it is not an amount in `unit`. */
export function readAmount<P>(context: TableContext<P>, key: keyof BudgetRaw, label: string, cell: TableCell<P>, unit: MoneyUnit): Fen | null {
  const amount = amountOf(cell.text, key, unit);
  if (amount !== null) return amount;
  const what = cellKey(cell.text) === '' ? '为空' : `填的是${quote(cell.text)}，不是金额`;
  const message = `${context.format.phrasing.labelled(subjectAt(context, cell.place), label)}${what}，应为以${unit}为单位的数字（如“20.32”）。`;
  report(context, 'not-a-number', cell.place, { cell: label, field: `budget.${key}` }, message, '请填写阿拉伯数字金额');
  return null;
}

function readBudget<P>(context: ProjectContext<P>, row: TableRow<P> | undefined, unit: MoneyUnit): { budget: Budget; budgetRaw: BudgetRaw } {
  const budgetRaw: BudgetRaw = { total: '', fiscal: '', other: '' };
  const budget: Budget = { total: fen(0), fiscal: fen(0), other: fen(0) };
  if (!row) return { budget, budgetRaw };
  hasCellCount(context, row, 7, slotNames.budget);
  for (const [key, pattern] of budgetLabels) {
    const label = fieldNames[key];
    const cell = valueAfter(row, pattern);
    if (!cell) report(context, 'bad-label', row.place, { cell: label }, `${subjectAt(context, row.place)}的预算规模行没有「${label}」。`, `请按“预算数、其中：财政资金、其他资金”填写`);
    budgetRaw[key] = cell?.text ?? '';
    budget[key] = cell ? (readAmount(context, key, label, cell, unit) ?? fen(0)) : fen(0);
  }
  return { budget, budgetRaw };
}

function readTextRow<P>(context: ProjectContext<P>, row: TableRow<P> | undefined, label: string): string {
  if (!row) return '';
  hasCellCount(context, row, 2, label);
  const cell = row.cells[1];
  return readTextCell(context, label, cell, cell?.place ?? row.place, false);
}

/**
 * Reads one project table. Never throws; the project is filled as far as the table allows. Its 项目编码
 * is placed at the project's start when the table has none.
 */
export function readProjectTable<P>(context: ProjectContext<P>, slot: ProjectSlot<P>, fallbackUnit: MoneyUnit): ProjectFacts<P> {
  const sorted = sortRows(context, slot.rows);
  const { unit, moneyUnit } = readUnit(context, sorted.unit);
  const { code, name } = readCodeAndName(context, sorted.code);
  const { budget, budgetRaw } = readBudget(context, sorted.budget, moneyUnit?.unit ?? fallbackUnit);
  const project: Project = {
    code,
    name,
    budget,
    budgetRaw,
    purpose: readTextRow(context, sorted.purpose, slotNames.purpose),
    spendingPlan: readSpendingPlan(context, sorted.planHeader, sorted.planValues),
    goals: paragraphsOf(readTextRow(context, sorted.goals, slotNames.goals)),
    indicators: readIndicators(context, readIndicatorHeader(context, sorted.indicatorHeader), sorted.indicators),
  };
  checkCompleteness(context, slot, sorted, cellKey(name));
  return { project, unit, moneyUnit, codePlace: sorted.code?.place ?? slot.place };
}
