/**
 * `jixiao user add` and `jixiao user list`: accounts from the server's own command line (for the first
 * administrator, or when nobody can log in). The command line acts as an administrator.
 */
import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { commandLineCaller } from '../../app/audit/caller';
import { createUser } from '../../app/users/create-user';
import { registerDivision } from '../../app/users/directory';
import { listUsers } from '../../app/users/list-users';
import { accountRoles, roleLabels, type AccountRole } from '../../core/access/roles';
import { createUserRequestSchema, presentUser } from '../../contract/users';
import { DomainError } from '../../core/errors';
import { renderTable } from '../format';
import { print, printJson, withDeps, type GlobalOptions } from '../context';

interface AddOptions {
  role: string;
  username: string;
  name?: string;
  unit?: string;
  division?: string;
  divisionName?: string;
  passwordStdin?: boolean;
}

export function registerUser(program: Command, globals: () => GlobalOptions): void {
  const user = program.command('user').description('用户账号（在服务器本机上管理）');
  user
    .command('add')
    .description('创建账号；不带 --password-stdin 时生成一个随机初始密码并显示')
    .requiredOption('--role <角色>', `角色：${accountRoles.map((role) => `${role}（${roleLabels[role]}）`).join('、')}`)
    .requiredOption('--username <用户名>', '登录用的用户名')
    .option('--name <姓名>', '显示的姓名（默认同用户名）')
    .option('--unit <单位编码>', '单位填报人、单位负责人所属单位')
    .option('--division <区划编码>', '财政审核人所属财政区划')
    .option('--division-name <区划名称>', '区划尚未登记时，同时登记它的名称')
    .option('--password-stdin', '从标准输入读取密码（第一行）')
    .action(async (options: AddOptions) => {
      const password = options.passwordStdin ? await readFirstLine(process.stdin) : randomBytes(12).toString('base64url');
      const request = parseRequest(options, password);
      await withDeps(globals(), async (deps) => {
        if (options.division && options.divisionName) {
          await registerDivision(deps, { caller: commandLineCaller, division: { code: options.division, name: options.divisionName } }).catch((error: unknown) => {
            if (!(error instanceof DomainError && error.code === 'already_exists')) throw error;
          });
        }
        const created = await createUser(deps, { caller: commandLineCaller, user: request });
        print(`已创建账号 ${created.username}（${roleLabels[created.role]}${created.unitName ? `，${created.unitName}` : ''}）。`);
        if (!options.passwordStdin) print(`初始密码：${password}\n请妥善转交，并提醒本人登录后立即修改密码。`);
      });
    });
  user
    .command('list')
    .description('列出账号')
    .option('--json', '以 JSON 输出')
    .action(async (options: { json?: boolean }) => {
      const page = await withDeps(globals(), (deps) => listUsers(deps, { caller: commandLineCaller, query: {}, page: 1, pageSize: 100_000 }));
      if (options.json) return printJson(page.items.map(presentUser));
      if (page.items.length === 0) return print('还没有任何账号。用 jixiao user add --role admin --username <用户名> 创建管理员。');
      const rows = page.items.map((u) => [u.username, u.displayName, roleLabels[u.role], u.unitCode ?? u.divisionCode ?? '', u.disabled ? '已停用' : '']);
      print(renderTable(['用户名', '姓名', '角色', '单位/区划', '状态'], rows));
    });
}

function parseRequest(options: AddOptions, password: string) {
  const parsed = createUserRequestSchema.safeParse({
    username: options.username,
    displayName: options.name ?? options.username,
    role: options.role as AccountRole,
    unitCode: options.unit ?? null,
    divisionCode: options.division ?? null,
    password,
  });
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}：${issue.message}`).join('；');
  throw new DomainError('validation_failed', `参数有误：${problems}`);
}

async function readFirstLine(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}
