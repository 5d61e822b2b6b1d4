/**
 * A unit's monitoring tables as an Excel workbook (domain.md §6): one sheet per project with the funds block
 * (amounts as numbers in 万元, 执行率 as a percent) and the indicator block, 一级/二级指标 merged down their
 * runs and 偏差原因分析 merged over its five causes, printed on landscape A4. Texts from
 * src/core/monitoring/monitoring-table.ts, the look from sheet-format.ts.
 */
import ExcelJS from 'exceljs';
import { deviationCauseKinds, deviationCauseLabels } from '../monitoring/types';
import { fundsHeaders, fundsRow, monitoringHeaders, monitoringRows, type MonitoringRowTexts, type MonitoringTable, type MonitoringTableProject } from '../monitoring/monitoring-table';
import { moneyFormat, moneyValue, percentFormat } from './cell-formats';
import { fitColumns, fitRows, freezeAbove, merge, put, putTitle, setUpPrinting, type SheetWriter } from './sheet-format';
import { uniqueSheetName } from './sheet-names';

/** 13 columns: 一级, 二级, 三级, 年度指标值, 执行情况, 预计完成, five causes, 可能性, 备注. */
export const monitoringColumnCount = 13;
const limits = [10, 12, 18, 12, 12, 12, 12, 12, 12, 12, 12, 10, 20].map((width) => ({ min: width, max: width + 8 }));

/** Merges runs of equal values in a column (level 1 runs; level 2 runs within one level 1). */
export function mergeRuns(writer: SheetWriter, first: number, keys: readonly string[], column: number): void {
  let start = 0;
  keys.forEach((key, index) => {
    if (keys[index + 1] === key && key !== '') return;
    merge(writer, { top: first + start, left: column, bottom: first + index, right: column });
    start = index + 1;
  });
}

function writeFunds(writer: SheetWriter, row: number, cutOff: string, entry: MonitoringTableProject): number {
  const headers = fundsHeaders(cutOff);
  const funds = fundsRow(entry);
  put(writer, row, 1, '资金情况（万元）', 'label');
  merge(writer, { top: row, left: 1, bottom: row + 1, right: 2 });
  const cells = [
    { header: headers.budget, value: moneyValue(funds.budget, '万元'), format: moneyFormat(funds.budget, '万元') },
    { header: headers.spent, value: funds.spent === null ? null : moneyValue(funds.spent, '万元'), format: funds.spent === null ? undefined : moneyFormat(funds.spent, '万元') },
    { header: headers.rate, value: funds.rate === '' ? null : Number(funds.rate.replace('%', '')) / 100, format: percentFormat },
    { header: headers.expected, value: funds.expected === null ? null : moneyValue(funds.expected, '万元'), format: funds.expected === null ? undefined : moneyFormat(funds.expected, '万元') },
  ];
  cells.forEach((cell, index) => {
    const [left, right] = [3 + index * 3, 5 + index * 3];
    put(writer, row, left, cell.header, 'header');
    merge(writer, { top: row, left, bottom: row, right: Math.min(right, monitoringColumnCount) });
    put(writer, row + 1, left, cell.value, 'center', cell.format);
    merge(writer, { top: row + 1, left, bottom: row + 1, right: Math.min(right, monitoringColumnCount) });
  });
  return row + 2;
}

function writeHeader(writer: SheetWriter, row: number, cutOff: string): number {
  const headers = monitoringHeaders(cutOff);
  const spanning = [headers.level1, headers.level2, headers.name, headers.target, headers.progress, headers.expected];
  spanning.forEach((text, index) => {
    put(writer, row, index + 1, text, 'header');
    merge(writer, { top: row, left: index + 1, bottom: row + 1, right: index + 1 });
  });
  put(writer, row, 7, headers.causes, 'header');
  merge(writer, { top: row, left: 7, bottom: row, right: 11 });
  deviationCauseKinds.forEach((kind, index) => put(writer, row + 1, 7 + index, deviationCauseLabels[kind], 'header'));
  for (const [column, text] of [[12, headers.likelihood], [13, headers.remark]] as const) {
    put(writer, row, column, text, 'header');
    merge(writer, { top: row, left: column, bottom: row + 1, right: column });
  }
  return row + 2;
}

function writeRow(writer: SheetWriter, row: number, texts: MonitoringRowTexts): void {
  const values = [texts.level1, texts.level2, texts.name, texts.target, texts.progress, texts.expected, ...deviationCauseKinds.map((kind) => texts.causes[kind]), texts.likelihood, texts.remark];
  values.forEach((value, index) => put(writer, row, index + 1, value, index === 2 || index >= 6 ? 'text' : 'center'));
}

function writeSheet(workbook: ExcelJS.Workbook, name: string, table: MonitoringTable, entry: MonitoringTableProject): void {
  const writer: SheetWriter = { sheet: workbook.addWorksheet(name), merges: [] };
  putTitle(writer, 1, monitoringColumnCount, `${entry.project.name}绩效运行监控表（${table.title}）`);
  put(writer, 2, 1, '项目编码', 'label');
  put(writer, 2, 2, entry.project.code, 'text');
  merge(writer, { top: 2, left: 2, bottom: 2, right: 4 });
  put(writer, 2, 5, '预算单位', 'label');
  put(writer, 2, 6, `${table.unit.code}${table.unit.name}`, 'text');
  merge(writer, { top: 2, left: 6, bottom: 2, right: 11 });
  put(writer, 2, 12, `截止日期：${table.cutOff}`, 'center');
  merge(writer, { top: 2, left: 12, bottom: 2, right: 13 });
  const header = writeFunds(writer, 3, table.cutOff, entry);
  const first = writeHeader(writer, header, table.cutOff);
  const rows = monitoringRows(entry);
  rows.forEach((texts, index) => writeRow(writer, first + index, texts));
  mergeRuns(writer, first, rows.map((texts) => texts.level1), 1);
  mergeRuns(writer, first, rows.map((texts) => (texts.level2 === '' ? '' : `${texts.level1}\u0000${texts.level2}`)), 2);
  fitColumns(writer, limits);
  fitRows(writer, 2, first + rows.length - 1);
  freezeAbove(writer.sheet, first);
  setUpPrinting(writer.sheet, `${header}:${header + 1}`);
}

/** Writes a unit's monitoring tables, one sheet per project (named after it); resolves to the .xlsx bytes. */
export async function exportMonitoringXlsx(table: MonitoringTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jixiao';
  const taken = new Set<string>();
  for (const entry of table.projects) writeSheet(workbook, uniqueSheetName(entry.project.name, taken), table, entry);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
