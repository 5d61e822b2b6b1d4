/** Before the browser tests: the web app must be built (web/dist), as `npm start` would build it. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './server';

export default function setup(): void {
  execFileSync(process.execPath, [join(repoRoot, 'scripts/build-web-if-stale.js')], { cwd: repoRoot, stdio: 'inherit' });
}
