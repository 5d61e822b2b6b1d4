#!/usr/bin/env node
// Builds the web app (web/dist) when it is missing or older than its sources: web/ (index.html, vite.config.ts,
// src/) and the src/contract and src/core code it bundles. `npm start` runs it before `jixiao serve`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const builtMarker = join(root, 'web/dist/index.html');
const sources = ['web/index.html', 'web/vite.config.ts', 'scripts/web-size-report.ts', 'web/src', 'src/contract', 'src/core'];

/** The newest modification time under `path` (a file or a folder, walked), 0 when it does not exist. */
function newestUnder(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestUnder(join(path, name))), stat.mtimeMs);
}

const builtAt = existsSync(builtMarker) ? statSync(builtMarker).mtimeMs : 0;
const changedAt = Math.max(...sources.map((source) => newestUnder(join(root, source))));
if (builtAt >= changedAt) {
  console.log('网页应用已是最新（web/dist），无需重新构建。');
} else {
  console.log(builtAt === 0 ? '正在构建网页应用（web/dist）……' : '网页应用的源代码有改动，正在重新构建……');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(root, 'web/vite.config.ts')], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) {
    console.error('网页应用构建失败（见上方输出）。');
    process.exit(result.status ?? 1);
  }
}
