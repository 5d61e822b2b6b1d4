/**
 * A unit's monitoring tables as a Word document (domain.md §6): per project, on landscape A4, the funds block
 * (全年预算数 | 1—N月执行数 | 执行率 | 全年预计执行数) and the indicator block with 一级/二级指标 merged down
 * their runs and 偏差原因分析 spread over its five causes. Texts from src/core/monitoring/monitoring-table.ts.
 */
import { HeadingLevel, Paragraph, type FileChild } from 'docx';
import { formatAmount } from '../money';
import { deviationCauseKinds, deviationCauseLabels } from '../monitoring/types';
import { fundsHeaders, fundsRow, monitoringHeaders, monitoringRows, type MonitoringRowTexts, type MonitoringTable, type MonitoringTableProject } from '../monitoring/monitoring-table';
import { paragraphsOf, runsOf } from './cell-text';
import { buildLandscapeTable, landscapeWidth, levelCell, packLandscape, splitWidths } from './landscape-table';
import type { CellSpec, RowSpec } from './table-grid';

/** Indicator columns: 一级, 二级, 三级, 年度指标值, 执行情况, 预计完成, five causes, 可能性, 备注. */
const widths = splitWidths(landscapeWidth, [10.5, 10.5, 16, 11, 11, 11, 9, 9, 9, 9, 9, 9.5, 15]);
const at = (index: number) => widths[index] ?? 0;
const sum = (from: number, to: number) => widths.slice(from, to).reduce((a, b) => a + b, 0);

const center = (text: string, width: number, more: Partial<CellSpec> = {}): CellSpec => ({ text, width, align: 'center', ...more });

function headRows(table: MonitoringTable, entry: MonitoringTableProject): RowSpec[] {
  const { project } = entry;
  const labelWidth = sum(0, 2);
  const funds = fundsRow(entry);
  const headers = fundsHeaders(table.cutOff);
  const fundWidths = splitWidths(landscapeWidth - labelWidth, [1, 1, 1, 1]);
  const fund = (index: number) => fundWidths[index] ?? 0;
  const amount = (value: typeof funds.spent) => (value === null ? '' : formatAmount(value, '万元'));
  return [
    { borderless: true, cells: [{ text: `${table.unit.code}${table.unit.name}`, width: landscapeWidth - at(12) }, { text: '单位：万元', width: at(12), align: 'right' }] },
    { cells: [center('项目名称', labelWidth), { text: project.name, width: sum(2, 9) }, center('项目编码', sum(9, 11)), { text: project.code, width: sum(11, 13) }] },
    { cells: [center('资金情况（万元）', labelWidth, { merge: 'restart' }), center(headers.budget, fund(0), { bold: true }), center(headers.spent, fund(1), { bold: true }), center(headers.rate, fund(2), { bold: true }), center(headers.expected, fund(3), { bold: true })] },
    { cells: [center('', labelWidth, { merge: 'continue' }), center(formatAmount(funds.budget, '万元'), fund(0)), center(amount(funds.spent), fund(1)), center(funds.rate, fund(2)), center(amount(funds.expected), fund(3))] },
  ];
}

function headerRows(cutOff: string): RowSpec[] {
  const headers = monitoringHeaders(cutOff);
  const spanning = [headers.level1, headers.level2, headers.name, headers.target, headers.progress, headers.expected];
  const bold = { bold: true };
  return [
    {
      cells: [...spanning.map((text, index) => center(text, at(index), { merge: 'restart', ...bold })), center(headers.causes, sum(6, 11), bold), center(headers.likelihood, at(11), { merge: 'restart', ...bold }), center(headers.remark, at(12), { merge: 'restart', ...bold })],
    },
    {
      keepNext: true,
      cells: [...spanning.map((_, index) => center('', at(index), { merge: 'continue' })), ...deviationCauseKinds.map((kind, index) => center(deviationCauseLabels[kind], at(6 + index), bold)), center('', at(11), { merge: 'continue' }), center('', at(12), { merge: 'continue' })],
    },
  ];
}


function indicatorRows(rows: readonly MonitoringRowTexts[]): RowSpec[] {
  return rows.map((row, index) => {
    const [above, below] = [rows[index - 1], rows[index + 1]];
    const same1 = (other: MonitoringRowTexts | undefined) => other !== undefined && row.level1 !== '' && other.level1 === row.level1;
    const same2 = (other: MonitoringRowTexts | undefined) => same1(other) && row.level2 !== '' && other?.level2 === row.level2;
    return {
      cells: [
        levelCell(row.level1, same1(above), same1(below), at(0)),
        levelCell(row.level2, same2(above), same2(below), at(1)),
        { text: row.name, width: at(2) },
        center(row.target, at(3)),
        center(row.progress, at(4)),
        center(row.expected, at(5)),
        ...deviationCauseKinds.map((kind, offset) => ({ text: row.causes[kind], width: at(6 + offset) })),
        center(row.likelihood, at(11)),
        { text: row.remark, width: at(12) },
      ],
    };
  });
}

/** The title of a unit's monitoring document, e.g. "…组织部本级2021年1—7月项目支出绩效运行监控表". */
export function monitoringDocumentTitle(table: MonitoringTable): string {
  return `${table.unit.name}${table.title}表`;
}

function projectSection(table: MonitoringTable, entry: MonitoringTableProject, index: number): FileChild[] {
  const title = paragraphsOf(`${index + 1}.${entry.project.name}绩效运行监控表`, { heading: HeadingLevel.HEADING_2, pageBreakBefore: index > 0 });
  const rows = [...headRows(table, entry), ...headerRows(table.cutOff), ...indicatorRows(monitoringRows(entry))];
  return [...title, buildLandscapeTable(rows)];
}

/** Writes a unit's monitoring tables (one per project) as a .docx on landscape A4; resolves to its bytes. */
export async function exportMonitoringDocx(table: MonitoringTable): Promise<Uint8Array> {
  const heading = [
    new Paragraph({ style: 'Title', children: runsOf(monitoringDocumentTitle(table)) }),
    new Paragraph({ style: 'Subtitle', children: runsOf(`截止日期：${table.cutOff}　项目${table.projects.length}个`) }),
  ];
  return packLandscape(monitoringDocumentTitle(table), [...heading, ...table.projects.flatMap((entry, index) => projectSection(table, entry, index))]);
}
