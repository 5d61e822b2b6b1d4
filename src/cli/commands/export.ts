/** `jixiao export`: stored unit years as open data. */
import { writeFile } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { exportUnitYears } from '../../app/export-unit-years';
import { presentUnitYear } from '../../contract/unit-year';
import { print, withDeps, type GlobalOptions } from '../context';
import { parseYear } from './import';

interface ExportOptions {
  year?: number;
  format: string;
  output?: string;
  json?: boolean;
}

const formats = ['json'];

export function registerExport(program: Command, globals: () => GlobalOptions): void {
  program
    .command('export')
    .description('导出已导入的绩效目标（JSON）')
    .argument('[unit]', '单位编码或名称的一部分（默认全部单位）')
    .option('--year <year>', '年度', parseYear)
    .option('--format <format>', `格式：${formats.join('|')}`, parseFormat, 'json')
    .option('--json', '等同于 --format json')
    .option('-o, --output <file>', '写入文件（默认输出到屏幕）')
    .action(async (unit: string | undefined, options: ExportOptions) => {
      const unitYears = await withDeps(globals(), (deps) => exportUnitYears(deps, { unit, year: options.year }));
      const documents = unitYears.map(presentUnitYear);
      const text = `${JSON.stringify(unit === undefined ? documents : documents[0], null, 2)}\n`;
      if (!options.output) return print(text);
      await writeFile(options.output, text);
      process.stderr.write(`已导出 ${documents.length} 个单位年度到 ${options.output}\n`);
    });
}

function parseFormat(text: string): string {
  if (!formats.includes(text)) throw new InvalidArgumentError(`不支持的格式“${text}”，可选：${formats.join('、')}。`);
  return text;
}
