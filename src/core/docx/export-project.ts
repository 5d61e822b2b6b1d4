/**
 * One project's target table (项目支出绩效目标表) in the layout of the reference document: the unit
 * line, 项目编码/项目名称, 预算规模及资金用途 (merged over the use of funds), 资金支出计划（%） (merged
 * over the percents), 绩效目标, then the indicator table with 一级指标 and 二级指标 merged down their runs.
 * Cells hold the texts as stored (budgetRaw, checkpoint raw, target raw), so that nothing is re-typed.
 */
import { HeadingLevel, type Paragraph, type Table } from 'docx';
import { formatAmount, parseAmount, type Fen, type MoneyUnit } from '../money';
import type { Indicator, Project, UnitYear } from '../model';
import { paragraphsOf } from './cell-text';
import { buildTable, type CellSpec, type RowSpec } from './table-grid';
import { textWidth } from './word-styles';

/** Widths (twips) of the indicator columns; the rows above reuse their edges so that the grid stays small. */
const indicatorWidths = [1100, 1100, 1400, 1844, 1300, textWidth - 6744] as const;
const labelWidth = indicatorWidths[0];
const indicatorHeader = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'];

/** The budget row's own widths: 其中：财政资金 needs seven characters on one line. */
const budgetWidths = { label: 1000, amount: 1300, fiscalLabel: 1700, otherLabel: 1100, used: 1000 + 1300 + 1700 + 1300 + 1100 };

const label = (text: string, more: Partial<CellSpec> = {}): CellSpec => ({ text, width: labelWidth, align: 'center', ...more });

/** The amount as written when it still reads as the stored amount; else the stored amount written afresh. */
export function amountCell(raw: string, amount: Fen, unit: MoneyUnit): string {
  const reads = raw.trim() === '' ? 0 : parseAmount(raw, unit);
  return reads === amount ? raw : formatAmount(amount, unit);
}

function headRows(unitYear: UnitYear, project: Project): RowSpec[] {
  const { unit, moneyUnit } = unitYear;
  const { budget, budgetRaw } = project;
  const [first, second, third, fourth, fifth, sixth] = indicatorWidths;
  return [
    { borderless: true, cells: [{ text: `${unit.code}${unit.name}`, width: textWidth - sixth }, { text: `单位：${moneyUnit}`, width: sixth, align: 'right' }] },
    { cells: [label('项目编码'), { text: project.code, width: second + third + 400 }, { text: '项目名称', width: 1200, align: 'center' }, { text: project.name, width: fourth - 1600 + fifth + sixth }] },
    {
      cells: [
        label('预算规模及资金用途', { merge: 'restart' }),
        { text: '预算数', width: budgetWidths.label, align: 'center' },
        { text: amountCell(budgetRaw.total, budget.total, moneyUnit), width: budgetWidths.amount, align: 'center' },
        { text: '其中：财政资金', width: budgetWidths.fiscalLabel, align: 'center' },
        { text: amountCell(budgetRaw.fiscal, budget.fiscal, moneyUnit), width: budgetWidths.amount, align: 'center' },
        { text: '其他资金', width: budgetWidths.otherLabel, align: 'center' },
        { text: amountCell(budgetRaw.other, budget.other, moneyUnit), width: textWidth - labelWidth - budgetWidths.used, align: 'center' },
      ],
    },
    { cells: [label('', { merge: 'continue' }), { text: project.purpose, width: textWidth - first }] },
  ];
}

function planRows(project: Project): RowSpec[] {
  const checkpoints = project.spendingPlan;
  if (checkpoints.length === 0) return [];
  const width = Math.floor((textWidth - labelWidth) / checkpoints.length);
  const widthAt = (index: number) => (index === checkpoints.length - 1 ? textWidth - labelWidth - width * index : width);
  return [
    { cells: [label('资金支出计划（%）', { merge: 'restart' }), ...checkpoints.map((checkpoint, index) => ({ text: checkpoint.checkpoint, width: widthAt(index), align: 'center' as const }))] },
    { cells: [label('', { merge: 'continue' }), ...checkpoints.map((checkpoint, index) => ({ text: checkpoint.raw, width: widthAt(index), align: 'center' as const }))] },
  ];
}

/** A level cell: merged into the one above when the level (and, for level 2, its level 1) repeats. */
function levelCell(text: string, continues: boolean, startsRun: boolean, width: number): CellSpec {
  const merge = continues ? 'continue' : startsRun ? 'restart' : undefined;
  return { text: continues ? '' : text, width, align: 'center', ...(merge ? { merge } : {}) };
}

function indicatorRows(indicators: readonly Indicator[]): RowSpec[] {
  const widths = indicatorWidths;
  return indicators.map((indicator, index) => {
    const above = indicators[index - 1];
    const below = indicators[index + 1];
    const sameLevel1 = (other: Indicator | undefined) => other !== undefined && indicator.level1 !== '' && other.level1 === indicator.level1;
    const sameLevel2 = (other: Indicator | undefined) => sameLevel1(other) && indicator.level2 !== '' && other?.level2 === indicator.level2;
    return {
      cells: [
        levelCell(indicator.level1, sameLevel1(above), sameLevel1(below), widths[0]),
        levelCell(indicator.level2, sameLevel2(above), sameLevel2(below), widths[1]),
        { text: indicator.name, width: widths[2] },
        { text: indicator.description, width: widths[3] },
        { text: indicator.target.raw, width: widths[4], align: 'center' },
        { text: indicator.basis, width: widths[5] },
      ],
    };
  });
}

/** The rows of a project's table, top to bottom. */
export function projectRows(unitYear: UnitYear, project: Project): RowSpec[] {
  const widths = indicatorWidths;
  return [
    ...headRows(unitYear, project),
    ...planRows(project),
    { cells: [label('绩效目标'), { text: project.goals.join('\n\n'), width: textWidth - labelWidth }] },
    { keepNext: true, cells: indicatorHeader.map((text, index) => ({ text, width: widths[index] ?? 0, align: 'center' as const, bold: true })) },
    ...indicatorRows(project.indicators),
  ];
}

/** The numbered title (an outline level 2 heading, listed in the table of contents) and the table. */
export function projectSection(unitYear: UnitYear, project: Project, index: number): Array<Paragraph | Table> {
  const title = paragraphsOf(`${index + 1}.${project.name}绩效目标表`, { heading: HeadingLevel.HEADING_2 });
  return [...title, buildTable(projectRows(unitYear, project))];
}
