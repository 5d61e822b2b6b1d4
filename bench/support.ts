/**
 * What the benchmarks share: the synthetic county and unit sized by the command line, counting indicators,
 * median timings, and the export/import figures of a document format for one unit and for a county.
 */
import { parseArgs } from 'node:util';
import type { UnitYear } from '../src/core/model';
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
