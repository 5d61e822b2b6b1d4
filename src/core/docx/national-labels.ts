/**
 * The labelled rows of a national-layout table, above its indicator header: each value is the cell
 * right of its label, wherever the label stands in the row (项目资金 merged down three rows with
 * 年度资金总额 / 其中：财政拨款 / 其他资金 beside it, or all three in one row).
 */
import { fen, parseAmount, type Fen, type MoneyUnit } from '../money';
import type { BudgetRaw, Project } from '../model';
import { importFinding, quote } from '../import-text/finding-codes';
import type { ProjectContext } from '../import-text/project-context';
import type { NamedUnit, ParsedProject } from '../import-text/project-table';
import type { Cell, Row } from '../import-text/tokenize';
import { nonEmptyParagraphs } from './cell-text';
import { docxFinding } from './finding-codes';
import type { BodyRow } from './merged-cells';

type Label = 'name' | 'code' | 'unit' | 'total' | 'fiscal' | 'other' | 'goals' | 'purpose';

const labelPatterns: ReadonlyArray<readonly [Label, RegExp, string]> = [
  ['name', /^项目名称/, '项目名称'],
  ['code', /^项目(?:编码|代码)/, '项目编码'],
  ['unit', /^(?:主管部门|预算单位|单位名称|部门名称)/, '主管部门'],
  ['total', /^(?:年度)?(?:资金总额|预算总额|预算数)|^年度预算/, '年度资金总额'],
  ['fiscal', /财政(?:拨款|资金)/, '其中：财政拨款'],
  ['other', /^其他资金/, '其他资金'],
  ['goals', /^(?:年度|总体)?(?:总体)?(?:绩效)?目标$|^年度(?:总体)?绩效目标/, '年度绩效目标'],
  ['purpose', /^(?:资金用途|项目概况|项目内容|主要内容)/, '资金用途'],
];

const required: readonly Label[] = ['name', 'code', 'unit', 'total', 'goals'];
const moneyUnitPattern = /[（(]\s*(万元|元)\s*[）)]|单位\s*[:：]\s*(万元|元)/;
const unitCellPattern = /^[[［【(（]?(\d{3,})[\]］】)）]?[\s\-_、.:：]*(.*)$/s;

export interface LabelledRows {
  project: Omit<Project, 'indicators'>;
  unit: NamedUnit | null;
  moneyUnit: ParsedProject['moneyUnit'];
  codeLine: number | null;
}

type Found = Partial<Record<Label, { label: Cell; value: Cell | undefined }>>;

function findLabels(rows: ReadonlyArray<{ row: BodyRow; read: Row }>): Found {
  const found: Found = {};
  for (const { row, read } of rows) {
    row.cells.forEach((cell, index) => {
      const text = cell.text.trim();
      const match = cell.merged || text === '' ? undefined : labelPatterns.find(([label, pattern]) => !found[label] && pattern.test(text));
      const label = read.cells[index];
      if (match && label) found[match[0]] = { label, value: read.cells[index + 1] };
    });
  }
  return found;
}

function moneyUnitOf(context: ProjectContext, rows: ReadonlyArray<{ read: Row }>, hint: string, tableLine: number): ParsedProject['moneyUnit'] {
  for (const { read } of rows) {
    for (const cell of read.cells) {
      const match = moneyUnitPattern.exec(cell.text);
      const unit = match?.[1] ?? match?.[2];
      if (unit === '万元' || unit === '元') return { unit, line: cell.line };
    }
  }
  const stated = moneyUnitPattern.exec(hint);
  const unit = stated?.[1] ?? stated?.[2];
  if (unit === '万元' || unit === '元') return { unit, line: tableLine };
  const message = `第${tableLine}行起的表格没有写明金额单位（如“项目资金（万元）”或表上方的“单位：元”）。`;
  context.findings.push(importFinding('import.money-unit', { line: tableLine, project: context.index, cell: '单位' }, message, '请注明金额单位是万元还是元'));
  return null;
}

function unitOf(context: ProjectContext, cell: Cell | undefined, tableLine: number): NamedUnit | null {
  const match = unitCellPattern.exec((cell?.text ?? '').trim());
  if (match) return { code: match[1] ?? '', name: (match[2] ?? '').trim(), line: cell?.line ?? tableLine };
  const message = `第${cell?.line ?? tableLine}行的主管部门${quote(cell?.text ?? '')}没有单位编码（应以数字编码开头，如“203001××单位”）。`;
  context.findings.push(importFinding('import.unit-missing', { line: cell?.line ?? tableLine, project: context.index, cell: '主管部门', field: 'unit' }, message));
  return null;
}

function amountOf(context: ProjectContext, key: keyof BudgetRaw, found: Found, unit: MoneyUnit): Fen {
  const cell = found[key]?.value;
  const text = (cell?.text ?? '').trim();
  if (key === 'other' && text === '') return fen(0);
  const amount = parseAmount(text, unit);
  if (amount !== null) return amount;
  const name = labelPatterns.find(([label]) => label === key)?.[2] ?? key;
  const line = cell?.line ?? found[key]?.label.line ?? 0;
  const message = `第${line}行的「${name}」${text === '' ? '为空' : `填的是${quote(text)}，不是金额`}，应为以${unit}为单位的数字。`;
  context.findings.push(importFinding('import.not-a-number', { line, project: context.index, cell: name, field: `budget.${key}` }, message, '请填写阿拉伯数字金额'));
  return fen(0);
}

function reportMissing(context: ProjectContext, found: Found, tableLine: number, table: number): void {
  for (const label of required) {
    if (found[label]) continue;
    const name = labelPatterns.find(([entry]) => entry === label)?.[2] ?? label;
    const message = `表${table}（全国通用格式）缺少「${name}」一栏。`;
    context.findings.push(docxFinding('docx.missing-label', { line: tableLine, project: context.index, cell: name }, message, `请补上「${name}」`));
  }
}

/** Reads the labelled rows of one table (the rows above its indicator header). */
export function readNationalLabels(context: ProjectContext, rows: ReadonlyArray<{ row: BodyRow; read: Row }>, moneyHint: string, table: number): LabelledRows {
  const found = findLabels(rows);
  const tableLine = rows[0]?.read.line ?? 0;
  const text = (label: Label) => found[label]?.value?.text ?? '';
  context.projectCode = text('code').trim();
  context.name = text('name').trim();
  reportMissing(context, found, tableLine, table);
  const moneyUnit = moneyUnitOf(context, rows, moneyHint, tableLine);
  const unitOfMoney = moneyUnit?.unit ?? '万元';
  const budget = { total: amountOf(context, 'total', found, unitOfMoney), fiscal: amountOf(context, 'fiscal', found, unitOfMoney), other: amountOf(context, 'other', found, unitOfMoney) };
  const budgetRaw: BudgetRaw = { total: text('total'), fiscal: text('fiscal'), other: text('other') };
  const project = { code: context.projectCode, name: text('name'), budget, budgetRaw, purpose: text('purpose'), spendingPlan: [], goals: nonEmptyParagraphs(text('goals')) };
  const unit = found.unit ? unitOf(context, found.unit.value, tableLine) : null;
  return { project, unit, moneyUnit, codeLine: found.code?.label.line ?? null };
}
