/** `jixiao import <files…>`: read target documents, report findings, store them (one transaction each). */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { importDocument, type ImportDocumentResult } from '../../app/import-document';
import { DomainError, isDomainError } from '../../core/errors';
import { countBySeverity } from '../../core/finding';
import { presentUnitYear } from '../../contract/unit-year';
import { exitCodeOf, exitCodes } from '../exit-codes';
import { print, printJson, withDeps, type GlobalOptions } from '../context';
import { renderImportReport } from './import-report';

interface ImportOptions {
  dryRun?: boolean;
  replace?: boolean;
  json?: boolean;
  year?: number;
}

type FileOutcome = { file: string; result: ImportDocumentResult } | { file: string; error: DomainError };

const supportedExtensions = new Set(['.txt', '.docx', '.xlsx']);

export function registerImport(program: Command, globals: () => GlobalOptions): void {
  program
    .command('import')
    .description('导入绩效目标文件（Word 文件 .docx、Excel 文件 .xlsx，或从 Word 导出的文本 .txt：UTF-8/GB18030/UTF-16）；有错误的文件不导入任何数据')
    .argument('<files...>', '文件或文件夹（文件夹内的 .txt、.docx、.xlsx 文件全部导入）')
    .option('--dry-run', '只检查并报告，不导入')
    .option('--replace', '该单位该年度已导入时，用此文件整体替换')
    .option('--json', '以 JSON 输出解析结果')
    .option('--year <year>', '文件中无法识别年度时指定年度', parseYear)
    .action(async (paths: string[], options: ImportOptions) => {
      const files = await expandPaths(paths);
      const outcomes = await withDeps(globals(), (deps) =>
        importAll(files, (file, bytes) => importDocument(deps, { fileName: file, bytes, ...options })),
      );
      report(outcomes, options);
      process.exitCode = exitCodeFor(outcomes);
    });
}

export function parseYear(text: string): number {
  const year = Number(text);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new InvalidArgumentError(`年度“${text}”无效，请写四位数字，例如 2021。`);
  }
  return year;
}

/** Files as given, and the supported files inside folders (sorted by name). */
async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new DomainError('not_found', `找不到文件“${path}”。`);
    if (!info.isDirectory()) files.push(path);
    else files.push(...(await filesIn(path)));
  }
  return files;
}

async function filesIn(folder: string): Promise<string[]> {
  const names = await readdir(folder);
  const collator = new Intl.Collator('zh-CN');
  return names
    .filter((name) => supportedExtensions.has(extname(name).toLowerCase()))
    .sort(collator.compare)
    .map((name) => join(folder, name));
}

async function importAll(
  files: string[],
  importOne: (file: string, bytes: Uint8Array) => Promise<ImportDocumentResult>,
): Promise<FileOutcome[]> {
  const bar = files.length > 1 ? new cliProgress.SingleBar({ format: '导入 [{bar}] {value}/{total} {file}', stream: process.stderr, noTTYOutput: true, notTTYSchedule: 1000 }) : null;
  bar?.start(files.length, 0, { file: '' });
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    bar?.update({ file });
    outcomes.push(await importFile(file, importOne));
    bar?.increment();
  }
  bar?.stop();
  return outcomes;
}

async function importFile(
  file: string,
  importOne: (file: string, bytes: Uint8Array) => Promise<ImportDocumentResult>,
): Promise<FileOutcome> {
  try {
    return { file, result: await importOne(file, new Uint8Array(await readFile(file))) };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { file, error };
  }
}

function report(outcomes: FileOutcome[], options: ImportOptions): void {
  if (options.json) {
    const documents = outcomes.map(toJson);
    printJson(documents.length === 1 ? documents[0] : documents);
    return;
  }
  print(outcomes.map((outcome) => ('error' in outcome ? `${outcome.file}\n${errorText(outcome.error)}` : renderImportReport(outcome.result))).join('\n\n'));
}

function errorText(error: DomainError): string {
  const hint = error.code === 'already_exists' ? '如需用此文件替换，请加 --replace。' : '';
  return `未导入：${error.message}${hint}`;
}

function toJson(outcome: FileOutcome) {
  if ('error' in outcome) return { file: outcome.file, outcome: 'failed', error: { code: outcome.error.code, message: errorText(outcome.error) } };
  const { result } = outcome;
  const document = result.unitYear ? presentUnitYear(result.unitYear) : { unit: null, year: null };
  return { file: result.fileName, format: result.format, encoding: result.encoding, outcome: result.outcome, ...document, findings: result.findings, counts: countBySeverity(result.findings) };
}

function exitCodeFor(outcomes: FileOutcome[]): number {
  const failure = outcomes.find((outcome) => 'error' in outcome);
  if (failure && 'error' in failure) return exitCodeOf(failure.error.code);
  const rejected = outcomes.some((outcome) => 'result' in outcome && outcome.result.outcome === 'rejected');
  return rejected ? exitCodes.documentErrors : exitCodes.ok;
}
