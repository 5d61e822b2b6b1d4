/**
 * The monitoring template (监控填报模板): a workbook a unit fills offline and uploads. One sheet per project
 * (项目1, 项目2 …) with the targets and the figures saved so far; the cells to fill are unlocked and shaded,
 * with lists for likelihood, status and 是/否, and numbers only where numbers go; everything else is locked
 * (sheet protection without a password: it guards against slips, not against people). Hidden column Q ties the
 * sheet to the round, the project and the report version, and each row to its indicator
 * (monitoring-template-layout.ts); read-monitoring-template.ts reads it back exactly.
 */
import ExcelJS from 'exceljs';
import type { Cell, DataValidation } from 'exceljs';
import { cutOffMonth } from '../monitoring/monitoring-table';
import { deviationCauseKinds, likelihoodLabels, progressStatusLabels, type IndicatorReport, type Progress } from '../monitoring/types';
import { moneyFormat, moneyValue } from './cell-formats';
import {
  firstIndicatorRow,
  fundsCells,
  fundsRow,
  headerRow,
  hiddenRows,
  idColumn,
  lastColumn,
  likelihoodChoices,
  no,
  statusChoices,
  templateColumnOrder,
  templateColumns,
  templateHeaders,
  templateSheetName,
  yes,
  type MonitoringTemplate,
  type MonitoringTemplateProject,
  type TemplateColumn,
} from './monitoring-template-layout';
import { fitColumns, fitRows, freezeAbove, merge, put, putTitle, setUpPrinting, type SheetWriter } from './sheet-format';
import { numberText } from './target-cells';

const inputFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } as const;
const limits = [6, 10, 12, 18, 12, 12, 12, 12, 14, 14, 14, 14, 14, 18, 10, 18].map((width) => ({ min: width, max: width + 10 }));
const instructions =
  '填报说明：黄色单元格为填报项，其余单元格不能修改。金额以万元为单位。定量指标的执行情况和预计完成情况填数值（单位同年度指标值），定性指标和时限指标选“达成”“部分达成”或“未达成”。完成目标可能性为“有可能”时须写明偏差原因和备注，为“完全不可能”时须写明整改措施。请勿增删行列、勿改动隐藏列。';

const list = (choices: readonly string[]): DataValidation => ({ type: 'list', allowBlank: true, formulae: [`"${choices.join(',')}"`], showErrorMessage: true, errorTitle: '请从列表中选择', error: `只能填：${choices.join('、')}` });
const nonNegative: DataValidation = { type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showErrorMessage: true, errorTitle: '请填数值', error: '请填写不小于0的数值' };

/** Shades, unlocks and validates a cell a unit fills. */
function asInput(cell: Cell, validation?: DataValidation): void {
  cell.fill = inputFill;
  cell.protection = { locked: false };
  if (validation) cell.dataValidation = validation;
}

/** A decimal text as a number cell when the number says exactly the same (so it reads back the same), else as text. */
export function decimalCell(text: string): string | number {
  const value = Number(text);
  return /^\d+(\.\d+)?$/.test(text) && numberText(value) === text ? value : text;
}

function progressCell(progress: Progress | null): string | number | null {
  if (progress === null) return null;
  return progress.kind === 'number' ? decimalCell(progress.value) : progressStatusLabels[progress.status];
}

function writeHead(writer: SheetWriter, template: MonitoringTemplate, entry: MonitoringTemplateProject): void {
  const { project, report } = entry;
  const month = cutOffMonth(template.cutOff);
  putTitle(writer, 1, lastColumn, `${project.name}绩效运行监控填报表（${template.title}）`);
  const pairs: [number, number, string, number, number, string][] = [
    [2, 1, '预算单位', 2, 8, `${template.unit.code}${template.unit.name}`],
    [2, 9, '截止日期', 10, lastColumn, template.cutOff],
    [3, 1, '项目编码', 2, 4, project.code],
    [3, 5, '项目名称', 6, lastColumn, project.name],
  ];
  for (const [row, labelAt, label, from, to, value] of pairs) {
    put(writer, row, labelAt, label, 'label');
    put(writer, row, from, value, 'text');
    merge(writer, { top: row, left: from, bottom: row, right: to });
  }
  put(writer, fundsRow, 1, '全年预算数（万元）', 'label');
  put(writer, fundsRow, fundsCells.budget, moneyValue(project.budget.total, '万元'), 'center', moneyFormat(project.budget.total, '万元'));
  put(writer, fundsRow, 3, `1—${month}月执行数（万元）`, 'label');
  const spent = report ? moneyValue(report.spent, '万元') : null;
  asInput(put(writer, fundsRow, fundsCells.spent, spent, 'center', report ? moneyFormat(report.spent, '万元') : '0.00'), nonNegative);
  put(writer, fundsRow, 5, '全年预计执行数（万元）', 'label');
  asInput(put(writer, fundsRow, fundsCells.expectedSpent, report ? moneyValue(report.expectedSpent, '万元') : null, 'center', report ? moneyFormat(report.expectedSpent, '万元') : '0.00'), nonNegative);
  put(writer, fundsRow, 7, '超预算说明', 'label');
  asInput(put(writer, fundsRow, fundsCells.overspendExplanation, report?.overspendExplanation ?? '', 'text'));
  merge(writer, { top: fundsRow, left: fundsCells.overspendExplanation, bottom: fundsRow, right: lastColumn });
  put(writer, 5, 1, instructions, 'text');
  merge(writer, { top: 5, left: 1, bottom: 5, right: lastColumn });
}

function writeIndicatorRow(writer: SheetWriter, row: number, entry: MonitoringTemplateProject, position: number): void {
  const indicator = entry.project.indicators[position - 1];
  if (!indicator) return;
  const report: IndicatorReport | undefined = entry.report?.indicators.find((candidate) => candidate.indicator === position);
  const { target } = indicator;
  const quantitative = target.kind === 'quantitative';
  const fixed: [TemplateColumn, string | number][] = [['number', position], ['level1', indicator.level1], ['level2', indicator.level2], ['name', indicator.name], ['target', indicator.target.raw]];
  for (const [column, value] of fixed) put(writer, row, templateColumns[column], value, column === 'name' ? 'text' : 'center');
  const progressValidation = quantitative ? nonNegative : list(statusChoices);
  asInput(put(writer, row, templateColumns.progress, progressCell(report?.progress ?? null), 'center'), progressValidation);
  asInput(put(writer, row, templateColumns.expected, progressCell(report?.expected ?? null), 'center'), progressValidation);
  asInput(put(writer, row, templateColumns.likelihood, report?.likelihood ? likelihoodLabels[report.likelihood] : null, 'center'), list(likelihoodChoices));
  for (const kind of deviationCauseKinds) asInput(put(writer, row, templateColumns[kind], report?.causes.find((cause) => cause.kind === kind)?.text ?? null, 'text'));
  asInput(put(writer, row, templateColumns.remark, report?.remark ?? '', 'text'));
  asInput(put(writer, row, templateColumns.rectificationNeeded, report ? (report.rectification.needed ? yes : no) : null, 'center'), list([yes, no]));
  asInput(put(writer, row, templateColumns.rectificationAction, report?.rectification.action ?? '', 'text'));
  writer.sheet.getCell(row, idColumn).value = entry.indicatorIds[position - 1] ?? '';
  if (target.kind === 'quantitative' && target.measureUnit) writer.sheet.getCell(row, templateColumns.progress).note = `单位：${target.measureUnit}`;
}

async function writeSheet(workbook: ExcelJS.Workbook, name: string, template: MonitoringTemplate, entry: MonitoringTemplateProject): Promise<void> {
  const writer: SheetWriter = { sheet: workbook.addWorksheet(name), merges: [] };
  writeHead(writer, template, entry);
  const headers = templateHeaders(cutOffMonth(template.cutOff));
  for (const column of templateColumnOrder) put(writer, headerRow, templateColumns[column], headers[column], 'header');
  entry.project.indicators.forEach((_, index) => writeIndicatorRow(writer, firstIndicatorRow + index, entry, index + 1));
  const hidden = writer.sheet.getColumn(idColumn);
  writer.sheet.getCell(hiddenRows.round, idColumn).value = template.roundId;
  writer.sheet.getCell(hiddenRows.project, idColumn).value = entry.id;
  writer.sheet.getCell(hiddenRows.version, idColumn).value = entry.version;
  writer.sheet.getCell(headerRow, idColumn).value = '指标编号';
  fitColumns(writer, limits);
  hidden.hidden = true;
  fitRows(writer, 2, firstIndicatorRow + entry.project.indicators.length - 1);
  freezeAbove(writer.sheet, firstIndicatorRow);
  setUpPrinting(writer.sheet, `${headerRow}:${headerRow}`);
  await writer.sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

/** Writes the template of a unit's projects in a round; resolves to the .xlsx bytes. */
export async function exportMonitoringTemplate(template: MonitoringTemplate): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jixiao';
  for (const [index, entry] of template.projects.entries()) await writeSheet(workbook, templateSheetName(index), template, entry);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
