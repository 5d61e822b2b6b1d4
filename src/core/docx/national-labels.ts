/**
 * The labelled rows of a national-layout table, above its indicator header: each value is the cell
 * right of its label, wherever the label stands in the row (项目资金 merged down three rows with
 * 年度资金总额 / 其中：财政拨款 / 其他资金 beside it, or all three in one row).
 */
import { fen, type Fen, type MoneyUnit } from '../money';
import type { BudgetRaw, Project } from '../model';
import { paragraphsOf } from '../target-table/cell-text';
import { quote } from '../target-table/finding-kinds';
import type { TableCell, TableRow } from '../target-table/layout';
import { amountOf } from '../target-table/project-table';
import { report, type TableContext } from '../target-table/table-context';
import { parseBracketedUnitCell, type NamedUnit } from '../target-table/unit-cell';
import type { StatedMoneyUnit } from '../target-table/unit-year';
import { docxFinding } from './finding-codes';
import type { BodyRow } from './merged-cells';
import { nationalFormat, type NationalPlace } from './word-places';

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

/** A row of the table as Word has it (merges, grid) and as the readers read it (texts, places). */
export interface NationalRow {
  row: BodyRow;
  read: TableRow<NationalPlace>;
}

export interface LabelledRows {
  project: Omit<Project, 'indicators'>;
  unit: NamedUnit<NationalPlace> | null;
  moneyUnit: StatedMoneyUnit<NationalPlace> | null;
  codePlace: NationalPlace | undefined;
}

type Found = Partial<Record<Label, { label: TableCell<NationalPlace>; value: TableCell<NationalPlace> | undefined }>>;

/** This layout's own findings name the project by its position only, without its code. */
export function own(context: TableContext<NationalPlace>): TableContext<NationalPlace> {
  return { ...context, projectCode: '' };
}

function findLabels(rows: readonly NationalRow[]): Found {
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

function moneyUnitOf(context: TableContext<NationalPlace>, rows: readonly NationalRow[], hint: string, tablePlace: NationalPlace): StatedMoneyUnit<NationalPlace> | null {
  for (const { read } of rows) {
    for (const cell of read.cells) {
      const match = moneyUnitPattern.exec(cell.text);
      const unit = match?.[1] ?? match?.[2];
      if (unit === '万元' || unit === '元') return { unit, place: cell.place };
    }
  }
  const stated = moneyUnitPattern.exec(hint);
  const unit = stated?.[1] ?? stated?.[2];
  if (unit === '万元' || unit === '元') return { unit, place: tablePlace };
  const message = `${nationalFormat.words(tablePlace)}起的表格没有写明金额单位（如“项目资金（万元）”或表上方的“单位：元”）。`;
  report(own(context), 'money-unit', tablePlace, { cell: '单位' }, message, '请注明金额单位是万元还是元');
  return null;
}

function unitOf(context: TableContext<NationalPlace>, cell: TableCell<NationalPlace> | undefined, tablePlace: NationalPlace): NamedUnit<NationalPlace> | null {
  const place = cell?.place ?? tablePlace;
  const unit = parseBracketedUnitCell((cell?.text ?? '').trim());
  if (unit) return { ...unit, place };
  const message = `${nationalFormat.words(place)}的主管部门${quote(cell?.text ?? '')}没有单位编码（应以数字编码开头，如“203001××单位”）。`;
  report(own(context), 'unit-missing', place, { cell: '主管部门', field: 'unit' }, message);
  return null;
}

function readAmount(context: TableContext<NationalPlace>, key: keyof BudgetRaw, found: Found, unit: MoneyUnit): Fen {
  const cell = found[key]?.value;
  const text = (cell?.text ?? '').trim();
  const amount = amountOf(text, key, unit);
  if (amount !== null) return amount;
  const name = labelPatterns.find(([label]) => label === key)?.[2] ?? key;
  const place = cell?.place ?? found[key]?.label.place ?? null;
  const message = `${nationalFormat.words(place)}的「${name}」${text === '' ? '为空' : `填的是${quote(text)}，不是金额`}，应为以${unit}为单位的数字。`;
  report(own(context), 'not-a-number', place, { cell: name, field: `budget.${key}` }, message, '请填写阿拉伯数字金额');
  return fen(0);
}

function reportMissing(context: TableContext<NationalPlace>, found: Found, tablePlace: NationalPlace, table: number): void {
  for (const label of required) {
    if (found[label]) continue;
    const name = labelPatterns.find(([entry]) => entry === label)?.[2] ?? label;
    const location = nationalFormat.locate(tablePlace, { project: context.index, cell: name });
    const finding = docxFinding('docx.missing-label', location, `表${table}（全国通用格式）缺少「${name}」一栏。`, `请补上「${name}」`);
    context.sink.located.push({ finding, order: nationalFormat.order(tablePlace) });
  }
}

/** Reads the labelled rows of one table (the rows above its indicator header). */
export function readNationalLabels(context: TableContext<NationalPlace>, rows: readonly NationalRow[], moneyHint: string, table: number): LabelledRows {
  const found = findLabels(rows);
  const tablePlace = rows[0]?.read.place ?? null;
  const text = (label: Label) => found[label]?.value?.text ?? '';
  context.projectCode = text('code').trim();
  context.name = text('name').trim();
  reportMissing(context, found, tablePlace, table);
  const moneyUnit = moneyUnitOf(context, rows, moneyHint, tablePlace);
  const unitOfMoney = moneyUnit?.unit ?? '万元';
  const budget = { total: readAmount(context, 'total', found, unitOfMoney), fiscal: readAmount(context, 'fiscal', found, unitOfMoney), other: readAmount(context, 'other', found, unitOfMoney) };
  const budgetRaw: BudgetRaw = { total: text('total'), fiscal: text('fiscal'), other: text('other') };
  const project = { code: context.projectCode, name: text('name'), budget, budgetRaw, purpose: text('purpose'), spendingPlan: [], goals: paragraphsOf(text('goals')) };
  const unit = found.unit ? unitOf(context, found.unit.value, tablePlace) : null;
  return { project, unit, moneyUnit, codePlace: found.code?.label.place };
}
