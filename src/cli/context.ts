/** Shared plumbing of CLI commands: global options, opening and closing the use-case dependencies. */
import { closeDeps, openDeps, resolveStorage, type Deps } from '../app/deps';

export interface GlobalOptions {
  /** --data <dir>: the embedded database folder (default ./data, or JIXIAO_DATA_DIR). */
  data?: string;
}

/** Opens the database for one command and always closes it, also when the command fails. */
export async function withDeps<T>(options: GlobalOptions, run: (deps: Deps) => Promise<T>): Promise<T> {
  const deps = await openDeps(resolveStorage({ dataDir: options.data, env: process.env }));
  try {
    return await run(deps);
  } finally {
    await closeDeps(deps);
  }
}

export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
