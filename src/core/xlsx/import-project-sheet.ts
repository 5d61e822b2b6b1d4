/**
 * One project sheet → Project, plus what the workbook level checks across sheets (the unit named, the
 * money unit, where the code is) and the findings, each located by its cell.
 */
import type { Indicator, Project } from '../model';
import { report as reportTable } from '../target-table/table-context';
import type { ProjectFacts } from '../target-table/unit-year';
import { findLabels } from './import-labels';
import { readBudget, readGoals, readMoneyUnit, readText, readUnit, valueCell } from './import-header';
import { readColumnMap, readIndicators } from './import-indicators';
import { readSpendingPlan } from './import-spending-plan';
import type { ColumnMap } from './import-target';
import { placeOf, report, textAt, type CellPlace, type SheetContext } from './sheet-context';

/**
 * A project sheet read: the project, and what the workbook checks across sheets: the unit named, the
 * money unit (located at the sheet's first cell), the 项目编码 cell (the first cell when there is none).
 */
export interface ProjectSheet extends ProjectFacts<CellPlace> {
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
    const message = `工作表「${context.grid.name}」的指标表没有指标行。`;
    reportTable(context, 'no-indicators', placeOf(context, headerRow, 1), {}, message, '请在表头下逐行填写三级指标');
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
  const codeAt = labels.found.code ? valueCell(context, labels.found.code) : { row: 1, column: 1 };
  const codePlace = placeOf(context, codeAt.row, codeAt.column);
  return { project, unit, moneyUnit: moneyUnit && { unit: moneyUnit, place: placeOf(context, 1, 1) }, codePlace, title: firstRowText(context) };
}
