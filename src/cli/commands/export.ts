/** `jixiao export`: stored unit years as JSON, Word, Excel, the text export, or open data (JSON/CSV). */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { exportDocuments } from '../../app/export-documents';
import { exportUnitYears } from '../../app/export-unit-years';
import { exportFormats, type ExportFormat } from '../../core/documents/export-document';
import { presentUnitYear } from '../../contract/unit-year';
import { print, withDeps, type GlobalOptions } from '../context';
import { parseYear } from './import';

type Format = 'json' | ExportFormat;

interface ExportOptions {
  year?: number;
  format: Format;
  output?: string;
  json?: boolean;
}

const formats: readonly Format[] = ['json', ...exportFormats];

export function registerExport(program: Command, globals: () => GlobalOptions): void {
  program
    .command('export')
    .description('导出已导入的绩效目标：json（结构化数据）、docx（Word）、xlsx（Excel）、txt（文本）、csv 和 open-data（开放数据，国家交换字段名）')
    .argument('[unit]', '单位编码或名称的一部分（默认全部单位）')
    .option('--year <year>', '年度', parseYear)
    .option('--format <format>', `格式：${formats.join('|')}`, parseFormat, 'json')
    .option('--json', '等同于 --format json')
    .option('-o, --output <path>', '写入的文件或文件夹（json 默认输出到屏幕；其他格式默认写到当前文件夹）')
    .action(async (unit: string | undefined, options: ExportOptions) => {
      const format = options.json ? 'json' : options.format;
      if (format === 'json') return exportJson(globals(), unit, options);
      const files = await withDeps(globals(), (deps) => exportDocuments(deps, { unit, year: options.year, format }));
      const folder = await outputFolder(options.output, files.length);
      for (const file of files) {
        const path = folder === null ? (options.output as string) : join(folder, file.fileName);
        await writeFile(path, file.bytes);
        process.stderr.write(`已导出 ${path}\n`);
      }
    });
}

async function exportJson(globals: GlobalOptions, unit: string | undefined, options: ExportOptions): Promise<void> {
  const unitYears = await withDeps(globals, (deps) => exportUnitYears(deps, { unit, year: options.year }));
  const documents = unitYears.map(presentUnitYear);
  const text = `${JSON.stringify(unit === undefined ? documents : documents[0], null, 2)}\n`;
  if (!options.output) return print(text);
  await writeFile(options.output, text);
  process.stderr.write(`已导出 ${documents.length} 个单位年度到 ${options.output}\n`);
}

/** The folder to write into, or null when `output` names the one file to write. */
async function outputFolder(output: string | undefined, fileCount: number): Promise<string | null> {
  if (output === undefined) return '.';
  const isFolder = (await stat(output).catch(() => null))?.isDirectory() ?? false;
  if (isFolder) return output;
  if (fileCount === 1) return null;
  await mkdir(output, { recursive: true });
  return output;
}

function parseFormat(text: string): Format {
  const format = formats.find((candidate) => candidate === text);
  if (!format) throw new InvalidArgumentError(`不支持的格式“${text}”，可选：${formats.join('、')}。`);
  return format;
}
