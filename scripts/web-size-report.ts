/**
 * A Vite plugin that prints, after `vite build`, what the first visit downloads: the entry chunk and all it
 * imports statically, plus the chunks of the routes named in `initialRoutes` (the dashboard, where a
 * reviewer lands after logging in) with their static imports and CSS, each gzipped, against a budget.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export interface SizeReportOptions {
  /** Route modules loaded right after login, as paths ending the module id (pages/dashboard/dashboard-page.tsx). */
  initialRoutes: string[];
  /** The goal for the initial load, in KB gzipped. */
  budgetKb?: number;
}

interface OutputFile {
  type: 'chunk' | 'asset';
  fileName: string;
  code?: string;
  source?: string | Uint8Array;
  isEntry?: boolean;
  facadeModuleId?: string | null;
  imports?: string[];
  viteMetadata?: { importedCss: Set<string> };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function contentOf(file: OutputFile): string | Uint8Array {
  return file.type === 'chunk' ? (file.code ?? '') : (file.source ?? '');
}

/** The files `roots` need before they run: their static imports, transitively, and the CSS they import. */
function closureOf(roots: string[], bundle: Record<string, OutputFile>): string[] {
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    const file = bundle[fileName];
    for (const css of file?.viteMetadata?.importedCss ?? []) seen.add(css);
    for (const imported of file?.imports ?? []) visit(imported);
  };
  roots.forEach(visit);
  return [...seen];
}

function initialFiles(bundle: Record<string, OutputFile>, routes: string[]): { files: string[]; missing: string[] } {
  const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
  const entries = chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
  const routeChunks = routes.map((route) => chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(route)));
  const missing = routes.filter((_, index) => !routeChunks[index]);
  const found = routeChunks.flatMap((chunk) => (chunk ? [chunk.fileName] : []));
  return { files: closureOf([...entries, ...found], bundle), missing };
}

/** The plugin; `apply: 'build'`, so the dev server is unaffected. */
export function sizeReport(options: SizeReportOptions): Plugin {
  const budgetKb = options.budgetKb ?? 600;
  return {
    name: 'jixiao-size-report',
    apply: 'build',
    generateBundle(_output, bundle) {
      const files = bundle as unknown as Record<string, OutputFile>;
      const { files: initial, missing } = initialFiles(files, options.initialRoutes);
      const rows = initial.flatMap((fileName) => {
        const file = files[fileName];
        if (!file) return [];
        const content = contentOf(file);
        return [{ fileName, raw: Buffer.byteLength(content), gzip: gzipSync(content, { level: 9 }).length }];
      });
      rows.sort((a, b) => b.gzip - a.gzip);
      const total = rows.reduce((sum, row) => sum + row.gzip, 0);
      const lines = rows.map((row) => `  ${row.fileName.padEnd(48)} ${kb(row.raw).padStart(9)} KB ${kb(row.gzip).padStart(8)} KB`);
      const verdict = total / 1024 <= budgetKb ? `≤ ${budgetKb} KB：达标` : `超过目标 ${budgetKb} KB`;
      console.log(
        [
          '',
          `首次加载（登录页 + ${options.initialRoutes.join('、')}）/ initial load, gzipped:`,
          `  ${'file'.padEnd(48)} ${'raw'.padStart(12)} ${'gzip'.padStart(11)}`,
          ...lines,
          `  ${'total'.padEnd(48)} ${''.padStart(12)} ${kb(total).padStart(8)} KB  (${verdict})`,
          ...missing.map((route) => `  ⚠ 没有找到路由 ${route} 的代码块`),
          '',
        ].join('\n'),
      );
    },
  };
}
