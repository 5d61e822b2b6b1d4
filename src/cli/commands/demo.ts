/** `jixiao demo`: load the demonstration document into an empty database and show it. */
import type { Command } from 'commander';
import { listUnitYears } from '../../app/list-unit-years';
import { loadDemoData } from '../../app/load-demo-data';
import { showUnitYear } from '../../app/show-unit-year';
import { print, withDeps, type GlobalOptions } from '../context';
import { renderImportReport } from './import-report';
import { renderUnitYear } from './show';

export function registerDemo(program: Command, globals: () => GlobalOptions): void {
  program
    .command('demo')
    .description('演示：数据库为空时导入昌黎县委组织部 2021 年绩效目标，并显示出来')
    .action(async () => {
      await withDeps(globals(), async (deps) => {
        const loaded = await loadDemoData(deps);
        if (loaded) print(`${renderImportReport(loaded)}\n`);
        const [first] = await listUnitYears(deps);
        if (!first) return print('数据库中没有数据。');
        print(renderUnitYear(await showUnitYear(deps, { unit: first.unitCode, year: first.year })));
        print(`\n接下来可以试试：\n  npx jixiao list\n  npx jixiao show ${first.unitCode} --json\n  npx jixiao import <文件或文件夹> --dry-run`);
      });
    });
}
