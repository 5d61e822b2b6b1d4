/**
 * What the benchmarks share: the synthetic county and unit sized by the command line, importing a county,
 * counting indicators, median timings, and the export/import figures of a document format for one unit and for a county.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Deps } from '../src/app/deps';
import { importDocument } from '../src/app/import-document';
import type { UnitYear } from '../src/core/model';
import { emitTextExport } from '../src/core/import-text';
import type { DatabaseOptions } from '../src/db';
import { createScratchDatabase, isTestServerReachable } from '../src/db/testing';
import { generateUnitYears } from './generate';

/**
 * The county (seed 2021) and one unit (seed 7) in the seed's layout, sized by `--units 100 --projects 10
 * --indicators 15` (the defaults); the county has `--units` units, each of `--projects` × `--indicators`.
 */
export function syntheticUnitYears(): { county: UnitYear[]; unit: UnitYear } {
  const { values } = parseArgs({ options: { units: { type: 'string', default: '100' }, projects: { type: 'string', default: '10' }, indicators: { type: 'string', default: '15' } } });
  const sizes = { projectsPerUnit: Number(values.projects), indicatorsPerProject: Number(values.indicators) };
  const county = generateUnitYears({ seed: 2021, units: Number(values.units), ...sizes });
  const [unit] = generateUnitYears({ seed: 7, units: 1, ...sizes }) as [UnitYear];
  return { county, unit };
}

export function indicatorCount(unitYears: readonly UnitYear[]): number {
  return unitYears.reduce((sum, unitYear) => sum + unitYear.projects.reduce((count, project) => count + project.indicators.length, 0), 0);
}

/** The median of `runs` timings of `work`, in milliseconds (the first, cold run included in the runs). */
export async function median(runs: number, work: () => unknown): Promise<number> {
  const timings: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(timings.length / 2)] ?? 0;
}

/** A document format as the figures name it: its extension, its export and import functions by name, and a note on each unit timing. */
export interface DocumentFormat {
  extension: string;
  exportName: string;
  exportFile(unitYear: UnitYear): Promise<Uint8Array>;
  exportNote: string;
  importName: string;
  importFile(bytes: Uint8Array): Promise<unknown>;
  importNote: string;
}

async function timeCounty(format: DocumentFormat, county: readonly UnitYear[]): Promise<{ exportMs: number; importMs: number; megabytes: number }> {
  let start = performance.now();
  const files: Uint8Array[] = [];
  for (const unitYear of county) files.push(await format.exportFile(unitYear));
  const exportMs = performance.now() - start;
  start = performance.now();
  for (const bytes of files) await format.importFile(bytes);
  const importMs = performance.now() - start;
  return { exportMs, importMs, megabytes: files.reduce((sum, bytes) => sum + bytes.byteLength, 0) / 1e6 };
}

/** Prints the export and import times of `format`: for `unit` (cold, then the median of 9), then for every unit of `county`. */
export async function benchDocumentFormat(format: DocumentFormat, unit: UnitYear, county: readonly UnitYear[]): Promise<void> {
  const cold = performance.now();
  const unitFile = await format.exportFile(unit);
  const coldMs = performance.now() - cold;
  const unitExportMs = await median(9, () => format.exportFile(unit));
  const unitImportMs = await median(9, () => format.importFile(unitFile));
  console.log(`一个单位 unit: ${unit.projects.length} 个项目, ${indicatorCount([unit])} 个指标, ${format.extension} ${(unitFile.byteLength / 1024).toFixed(0)} KB`);
  console.log(`  导出 ${format.exportName}  ${unitExportMs.toFixed(0)} ms (中位数; 首次冷启动 ${coldMs.toFixed(0)} ms${format.exportNote})`);
  console.log(`  导入 ${format.importName}  ${unitImportMs.toFixed(0)} ms (中位数${format.importNote})`);
  const { exportMs, importMs, megabytes } = await timeCounty(format, county);
  console.log(`一个县 county: ${county.length} 个单位, ${indicatorCount(county)} 个指标, ${format.extension} 合计 ${megabytes.toFixed(1)} MB`);
  console.log(`  导出 export  ${(exportMs / 1000).toFixed(2)} s  (每单位 ${(exportMs / county.length).toFixed(0)} ms)`);
  console.log(`  导入 import  ${(importMs / 1000).toFixed(2)} s  (每单位 ${(importMs / county.length).toFixed(0)} ms)`);
}

/** Imports `county` through the real import (read, review, store with the findings); returns the number of findings. */
export async function importCounty(deps: Deps, county: readonly UnitYear[]): Promise<number> {
  const encoder = new TextEncoder();
  let findings = 0;
  for (const unitYear of county) {
    const result = await importDocument(deps, { fileName: `${unitYear.unit.code}.txt`, bytes: encoder.encode(emitTextExport(unitYear)), importedBy: 'bench' });
    if (result.outcome !== 'stored') throw new Error(`${unitYear.unit.code} was not stored: ${result.findings.find((finding) => finding.severity === 'error')?.message}`);
    findings += result.review?.summary.total ?? 0;
  }
  return findings;
}

/**
 * Runs `bench` on a fresh PGlite data folder and/or a scratch database of the PostgreSQL test server, as
 * `driver` says ('pglite', 'postgres' or 'both'); a server that does not answer is said and skipped.
 */
export async function runOnDrivers(driver: string, bench: (label: string, storage: DatabaseOptions) => Promise<void>): Promise<void> {
  const drivers = driver === 'both' ? ['pglite', 'postgres'] : [driver];
  if (drivers.includes('pglite')) {
    const dataDir = await mkdtemp(join(tmpdir(), 'jixiao-bench-'));
    try {
      await bench('PGlite（内嵌）', { dataDir });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  if (!drivers.includes('postgres')) return;
  if (!(await isTestServerReachable())) {
    console.log('\nPostgreSQL：连接不上测试服务器（JIXIAO_TEST_DATABASE_URL），跳过。');
    return;
  }
  const scratch = await createScratchDatabase();
  try {
    await bench('PostgreSQL', { databaseUrl: scratch.url });
  } finally {
    await scratch.drop();
  }
}
