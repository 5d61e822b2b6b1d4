/** `jixiao list`: the units and years stored. */
import type { Command } from 'commander';
import { listUnitYears } from '../../app/list-unit-years';
import { formatAmount } from '../../core/money';
import { print, printJson, withDeps, type GlobalOptions } from '../context';
import { renderTable } from '../format';

export function registerList(program: Command, globals: () => GlobalOptions): void {
  program
    .command('list')
    .description('列出已导入的单位和年度')
    .option('--json', '以 JSON 输出')
    .action(async (options: { json?: boolean }) => {
      const summaries = await withDeps(globals(), listUnitYears);
      if (options.json) return printJson(summaries.map((s) => ({ ...s, budgetTotal: Number(formatAmount(s.budgetTotal, '万元')) })));
      if (summaries.length === 0) return print('还没有导入任何单位。用 jixiao import <文件> 导入绩效目标文件。');
      const rows = summaries.map((s) => [
        s.unitCode,
        s.unitName,
        String(s.year),
        String(s.projectCount),
        String(s.indicatorCount),
        formatAmount(s.budgetTotal, '万元'),
        s.lastImportedAt ? s.lastImportedAt.toLocaleString('zh-CN', { hour12: false }) : '',
      ]);
      print(renderTable(['单位编码', '单位名称', '年度', '项目数', '指标数', '预算合计（万元）', '最近导入'], rows, [2, 3, 4, 5]));
    });
}
