/**
 * UnitYear → the text-export layout of the reference document (fixtures/changli-2021.txt): Part 1,
 * then Part 2 with one `N.<name>绩效目标表` title and table per project. Cells are written as stored
 * (raw texts), so importing the result gives back the same UnitYear.
 */
import { formatAmount, parseAmount, type Fen, type MoneyUnit } from '../money';
import type { DepartmentPlan, Project, SpendingCheckpoint, UnitYear } from '../model';
import { parsePercent } from '../target-table/spending-plan';

const subsectionNumbering = /^[（(]\s*[一二三四五六七八九十]+\s*[）)]/;
const chineseDigits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 21 → 二十一 (enough for the numbering of sub-goals). */
function chineseNumber(value: number): string {
  if (value < 10) return chineseDigits[value] ?? String(value);
  const tens = Math.floor(value / 10);
  return `${tens === 1 ? '' : (chineseDigits[tens] ?? '')}十${chineseDigits[value % 10] ?? ''}`;
}

function emitPlan(lines: string[], plan: DepartmentPlan): void {
  lines.push('第一部分', '部门整体绩效目标', '一、总体绩效目标', plan.overallGoal, '', '二、分项绩效目标');
  plan.subGoals.forEach((subGoal, index) => {
    const title = subsectionNumbering.test(subGoal.title) ? subGoal.title : `（${chineseNumber(index + 1)}）${subGoal.title}`;
    lines.push(title, '', `绩效目标：${subGoal.goal}`, '', `绩效指标：${subGoal.indicatorText}`, '');
  });
  lines.push('三、工作保障措施');
  for (const measure of plan.measures) lines.push(`${measure.title}${measure.text}`, '');
}

/** A row: one tab line per cell, closed by a blank line (two after a cell of several paragraphs, as Word writes). */
function emitRow(lines: string[], cells: readonly string[]): void {
  for (const cell of cells) lines.push(`\t${cell}`);
  lines.push('');
  if (cells.at(-1)?.includes('\n')) lines.push('');
}

/** The raw cell when it still says what the model holds, else the amount written afresh. */
function amountText(raw: string, amount: Fen, unit: MoneyUnit): string {
  const reads = raw.trim() === '' ? 0 : parseAmount(raw, unit);
  return reads === amount ? raw : formatAmount(amount, unit);
}

function percentText(checkpoint: SpendingCheckpoint): string {
  if (parsePercent(checkpoint.raw) === checkpoint.percent) return checkpoint.raw;
  return checkpoint.percent === null ? '' : `${checkpoint.percent.toFixed(2)}%`;
}

function emitIndicators(lines: string[], project: Project): void {
  emitRow(lines, ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据']);
  let above: string | null = null;
  for (const indicator of project.indicators) {
    const level1 = indicator.level1 === above ? '' : indicator.level1;
    emitRow(lines, [level1, indicator.level2, indicator.name, indicator.description, indicator.target.raw, indicator.basis]);
    above = indicator.level1;
  }
}

function emitProject(lines: string[], unitYear: UnitYear, project: Project, index: number): void {
  const { unit, moneyUnit } = unitYear;
  const { budget, budgetRaw } = project;
  lines.push(`${index + 1}.${project.name}绩效目标表`);
  emitRow(lines, [`${unit.code}${unit.name}`, `单位：${moneyUnit}`]);
  emitRow(lines, ['项目编码', project.code, '项目名称', project.name]);
  emitRow(lines, [
    '预算规模及资金用途',
    '预算数',
    amountText(budgetRaw.total, budget.total, moneyUnit),
    '其中：财政资金',
    amountText(budgetRaw.fiscal, budget.fiscal, moneyUnit),
    '其他资金',
    amountText(budgetRaw.other, budget.other, moneyUnit),
  ]);
  emitRow(lines, ['', project.purpose]);
  if (project.spendingPlan.length > 0) {
    emitRow(lines, ['资金支出计划（%）', ...project.spendingPlan.map((checkpoint) => checkpoint.checkpoint)]);
    emitRow(lines, ['', ...project.spendingPlan.map(percentText)]);
  }
  emitRow(lines, ['绩效目标', project.goals.join('\n\n')]);
  emitIndicators(lines, project);
}

/** Writes the whole document: UTF-8 text with LF line ends, in the seed's layout. Pure. */
export function emitTextExport(unitYear: UnitYear): string {
  const lines: string[] = [`${unitYear.unit.name}${unitYear.year}年度预算绩效目标`];
  emitPlan(lines, unitYear.departmentPlan);
  lines.push('第二部分', '预算项目绩效目标');
  unitYear.projects.forEach((project, index) => {
    if (index > 0) lines.push('');
    emitProject(lines, unitYear, project, index);
  });
  return `${lines.join('\n')}\n`;
}
