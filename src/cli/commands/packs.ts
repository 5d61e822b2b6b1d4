/** `jixiao packs` and `jixiao rules`: the rule packs and the review rules, with their explanations. */
import type { Command } from 'commander';
import { listRulePacks, listRules } from '../../core/review';
import { print, printJson } from '../context';
import { renderTable } from '../format';

const severityLabel = { error: '错误', warning: '警告', info: '提示' } as const;

export function registerPacks(program: Command): void {
  program
    .command('packs')
    .description('列出规则包（指标框架、阈值、计量单位、等级、权重），按区划和年度选用')
    .option('--json', '以 JSON 输出')
    .action((options: { json?: boolean }) => {
      const packs = listRulePacks();
      if (options.json) return printJson(packs);
      const rows = packs.map((pack) => [
        pack.id,
        pack.name,
        pack.region === '' ? '全国' : pack.region,
        `${pack.years.from}–${pack.years.to ?? ''}`,
        pack.extends ?? '',
        pack.framework.level1.map((level1) => level1.name).join('、'),
        String(Object.values(pack.rules).filter((entry) => entry.enabled !== false).length),
      ]);
      print(renderTable(['编号', '名称', '区划', '年度', '继承', '一级指标', '启用规则数'], rows, [6]));
    });
  program
    .command('rules')
    .description('列出智能审核规则：编号、类别、默认级别和说明')
    .option('--json', '以 JSON 输出')
    .action((options: { json?: boolean }) => {
      const rules = listRules();
      if (options.json) return printJson(rules);
      print(rules.map((rule) => `${rule.id}　${rule.title}（${severityLabel[rule.defaultSeverity]}）\n  ${rule.explanation}`).join('\n\n'));
    });
}
