/**
 * One project sheet → Project, plus what the workbook level checks across sheets (the unit named, the
 * money unit, where the code is) and the findings, each located by its cell.
 */
import type { MoneyUnit } from '../money';
import type { Indicator, Project } from '../model';
import { findLabels, type CellRef } from './import-labels';
import { readBudget, readGoals, readMoneyUnit, readText, readUnit, valueCell } from './import-header';
import { readColumnMap, readIndicators } from './import-indicators';
import { readSpendingPlan } from './import-spending-plan';
import type { ColumnMap } from './import-target';
import { report, textAt, type SheetContext } from './sheet-context';

export interface ProjectSheet {
  project: Project;
  unit: { code: string; name: string; at: CellRef } | null;
  moneyUnit: MoneyUnit | null;
  /** The 项目编码 cell (the sheet's first cell when there is none). */
  codeAt: CellRef;
  /** The sheet's title (its first row), which may name the year. */
  title: string;
}

function columnMap(context: SheetContext, headerRow: number | null): ColumnMap {
  if (headerRow !== null) return readColumnMap(context, headerRow);
  report(context, 'xlsx.no-indicator-header', { row: 1, column: 1 }, `工作表「${context.grid.name}」中没有指标表头（一级指标、二级指标、三级指标、指标值…）。`, '请按导出的模板保留指标表头行');
  return {};
}

function readTable(context: SheetContext, headerRow: number | null, map: ColumnMap): Indicator[] {
  if (headerRow === null) return [];
  const indicators = readIndicators(context, map, headerRow);
  if (indicators.length === 0) {
    report(context, 'xlsx.no-indicators', { row: headerRow, column: 1 }, `工作表「${context.grid.name}」的指标表没有指标行。`, '请在表头下逐行填写三级指标');
  }
  return indicators;
}

function firstRowText(context: SheetContext): string {
  const first = [...context.grid.rows.keys()].sort((a, b) => a - b)[0] ?? 1;
  const columns = [...(context.grid.rows.get(first)?.keys() ?? [])].sort((a, b) => a - b);
  return columns.map((column) => textAt(context, first, column)).join(' ').trim();
}

/** Reads one project sheet. Never throws; the project is filled as far as the sheet allows. */
export function readProjectSheet(context: SheetContext): ProjectSheet {
  const labels = findLabels(context.grid);
  const unit = readUnit(context, labels);
  const moneyUnit = readMoneyUnit(context, labels);
  const code = readText(context, labels, 'code', true).trim();
  context.projectCode = code;
  const name = readText(context, labels, 'name', true);
  context.name = name.trim();
  const map = columnMap(context, labels.headerRow);
  const rawColumn = map.raw ?? null;
  const lastColumn = rawColumn === null ? context.grid.columnCount : rawColumn - 1;
  const { budget, budgetRaw } = readBudget(context, labels, moneyUnit ?? '万元', rawColumn);
  const purpose = readText(context, labels, 'purpose', false);
  const spendingPlan = readSpendingPlan(context, labels, lastColumn, rawColumn);
  const goals = readGoals(context, labels, lastColumn);
  const indicators = readTable(context, labels.headerRow, map);
  const project: Project = { code, name, budget, budgetRaw, purpose, spendingPlan, goals, indicators };
  const codeLabel = labels.found.code;
  return { project, unit, moneyUnit, codeAt: codeLabel ? valueCell(context, codeLabel) : { row: 1, column: 1 }, title: firstRowText(context) };
}
