/**
 * The `jixiao` command. Commands parse arguments, call one use case and print; errors become a Chinese message
 * and an exit code from exit-codes.ts, never a stack trace (set JIXIAO_DEBUG=1 to see one).
 */
import { Command, CommanderError } from 'commander';
import { isDomainError } from '../core/errors';
import { registerDemo } from './commands/demo';
import { registerExport } from './commands/export';
import { registerImport } from './commands/import';
import { registerList } from './commands/list';
import { registerPacks } from './commands/packs';
import { registerReview } from './commands/review';
import { registerServe } from './commands/serve';
import { registerShow } from './commands/show';
import { registerUser } from './commands/user';
import { exitCodeOf, exitCodes } from './exit-codes';
import type { GlobalOptions } from './context';

function buildProgram(): Command {
  const program = new Command('jixiao')
    .description('Jixiao 绩效：预算绩效管理（绩效目标导入、审核、监控、自评、公开）')
    .option('--data <dir>', '内嵌数据库的数据目录（默认 ./data，或环境变量 JIXIAO_DATA_DIR；设置 DATABASE_URL 时使用 PostgreSQL）')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });
  const globals = () => program.opts<GlobalOptions>();
  for (const register of [registerImport, registerList, registerShow, registerReview, registerPacks, registerExport, registerDemo, registerUser, registerServe]) register(program, globals);
  return program;
}

function handleError(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
  if (isDomainError(error)) {
    process.stderr.write(`${error.message}\n`);
    return exitCodeOf(error.code);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`内部错误：${message}\n（这是 Jixiao 的缺陷，请报告；设置 JIXIAO_DEBUG=1 可显示详细信息。）\n`);
  if (process.env.JIXIAO_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return exitCodes.internal;
}

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  process.exitCode = handleError(error);
}
