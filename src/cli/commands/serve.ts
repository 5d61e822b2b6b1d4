/**
 * `jixiao serve [--port] [--host] [--demo]`: the web server, on the embedded database (or DATABASE_URL).
 * Stops gracefully on SIGINT/SIGTERM: in-flight requests finish, then the database closes (and the data
 * folder's lock is released).
 */
import type { Command } from 'commander';
import { commandLineCaller } from '../../app/audit/caller';
import { getSetupStatus, loadDemonstration } from '../../app/auth/setup';
import { buildServer, listenServer, readServerConfig, stopOnSignals } from '../../server';
import { print, withDeps, type GlobalOptions } from '../context';

interface ServeOptions {
  port?: string;
  host?: string;
  demo?: boolean;
}

export function registerServe(program: Command, globals: () => GlobalOptions): void {
  program
    .command('serve')
    .description('启动网页服务（默认 http://localhost:3000；环境变量 PORT、HOST 也可指定）')
    .option('--port <端口>', '监听端口（默认 PORT 或 3000）')
    .option('--host <地址>', '监听地址（默认 HOST 或 localhost；局域网访问用 0.0.0.0）')
    .option('--demo', '数据库为空时导入示例数据')
    .action(async (options: ServeOptions) => {
      const config = readServerConfig(process.env);
      const port = Number(options.port ?? process.env.PORT ?? 3000);
      const host = options.host ?? process.env.HOST ?? 'localhost';
      await withDeps(globals(), async (deps) => {
        if (options.demo && (await loadDemonstration(deps, commandLineCaller))) print('已导入示例数据：昌黎县委组织部 2021 年绩效目标。');
        const app = await buildServer(deps, config);
        const server = await listenServer(app, { port, host });
        stopOnSignals(server, (message) => print(message));
        print(`Jixiao 已启动：${server.url}（接口文档 ${server.url}/api/docs）`);
        if ((await getSetupStatus(deps)).needsSetup) print(`还没有任何账号：请打开 ${server.url} 完成初始设置，或运行 jixiao user add --role admin --username <用户名>。`);
        await server.stopped;
        print('Jixiao 已停止。');
      });
    });
}
