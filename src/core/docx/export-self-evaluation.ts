/**
 * A unit's self-evaluation tables as a Word document (domain.md §6): per project, on landscape A4, the funds
 * block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额, 其中：当年财政拨款,
 * 上年结转资金, 其他资金), the goal block (预期目标 | 实际完成情况), the indicator block with 一级/二级指标
 * merged down their runs, and 总分. Texts from src/core/self-evaluation/evaluation-table.ts.
 */
import { HeadingLevel, Paragraph, type FileChild } from 'docx';
import { evaluationRows, fundsHeaders, fundsRows, indicatorHeaders, totalRow, wanText, type EvaluationRowTexts, type SelfEvaluationTable, type SelfEvaluationTableProject } from '../self-evaluation/evaluation-table';
import { paragraphsOf, runsOf } from './cell-text';
import { buildLandscapeTable, landscapeWidth, levelCell, packLandscape, splitWidths } from './landscape-table';
import type { CellSpec, RowSpec } from './table-grid';

/** Columns: block label, then 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施. */
const widths = splitWidths(landscapeWidth, [10, 9, 10, 15, 12, 12, 7, 7, 32]);
const at = (index: number) => widths[index] ?? 0;
const sum = (from: number, to: number) => widths.slice(from, to).reduce((a, b) => a + b, 0);
const center = (text: string, width: number, more: Partial<CellSpec> = {}): CellSpec => ({ text, width, align: 'center', ...more });

function identityRows(table: SelfEvaluationTable, entry: SelfEvaluationTableProject): RowSpec[] {
  const unit = `${table.unit.code}${table.unit.name}`;
  const half = sum(1, 5);
  return [
    { cells: [center('项目名称', at(0)), { text: entry.project.name, width: half }, center('项目编码', sum(5, 8)), { text: entry.project.code, width: at(8) }] },
    { cells: [center('主管部门', at(0)), { text: unit, width: half }, center('实施单位', sum(5, 8)), { text: unit, width: at(8) }] },
  ];
}

function fundsBlock(entry: SelfEvaluationTableProject): RowSpec[] {
  const labelWidth = sum(1, 3);
  const columns = splitWidths(landscapeWidth - at(0) - labelWidth, [1, 1, 1, 1, 1, 1]);
  const column = (index: number) => columns[index] ?? 0;
  const header: RowSpec = { cells: [center('项目资金（万元）', at(0), { merge: 'restart' }), center('', labelWidth), ...fundsHeaders.map((text, index) => center(text, column(index), { bold: true }))] };
  const rows = fundsRows(entry).map(
    (row): RowSpec => ({
      cells: [
        center('', at(0), { merge: 'continue' }),
        { text: row.label, width: labelWidth },
        ...[wanText(row.initial), wanText(row.adjusted), wanText(row.spent), row.weight, row.rate, row.score].map((text, index) => center(text, column(index))),
      ],
    }),
  );
  return [header, ...rows];
}

function goalBlock(entry: SelfEvaluationTableProject): RowSpec[] {
  const half = sum(1, 5);
  return [
    { cells: [center('年度总体目标', at(0), { merge: 'restart' }), center('预期目标', half, { bold: true }), center('实际完成情况', sum(5, 9), { bold: true })] },
    { cells: [center('', at(0), { merge: 'continue' }), { text: entry.project.goals.join('\n'), width: half }, { text: entry.goalCompletion, width: sum(5, 9) }] },
  ];
}


function indicatorBlock(entry: SelfEvaluationTableProject): RowSpec[] {
  const rows = evaluationRows(entry);
  const header: RowSpec = { keepNext: true, cells: [center('绩效指标', at(0), { merge: 'restart' }), ...indicatorHeaders.map((text, index) => center(text, at(index + 1), { bold: true }))] };
  const body = rows.map((row, index): RowSpec => {
    const [above, below] = [rows[index - 1], rows[index + 1]];
    const same1 = (other: EvaluationRowTexts | undefined) => other !== undefined && row.level1 !== '' && other.level1 === row.level1;
    const same2 = (other: EvaluationRowTexts | undefined) => same1(other) && row.level2 !== '' && other?.level2 === row.level2;
    return {
      cells: [
        center('', at(0), { merge: 'continue' }),
        levelCell(row.level1, same1(above), same1(below), at(1)),
        levelCell(row.level2, same2(above), same2(below), at(2)),
        { text: row.name, width: at(3) },
        center(row.target, at(4)),
        center(row.actual, at(5)),
        center(row.weight, at(6)),
        center(row.score, at(7)),
        { text: row.explanation, width: at(8) },
      ],
    };
  });
  const total = totalRow(entry);
  const totalCells: RowSpec = { cells: [center('总分', sum(0, 6), { bold: true }), center(total.weight, at(6), { bold: true }), center(total.score, at(7), { bold: true }), { text: total.grade ? `等级：${total.grade}` : '', width: at(8) }] };
  return [header, ...body, totalCells];
}

function projectSection(table: SelfEvaluationTable, entry: SelfEvaluationTableProject, index: number): FileChild[] {
  const title = paragraphsOf(`${index + 1}.${entry.project.name}绩效自评表（${table.year}年度）`, { heading: HeadingLevel.HEADING_2, pageBreakBefore: index > 0 });
  const rows = [...identityRows(table, entry), ...fundsBlock(entry), ...goalBlock(entry), ...indicatorBlock(entry)];
  return [...title, buildLandscapeTable(rows)];
}

/** The title of a unit's self-evaluation document, e.g. "…组织部本级2022年度项目支出绩效自评表". */
export function selfEvaluationDocumentTitle(table: SelfEvaluationTable): string {
  return `${table.unit.name}${table.year}年度项目支出绩效自评表`;
}

/** Writes a unit's self-evaluation tables (one per project) as a .docx on landscape A4; resolves to its bytes. */
export async function exportSelfEvaluationDocx(table: SelfEvaluationTable): Promise<Uint8Array> {
  const title = new Paragraph({ style: 'Title', children: runsOf(selfEvaluationDocumentTitle(table)) });
  return packLandscape(selfEvaluationDocumentTitle(table), [title, ...table.projects.flatMap((entry, index) => projectSection(table, entry, index))]);
}
