/**
 * A unit's self-evaluation tables as an Excel workbook (domain.md §6): one sheet per project with the funds
 * block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over its four rows), the goal block, the
 * indicator block with 一级/二级指标 merged down their runs, and 总分. Amounts, weights and scores are numbers
 * (two decimals, six for amounts with fen), 执行率 a percent. Texts from evaluation-table.ts.
 */
import ExcelJS from 'exceljs';
import type { Fen } from '../money';
import { evaluationRows, fundsHeaders, fundsRows, indicatorHeaders, totalRow, type EvaluationRowTexts, type SelfEvaluationTable, type SelfEvaluationTableProject } from '../self-evaluation/evaluation-table';
import { moneyFormat, moneyValue, percentFormat } from './cell-formats';
import { mergeRuns } from './monitoring-workbook';
import { fitColumns, fitRows, freezeAbove, merge, put, putTitle, setUpPrinting, type SheetWriter } from './sheet-format';
import { uniqueSheetName } from './sheet-names';

/** Columns: block label, 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施. */
const columnCount = 9;
const limits = [12, 12, 14, 20, 14, 16, 8, 8, 36].map((width) => ({ min: width, max: width + 8 }));
const scoreFormat = '0.00';

/** A decimal text ("98.62", "10.00") as a number cell; '' and "—" stay text. */
const numberOrText = (text: string): string | number => (/^\d+(\.\d+)?$/.test(text) ? Number(text) : text);
const amountCell = (amount: Fen | null) => (amount === null ? null : moneyValue(amount, '万元'));

function writeIdentity(writer: SheetWriter, table: SelfEvaluationTable, entry: SelfEvaluationTableProject): number {
  const unit = `${table.unit.code}${table.unit.name}`;
  for (const [row, label, value, label2, value2] of [[2, '项目名称', entry.project.name, '项目编码', entry.project.code], [3, '主管部门', unit, '实施单位', unit]] as const) {
    put(writer, row, 1, label, 'label');
    put(writer, row, 2, value, 'text');
    merge(writer, { top: row, left: 2, bottom: row, right: 5 });
    put(writer, row, 6, label2, 'label');
    put(writer, row, 7, value2, 'text');
    merge(writer, { top: row, left: 7, bottom: row, right: columnCount });
  }
  return 4;
}

function writeFunds(writer: SheetWriter, row: number, entry: SelfEvaluationTableProject): number {
  put(writer, row, 1, '项目资金（万元）', 'label');
  merge(writer, { top: row, left: 1, bottom: row + 4, right: 1 });
  put(writer, row, 2, '', 'header');
  merge(writer, { top: row, left: 2, bottom: row, right: 3 });
  fundsHeaders.forEach((text, index) => put(writer, row, 4 + index, text, 'header'));
  fundsRows(entry).forEach((funds, index) => {
    const at = row + 1 + index;
    put(writer, at, 2, funds.label, 'text');
    merge(writer, { top: at, left: 2, bottom: at, right: 3 });
    [funds.initial, funds.adjusted, funds.spent].forEach((amount, offset) => put(writer, at, 4 + offset, amountCell(amount), 'center', amount === null ? undefined : moneyFormat(amount, '万元')));
    put(writer, at, 7, numberOrText(funds.weight), 'center', scoreFormat);
    put(writer, at, 8, funds.rate === '' ? null : Number(funds.rate.replace('%', '')) / 100, 'center', percentFormat);
    put(writer, at, 9, numberOrText(funds.score), 'center', scoreFormat);
  });
  return row + 5;
}

function writeGoals(writer: SheetWriter, row: number, entry: SelfEvaluationTableProject): number {
  put(writer, row, 1, '年度总体目标', 'label');
  merge(writer, { top: row, left: 1, bottom: row + 1, right: 1 });
  put(writer, row, 2, '预期目标', 'header');
  merge(writer, { top: row, left: 2, bottom: row, right: 5 });
  put(writer, row, 6, '实际完成情况', 'header');
  merge(writer, { top: row, left: 6, bottom: row, right: columnCount });
  put(writer, row + 1, 2, entry.project.goals.join('\n'), 'text');
  merge(writer, { top: row + 1, left: 2, bottom: row + 1, right: 5 });
  put(writer, row + 1, 6, entry.goalCompletion, 'text');
  merge(writer, { top: row + 1, left: 6, bottom: row + 1, right: columnCount });
  return row + 2;
}

function writeIndicator(writer: SheetWriter, row: number, texts: EvaluationRowTexts): void {
  const values = [texts.level1, texts.level2, texts.name, texts.target, texts.actual];
  values.forEach((value, index) => put(writer, row, 2 + index, value, index === 2 ? 'text' : 'center'));
  put(writer, row, 7, numberOrText(texts.weight), 'center', scoreFormat);
  put(writer, row, 8, numberOrText(texts.score), 'center', scoreFormat);
  put(writer, row, 9, texts.explanation, 'text');
}

function writeIndicators(writer: SheetWriter, header: number, entry: SelfEvaluationTableProject): number {
  const rows = evaluationRows(entry);
  put(writer, header, 1, '绩效指标', 'label');
  merge(writer, { top: header, left: 1, bottom: header + rows.length, right: 1 });
  indicatorHeaders.forEach((text, index) => put(writer, header, 2 + index, text, 'header'));
  rows.forEach((texts, index) => writeIndicator(writer, header + 1 + index, texts));
  mergeRuns(writer, header + 1, rows.map((texts) => texts.level1), 2);
  mergeRuns(writer, header + 1, rows.map((texts) => (texts.level2 === '' ? '' : `${texts.level1}\u0000${texts.level2}`)), 3);
  const totalAt = header + rows.length + 1;
  const total = totalRow(entry);
  put(writer, totalAt, 1, '总分', 'label');
  merge(writer, { top: totalAt, left: 1, bottom: totalAt, right: 6 });
  put(writer, totalAt, 7, Number(total.weight), 'center', scoreFormat);
  put(writer, totalAt, 8, numberOrText(total.score), 'center', scoreFormat);
  put(writer, totalAt, 9, total.grade ? `等级：${total.grade}` : '', 'text');
  return totalAt;
}

function writeSheet(workbook: ExcelJS.Workbook, name: string, table: SelfEvaluationTable, entry: SelfEvaluationTableProject): void {
  const writer: SheetWriter = { sheet: workbook.addWorksheet(name), merges: [] };
  putTitle(writer, 1, columnCount, `项目支出绩效自评表（${table.year}年度）`);
  let row = writeIdentity(writer, table, entry);
  row = writeFunds(writer, row, entry);
  const header = writeGoals(writer, row, entry);
  const last = writeIndicators(writer, header, entry);
  fitColumns(writer, limits);
  fitRows(writer, 2, last);
  freezeAbove(writer.sheet, 4);
  setUpPrinting(writer.sheet, undefined);
}

/** Writes a unit's self-evaluation tables, one sheet per project (named after it); resolves to the .xlsx bytes. */
export async function exportSelfEvaluationXlsx(table: SelfEvaluationTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jixiao';
  const taken = new Set<string>();
  for (const entry of table.projects) writeSheet(workbook, uniqueSheetName(entry.project.name, taken), table, entry);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
