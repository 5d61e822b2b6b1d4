/**
 * A loaded workbook → UnitYear + findings. Sheets are recognized by what they hold, never by their
 * name: a project sheet has a 项目编码 label, the summary has 项目编码 in a header row with 序号, the
 * department plan has a 总体绩效目标 section. What the project sheets must share is checked across them
 * (the unit, the money unit, distinct codes); the year and division come from the summary when there is
 * one, else from the projects.
 */
import type { Workbook } from 'exceljs';
import type { Finding } from '../finding';
import type { DepartmentPlan, UnitYear } from '../model';
import { labelKey } from '../target-table/cell-text';
import type { FindingSink } from '../target-table/finding-kinds';
import { documentContext, report, type TableContext } from '../target-table/table-context';
import { checkDistinctCodes, checkUnits, detectYear, divisionOf, mostCommonUnit, resolveMoneyUnit } from '../target-table/unit-year';
import { xlsxFinding } from './finding-codes';
import { readPlanSheet } from './import-plan-sheet';
import { readProjectSheet, type ProjectSheet } from './import-project-sheet';
import { readSummary, type SummaryFacts } from './import-summary';
import { cellAddress } from './sheet-names';
import { readGrid, isMaster, rowNumbers, valueAt, type Grid } from './sheet-grid';
import { workbookFormat, type CellPlace, type SheetContext } from './sheet-context';

type SheetKind = 'project' | 'summary' | 'plan' | 'other' | 'empty';

/** Rows searched for the labels that tell what a sheet is. */
const classifyRows = 40;

/** The label keys of a row's cells (merged cells once); other values as "#" (they only count as content). */
function rowKeys(grid: Grid, row: number): string[] {
  const columns = [...(grid.rows.get(row)?.keys() ?? [])].filter((column) => isMaster(grid, row, column));
  return columns.map((column) => valueAt(grid, row, column)).map((value) => (value.kind === 'text' ? labelKey(value.text) : value.kind === 'empty' ? '' : '#'));
}

function kindOf(grid: Grid): SheetKind {
  let kind: SheetKind = 'empty';
  for (const row of rowNumbers(grid).slice(0, classifyRows)) {
    const keys = rowKeys(grid, row);
    if (keys.some((key) => /^项目(?:编码|代码)$/.test(key))) return keys.includes('序号') ? 'summary' : 'project';
    if (keys.some((key) => /总体绩效目标$/.test(key))) kind = 'plan';
    else if (kind === 'empty' && keys.some((key) => key !== '')) kind = 'other';
  }
  return kind;
}

function add(sink: FindingSink, finding: Finding): void {
  sink.located.push({ finding, order: 0 });
}

function reportFormulaErrors(grid: Grid, sink: FindingSink): void {
  for (const row of rowNumbers(grid)) {
    for (const [column, cell] of grid.rows.get(row) ?? []) {
      if (cell.value.kind !== 'error' || !isMaster(grid, row, column)) continue;
      const address = cellAddress(grid.name, row, column);
      const message = `工作表「${grid.name}」的单元格 ${address.slice(address.lastIndexOf('!') + 1)} 是公式错误“${cell.value.error}”，无法读取其内容。`;
      add(sink, xlsxFinding('xlsx.formula-error', { cell: address }, message, '请在 Excel 中修正公式（或改为直接填写数值）后再导入'));
    }
  }
}

const emptyPlan = (): DepartmentPlan => ({ overallGoal: '', commitments: [], subGoals: [], measures: [] });

function contextFor(workbook: TableContext<CellPlace>, grid: Grid, project: number, date1904: boolean): SheetContext {
  return { ...workbook, grid, index: project, date1904 };
}

function readPlan(workbook: TableContext<CellPlace>, grids: readonly Grid[], date1904: boolean): DepartmentPlan {
  const grid = grids[0];
  if (grid) return readPlanSheet(contextFor(workbook, grid, 0, date1904));
  const message = '工作簿中没有“部门整体绩效目标”工作表，只导入了项目绩效目标表。';
  report(workbook, 'no-department-plan', null, {}, message, '如需导入部门整体绩效目标，请按导出的模板加上该工作表');
  return emptyPlan();
}

function resolveYear(workbook: TableContext<CellPlace>, sheets: readonly ProjectSheet[], summary: SummaryFacts | null, year: number | undefined): number {
  const found = year ?? summary?.year ?? detectYear(sheets.map((sheet) => sheet.project), sheets.map((sheet) => sheet.title));
  if (found !== null) return found;
  const message = '无法确定年度：汇总表没有“年度”，项目名称、表头和时效指标中也都没有写明年份（如“2021年”）。';
  report(workbook, 'year-unknown', null, {}, message, '请在汇总表填写年度，或在导入时指定年度');
  return 0;
}

function warnUnknown(grid: Grid, sink: FindingSink): void {
  const message = `工作表「${grid.name}」既不是项目绩效目标表（没有“项目编码”），也不是汇总表或部门整体绩效目标，未导入。`;
  add(sink, xlsxFinding('xlsx.unknown-sheet', { cell: cellAddress(grid.name, 1, 1) }, message, '如果它是项目表，请保留“项目编码”等表头'));
}

/** The projects, the unit and money unit they share (checked across sheets), the division and the year. */
function readProjects(workbook: TableContext<CellPlace>, grids: Readonly<Record<SheetKind, Grid[]>>, date1904: boolean, options: { year?: number }): UnitYear {
  const sheets = grids.project.map((grid, index) => readProjectSheet(contextFor(workbook, grid, index + 1, date1904)));
  const summaryGrid = grids.summary[0];
  const summary = summaryGrid ? readSummary(contextFor(workbook, summaryGrid, 0, date1904)) : null;
  const departmentPlan = readPlan(workbook, grids.plan, date1904);
  const unit = checkUnits(workbook, sheets, mostCommonUnit(sheets));
  const moneyUnit = resolveMoneyUnit(workbook, sheets);
  checkDistinctCodes(workbook, sheets);
  const projects = sheets.map((sheet) => sheet.project);
  const divisionCode = summary?.divisionCode !== undefined ? summary.divisionCode : divisionOf(projects);
  const year = resolveYear(workbook, sheets, summary, options.year);
  return { unit: { ...unit, divisionCode }, year, moneyUnit, departmentPlan, projects };
}

/** Reads a loaded workbook. Never throws; `unitYear` is null only when no project sheet was found. Findings in the order found. */
export function readWorkbook(workbook: Workbook, options: { year?: number }): { unitYear: UnitYear | null; findings: Finding[] } {
  const date1904 = workbook.properties.date1904 ?? false;
  const sink: FindingSink = { prefix: 'xlsx', located: [] };
  const sheets = workbook.worksheets.map((sheet) => readGrid(sheet)).map((grid) => ({ grid, kind: kindOf(grid) }));
  const grids: Record<SheetKind, Grid[]> = { project: [], summary: [], plan: [], other: [], empty: [] };
  for (const { grid, kind } of sheets) grids[kind].push(grid);
  for (const entry of sheets) if (entry.kind !== 'empty' && entry.kind !== 'other') reportFormulaErrors(entry.grid, sink);
  for (const grid of grids.other) warnUnknown(grid, sink);
  if (grids.project.length === 0) {
    const message = '工作簿中没有项目绩效目标表：没有任何工作表含有“项目编码”。';
    add(sink, xlsxFinding('xlsx.no-project-sheet', {}, message, '请选择按 Jixiao 模板填写的绩效目标工作簿'));
    return { unitYear: null, findings: sink.located.map((entry) => entry.finding) };
  }
  const unitYear = readProjects(documentContext(workbookFormat, sink), grids, date1904, options);
  return { unitYear, findings: sink.located.map((entry) => entry.finding) };
}
