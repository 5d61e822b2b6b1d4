/**
 * One project table (项目支出绩效目标表) → Project, plus what the document level needs to check
 * across projects (the unit named, the money unit) and the findings, each located.
 */
import { fen, parseAmount, type MoneyUnit } from '../money';
import type { Budget, BudgetRaw, Project } from '../model';
import { quote } from './finding-codes';
import { readIndicatorHeader, readIndicators } from './indicators';
import { cellKey, hasCellCount, locate, projectLabel, report, type ProjectContext, type ProjectSlot } from './project-context';
import { checkCompleteness } from './project-completeness';
import { slotNames, sortRows } from './project-rows';
import { readSpendingPlan } from './spending-plan';
import type { Cell, Row } from './tokenize';

export interface NamedUnit {
  code: string;
  name: string;
  line: number;
}

export interface ParsedProject {
  project: Project;
  unit: NamedUnit | null;
  moneyUnit: { unit: MoneyUnit; line: number } | null;
  /** The line where the project starts (its title, else its first row). */
  line: number;
  /** The line of the 项目编码 cell (or of the project's start when it has none). */
  codeLine: number;
}

/** The unit cell: the code's digits, then the name (a separator between them is not part of the name). */
const unitCellPattern = /^(\d+)[\s\-_、.:：]*(.*)$/s;
const moneyUnitPattern = /^单位[:：]\s*(.*)$/;

function readUnit(context: ProjectContext, row: Row | undefined): Pick<ParsedProject, 'unit' | 'moneyUnit'> {
  if (!row) return { unit: null, moneyUnit: null };
  hasCellCount(context, row, 2, slotNames.unit);
  const moneyCell = row.cells.find((cell) => moneyUnitPattern.test(cellKey(cell.text)));
  const unitCell = row.cells.find((cell) => cell !== moneyCell);
  return { unit: unitOf(context, unitCell, row.line), moneyUnit: moneyUnitOf(context, moneyCell, row.line) };
}

function unitOf(context: ProjectContext, cell: Cell | undefined, line: number): NamedUnit | null {
  const match = unitCellPattern.exec(cellKey(cell?.text));
  if (match) return { code: match[1] ?? '', name: (match[2] ?? '').trim(), line: cell?.line ?? line };
  const message = `${projectLabel(context)}第${cell?.line ?? line}行的预算单位${quote(cell?.text ?? '')}没有单位编码（应以数字编码开头，如“203001××单位”）。`;
  report(context, 'import.unit-missing', locate(context, cell?.line ?? line, { cell: '预算单位', field: 'unit' }), message);
  return null;
}

function moneyUnitOf(context: ProjectContext, cell: Cell | undefined, line: number): ParsedProject['moneyUnit'] {
  const unit = moneyUnitPattern.exec(cellKey(cell?.text))?.[1]?.trim();
  if (unit === '万元' || unit === '元') return { unit, line: cell?.line ?? line };
  const what = cell ? `金额单位${quote(cell.text)}无法识别` : '没有写明金额单位';
  const message = `${projectLabel(context)}第${cell?.line ?? line}行${what}，应为“单位：万元”或“单位：元”。`;
  report(context, 'import.money-unit', locate(context, cell?.line ?? line, { cell: '单位' }), message);
  return null;
}

function requiredText(context: ProjectContext, label: string, cell: Cell | undefined, row: Row): string {
  const text = cell?.text ?? '';
  if (cellKey(text) === '') {
    const location = locate(context, cell?.line ?? row.line, { cell: label });
    report(context, 'import.required-cell-empty', location, `${projectLabel(context)}第${cell?.line ?? row.line}行的「${label}」为空。`, `请填写${label}`);
  }
  return text;
}

/** The cell right of the first cell matching `label` (the layout pairs a label with its value). */
function valueAfter(row: Row, label: RegExp): Cell | undefined {
  const index = row.cells.findIndex((cell) => label.test(cellKey(cell.text)));
  return index === -1 ? undefined : row.cells[index + 1];
}

function readCodeAndName(context: ProjectContext, row: Row | undefined): { code: string; name: string } {
  if (!row) return { code: '', name: '' };
  hasCellCount(context, row, 4, slotNames.code);
  const code = cellKey(requiredText(context, '项目编码', valueAfter(row, /^项目(?:编码|代码)/), row));
  context.projectCode = code;
  const name = requiredText(context, '项目名称', valueAfter(row, /^项目名称/), row);
  if (cellKey(name) !== '') context.name = cellKey(name);
  return { code, name };
}

const budgetLabels: ReadonlyArray<readonly [keyof BudgetRaw, RegExp, string]> = [
  ['total', /^(?:预算数|预算金额|合计)/, '预算数'],
  ['fiscal', /财政/, '财政资金'],
  ['other', /其他/, '其他资金'],
];

function readAmount(context: ProjectContext, key: keyof BudgetRaw, label: string, cell: Cell | undefined, unit: MoneyUnit): number {
  const text = cell?.text ?? '';
  // A blank 其他资金 means none; a blank 预算数 or 财政资金 is a gap.
  if (key === 'other' && cellKey(text) === '') return 0;
  const amount = parseAmount(text, unit);
  if (amount !== null) return amount;
  const line = cell?.line ?? 0;
  const what = cellKey(text) === '' ? '为空' : `填的是${quote(text)}，不是金额`;
  const message = `${projectLabel(context)}第${line}行的「${label}」${what}，应为以${unit}为单位的数字（如“20.32”）。`;
  report(context, 'import.not-a-number', locate(context, line, { cell: label, field: `budget.${key}` }), message, '请填写阿拉伯数字金额');
  return 0;
}

function readBudget(context: ProjectContext, row: Row | undefined, unit: MoneyUnit): { budget: Budget; budgetRaw: BudgetRaw } {
  const budgetRaw: BudgetRaw = { total: '', fiscal: '', other: '' };
  const amounts = { total: 0, fiscal: 0, other: 0 };
  if (row) {
    hasCellCount(context, row, 7, slotNames.budget);
    for (const [key, pattern, label] of budgetLabels) {
      const cell = valueAfter(row, pattern);
      if (!cell) report(context, 'import.bad-label', locate(context, row.line, { cell: label }), `${projectLabel(context)}第${row.line}行的预算规模行没有「${label}」。`, `请按“预算数、其中：财政资金、其他资金”填写`);
      budgetRaw[key] = cell?.text ?? '';
      amounts[key] = cell ? readAmount(context, key, label, cell, unit) : 0;
    }
  }
  return { budget: { total: fen(amounts.total), fiscal: fen(amounts.fiscal), other: fen(amounts.other) }, budgetRaw };
}

/** Paragraphs of a cell: separated by blank lines, each trimmed. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\n(?:[^\S\n]*\n)+/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

function readTextRow(context: ProjectContext, row: Row | undefined, label: string): string {
  if (!row) return '';
  hasCellCount(context, row, 2, label);
  const cell = row.cells[1];
  const text = cell?.text ?? '';
  if (cellKey(text) === '') {
    report(context, 'import.empty-cell', locate(context, cell?.line ?? row.line, { cell: label }), `${projectLabel(context)}第${cell?.line ?? row.line}行的「${label}」为空。`, `请填写${label}`);
  }
  return text;
}

/** Reads one project table. Never throws; the project is filled as far as the table allows. */
export function readProjectTable(context: ProjectContext, slot: ProjectSlot, fallbackUnit: MoneyUnit): ParsedProject {
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
  const line = slot.title?.line ?? slot.rows[0]?.line ?? 0;
  return { project, unit, moneyUnit, line, codeLine: sorted.code?.line ?? line };
}
