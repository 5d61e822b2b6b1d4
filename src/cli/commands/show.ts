/** `jixiao show <unit>`: a unit's year, readable or as JSON. */
import type { Command } from 'commander';
import { showUnitYear } from '../../app/show-unit-year';
import type { UnitYear } from '../../core/model';
import { addFen, formatAmount } from '../../core/money';
import { presentUnitYear } from '../../contract/unit-year';
import { print, printJson, withDeps, type GlobalOptions } from '../context';
import { renderTable } from '../format';
import { parseYear } from './import';

export function registerShow(program: Command, globals: () => GlobalOptions): void {
  program
    .command('show')
    .description('显示一个单位某年度的部门整体绩效目标和项目绩效目标表')
    .argument('<unit>', '单位编码（如 203001）或单位名称的一部分')
    .option('--year <year>', '年度（默认最近一年）', parseYear)
    .option('--json', '以 JSON 输出（金额单位：万元）')
    .action(async (unit: string, options: { year?: number; json?: boolean }) => {
      const unitYear = await withDeps(globals(), (deps) => showUnitYear(deps, { unit, year: options.year }));
      if (options.json) printJson(presentUnitYear(unitYear));
      else print(renderUnitYear(unitYear));
    });
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

export function renderUnitYear(unitYear: UnitYear): string {
  const { unit, departmentPlan: plan } = unitYear;
  const header = `${unit.code} ${unit.name}　${unitYear.year} 年度${unit.divisionCode ? `（区划 ${unit.divisionCode}）` : ''}`;
  const planLines = [
    '部门整体绩效目标',
    `  总体绩效目标：${clip(plan.overallGoal, 60)}`,
    ...plan.commitments.map((commitment, index) => `    ${index + 1}. ${commitment}`),
    `  分项绩效目标 ${plan.subGoals.length} 个：`,
    ...plan.subGoals.map((subGoal) => `    ${subGoal.title}`),
    `  工作保障措施 ${plan.measures.length} 条：${plan.measures.map((measure) => measure.title).join(' ')}`,
  ];
  return [header, '', ...planLines, '', '项目绩效目标表（金额单位：万元）', renderProjects(unitYear)].join('\n');
}

function renderProjects({ projects }: UnitYear): string {
  const rows = projects.map((project, index) => [
    String(index + 1),
    project.code,
    project.name,
    formatAmount(project.budget.total, '万元'),
    formatAmount(project.budget.fiscal, '万元'),
    formatAmount(project.budget.other, '万元'),
    project.spendingPlan.map((checkpoint) => (checkpoint.percent === null ? '—' : `${checkpoint.percent}%`)).join(' / '),
    String(project.indicators.length),
  ]);
  const total = addFen(...projects.map((project) => project.budget.total));
  const indicators = projects.reduce((sum, project) => sum + project.indicators.length, 0);
  rows.push(['', '', '合计', formatAmount(total, '万元'), '', '', '', String(indicators)]);
  const checkpoints = projects[0]?.spendingPlan.map((checkpoint) => checkpoint.checkpoint).join('/') ?? '';
  return renderTable(['序号', '项目编码', '项目名称', '预算数', '财政资金', '其他资金', `支出计划（${checkpoints}）`, '指标数'], rows, [0, 3, 4, 5, 7]);
}
