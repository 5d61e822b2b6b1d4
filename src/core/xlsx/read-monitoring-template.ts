/**
 * Reading a filled monitoring template back (monitoring-template.ts writes it). Every problem is an error located
 * at its cell ('项目1'!F7): a file that is not a workbook (zip-guard.ts), a sheet of another round or project, a
 * missing sheet, a changed header, an extra column, an indicator row missing, added or repeated, a cell of the
 * wrong type (text where a number goes, a value not in its list). Nothing is guessed: the caller stores nothing
 * while there is an error. What a report says (an explanation missing…) is the core validation's, not the reader's.
 */
import ExcelJS from 'exceljs';
import type { Finding, Location, WithFindings } from '../finding';
import type { Indicator } from '../model';
import { cutOffMonth } from '../monitoring/monitoring-table';
import { deviationCauseKinds, likelihoodLabels, likelihoods, progressStatusLabels, progressStatuses, type DeviationCause, type Likelihood, type Progress } from '../monitoring/types';
import { parseDecimal } from '../rational';
import { isBlank, textOf } from './cell-text';
import {
  firstIndicatorRow,
  fundsCells,
  fundsRow,
  headerRow,
  hiddenRows,
  idColumn,
  no,
  templateColumnOrder,
  templateColumns,
  templateHeaders,
  yes,
  type MonitoringTemplate,
  type MonitoringTemplateProject,
} from './monitoring-template-layout';
import { readGrid, rowNumbers, valueAt, type Grid, type GridValue } from './sheet-grid';
import { cellAddress } from './sheet-names';
import { numberText } from './target-cells';
import { checkWorkbookFile } from './zip-guard';

/** One project's report as the template gives it (amounts as 万元 decimal text, indicators by id). */
export interface TemplateReport {
  projectId: string;
  /** The report version the sheet was made from. */
  version: number;
  /** Nothing entered at all: a project the unit left blank. */
  blank: boolean;
  spent: string;
  expectedSpent: string;
  overspendExplanation: string;
  indicators: { indicatorId: string; progress: Progress | null; expected: Progress | null; likelihood: Likelihood | null; causes: DeviationCause[]; remark: string; rectification: { needed: boolean; action: string } }[];
}

/** Reading one sheet: its grid, the findings so far, and a finding maker located at a cell of it. */
interface SheetReading {
  grid: Grid;
  entry: MonitoringTemplateProject;
  findings: Finding[];
}

function problem(reading: SheetReading, row: number, column: number, message: string, more: Partial<Location> = {}): void {
  const cell = cellAddress(reading.grid.name, row, column);
  reading.findings.push({ code: 'monitoring-template.cell', severity: 'error', location: { projectCode: reading.entry.project.code, cell, ...more }, message: `${cell}：${message}` });
}

const textAt = (grid: Grid, row: number, column: number): string => textOf(valueAt(grid, row, column)).trim();

/** A decimal text from a number cell or a text that is a plain number; null for a blank; undefined when it is neither. */
function decimalOf(value: GridValue): string | null | undefined {
  if (isBlank(value)) return null;
  if (value.kind === 'number' && !value.percent) return numberText(value.value);
  if (value.kind === 'text' && /^\s*[+]?[\d,]*\.?\d+\s*$/.test(value.text) && parseDecimal(value.text) !== null) return value.text.trim().replace(/,/g, '');
  return undefined;
}

/** The amount of a funds cell; null when blank, undefined (reported) when it is not a number. */
function amountAt(reading: SheetReading, column: number, label: string, field: string): string | null | undefined {
  const value = valueAt(reading.grid, fundsRow, column);
  const decimal = decimalOf(value);
  if (decimal === undefined) problem(reading, fundsRow, column, `${label}应为以万元为单位的数字，现在是“${textOf(value)}”。`, { field });
  return decimal;
}

function choiceAt<T extends string>(reading: SheetReading, row: number, column: number, labels: Readonly<Record<T, string>>, keys: readonly T[], what: string, where: Partial<Location>): T | null {
  const text = textAt(reading.grid, row, column);
  if (text === '') return null;
  const found = keys.find((key) => labels[key] === text);
  if (found === undefined) problem(reading, row, column, `${what}只能填${keys.map((key) => `“${labels[key]}”`).join('')}之一，现在是“${text}”。`, where);
  return found ?? null;
}

function progressAt(reading: SheetReading, row: number, column: number, indicator: Indicator, where: Partial<Location>): Progress | null {
  const value = valueAt(reading.grid, row, column);
  if (indicator.target.kind !== 'quantitative') {
    const status = choiceAt(reading, row, column, progressStatusLabels, progressStatuses, '定性指标和时限指标的执行情况', where);
    return status === null ? null : { kind: 'status', status };
  }
  const decimal = decimalOf(value);
  if (decimal === undefined) problem(reading, row, column, `指标“${indicator.name}”是定量指标（${indicator.target.raw}），应填数值，现在是“${textOf(value)}”。`, where);
  return decimal ? { kind: 'number', value: decimal } : null;
}

function checkFrame(reading: SheetReading, template: MonitoringTemplate): void {
  const { grid } = reading;
  if (textAt(grid, hiddenRows.round, idColumn) !== template.roundId) problem(reading, hiddenRows.round, idColumn, '这个工作表不是本监控批次的模板，请重新下载模板后填写。');
  const headers = templateHeaders(cutOffMonth(template.cutOff));
  for (const column of templateColumnOrder) {
    const text = textAt(grid, headerRow, templateColumns[column]);
    if (text !== headers[column]) problem(reading, headerRow, templateColumns[column], `表头应为“${headers[column]}”，现在是“${text}”；请勿增删或移动列。`);
  }
  for (const row of rowNumbers(grid)) {
    for (const [column, cell] of grid.rows.get(row) ?? []) {
      if (column > idColumn && !isBlank(cell.value) && cell.masterColumn === column) problem(reading, row, column, `模板之外多出的一列（“${textOf(cell.value)}”）；请勿增加列，内容请写在备注中。`);
    }
  }
}

/** The sheet's indicator rows by indicator id; rows without a known id are problems. */
function indicatorRows(reading: SheetReading): Map<string, number> {
  const { grid, entry } = reading;
  const rows = new Map<string, number>();
  for (const row of rowNumbers(grid).filter((number) => number >= firstIndicatorRow)) {
    const hasContent = [...(grid.rows.get(row)?.values() ?? [])].some((cell) => !isBlank(cell.value));
    if (!hasContent) continue;
    const id = textAt(grid, row, idColumn);
    if (id === '') problem(reading, row, idColumn, `第${row}行不是模板中的指标行，请勿增加行。`);
    else if (!entry.indicatorIds.includes(id)) problem(reading, row, idColumn, `第${row}行的指标不是项目“${entry.project.name}”的指标，请重新下载模板。`);
    else if (rows.has(id)) problem(reading, row, idColumn, `第${row}行重复了第${rows.get(id)}行的指标。`);
    else rows.set(id, row);
  }
  entry.indicatorIds.forEach((id, index) => {
    if (!rows.has(id)) problem(reading, firstIndicatorRow + index, templateColumns.name, `缺少第${index + 1}个指标“${entry.project.indicators[index]?.name ?? ''}”的行，请勿删除行。`, { indicator: index + 1 });
  });
  return rows;
}

function readRow(reading: SheetReading, row: number, indicator: Indicator, position: number): TemplateReport['indicators'][number] {
  const at = (field: string) => ({ indicator: position, field });
  const text = (column: number) => textAt(reading.grid, row, column);
  const needed = choiceAt(reading, row, templateColumns.rectificationNeeded, { yes, no }, ['yes', 'no'], '是否需要整改', at('rectification'));
  return {
    indicatorId: reading.entry.indicatorIds[position - 1] ?? '',
    progress: progressAt(reading, row, templateColumns.progress, indicator, at('progress')),
    expected: progressAt(reading, row, templateColumns.expected, indicator, at('expected')),
    likelihood: choiceAt(reading, row, templateColumns.likelihood, likelihoodLabels, likelihoods, '完成目标可能性', at('likelihood')),
    causes: deviationCauseKinds.flatMap((kind) => (text(templateColumns[kind]) === '' ? [] : [{ kind, text: text(templateColumns[kind]) }])),
    remark: text(templateColumns.remark),
    rectification: { needed: needed === 'yes', action: text(templateColumns.rectificationAction) },
  };
}

function readSheet(reading: SheetReading, template: MonitoringTemplate): TemplateReport {
  const { grid, entry } = reading;
  checkFrame(reading, template);
  const rows = indicatorRows(reading);
  const month = cutOffMonth(template.cutOff);
  const spent = amountAt(reading, fundsCells.spent, `1—${month}月执行数`, 'spent');
  const expectedSpent = amountAt(reading, fundsCells.expectedSpent, '全年预计执行数', 'expectedSpent');
  const indicators = entry.project.indicators.flatMap((indicator, index) => {
    const row = rows.get(entry.indicatorIds[index] ?? '');
    return row === undefined ? [] : [readRow(reading, row, indicator, index + 1)];
  });
  const overspendExplanation = textAt(grid, fundsRow, fundsCells.overspendExplanation);
  const blank = !spent && !expectedSpent && overspendExplanation === '' && indicators.every((row) => !row.progress && !row.expected && !row.likelihood && row.causes.length === 0 && !row.remark && !row.rectification.action);
  if (!blank && spent === null) problem(reading, fundsRow, fundsCells.spent, `1—${month}月执行数未填写。`, { field: 'spent' });
  if (!blank && expectedSpent === null) problem(reading, fundsRow, fundsCells.expectedSpent, '全年预计执行数未填写。', { field: 'expectedSpent' });
  const version = Number(textAt(grid, hiddenRows.version, idColumn));
  if (!Number.isInteger(version) || version < 0) problem(reading, hiddenRows.version, idColumn, '模板的隐藏列被改动，请重新下载模板。');
  // A blank or unreadable amount is reported above; '0' only fills the shape of a reading that will not be stored.
  return { projectId: entry.id, version, blank, spent: spent ?? '0', expectedSpent: expectedSpent ?? '0', overspendExplanation, indicators };
}

/**
 * The reports a filled template gives for `template`'s projects (the template it was made from, as the store
 * has it now), with every problem as an error finding at its cell. Never throws on any input.
 */
export async function readMonitoringTemplate(bytes: Uint8Array, template: MonitoringTemplate): Promise<WithFindings<TemplateReport[]>> {
  const refused = await checkWorkbookFile(bytes);
  if (refused.length > 0) return { value: [], findings: refused };
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs wants a Node Buffer (it reads through JSZip); a view on the same memory, not a copy.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return { value: [], findings: [{ code: 'xlsx.damaged', severity: 'error', location: {}, message: '文件已损坏或不是有效的 Excel 工作簿。', suggestion: '请在 Excel 中打开后另存为 .xlsx 再上传' }] };
  }
  const grids = workbook.worksheets.map(readGrid);
  const findings: Finding[] = [];
  const reports = template.projects.flatMap((entry) => {
    const grid = grids.find((candidate) => textAt(candidate, hiddenRows.project, idColumn) === entry.id);
    if (!grid) {
      findings.push({ code: 'monitoring-template.sheet-missing', severity: 'error', location: { projectCode: entry.project.code }, message: `工作簿中没有项目“${entry.project.name}”的工作表，请重新下载模板后填写。` });
      return [];
    }
    const reading: SheetReading = { grid, entry, findings };
    return [readSheet(reading, template)];
  });
  return { value: reports, findings };
}
