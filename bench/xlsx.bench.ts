/**
 * Excel and open-data benchmark: export and import times of exportTargetsXlsx / importTargetsXlsx for
 * one unit and for a county (one workbook per unit), and the open-data JSON and CSV of the county, on
 * synthetic documents in the seed's layout. Prints figures; asserts nothing.
 *   node bin/run-ts.js bench/xlsx.bench.ts [--units 100] [--projects 10] [--indicators 15]
 * The Word figures are in bench/documents.bench.ts.
 */
import { parseArgs } from 'node:util';
import type { UnitYear } from '../src/core/model';
import { exportOpenDataCsv, exportOpenDataJson } from '../src/core/open-data';
import { exportTargetsXlsx, importTargetsXlsx } from '../src/core/xlsx';
import { generateUnitYears } from './generate';

const { values: args } = parseArgs({ options: { units: { type: 'string', default: '100' }, projects: { type: 'string', default: '10' }, indicators: { type: 'string', default: '15' } } });
const options = { projectsPerUnit: Number(args.projects), indicatorsPerProject: Number(args.indicators) };
const county = generateUnitYears({ seed: 2021, units: Number(args.units), ...options });
const [unit] = generateUnitYears({ seed: 7, units: 1, ...options }) as [UnitYear];

/** The median of `runs` timings of `work`, in milliseconds (the first, cold run included in the runs). */
async function median(runs: number, work: () => unknown): Promise<number> {
  const timings: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(timings.length / 2)] ?? 0;
}

async function timeCounty(): Promise<{ exportMs: number; importMs: number; megabytes: number }> {
  let start = performance.now();
  const files: Uint8Array[] = [];
  for (const unitYear of county) files.push(await exportTargetsXlsx(unitYear));
  const exportMs = performance.now() - start;
  start = performance.now();
  for (const bytes of files) await importTargetsXlsx(bytes);
  const importMs = performance.now() - start;
  return { exportMs, importMs, megabytes: files.reduce((sum, bytes) => sum + bytes.byteLength, 0) / 1e6 };
}

const indicatorsOf = (unitYears: readonly UnitYear[]) => unitYears.reduce((sum, unitYear) => sum + unitYear.projects.reduce((count, project) => count + project.indicators.length, 0), 0);

const cold = performance.now();
const unitFile = await exportTargetsXlsx(unit);
const coldMs = performance.now() - cold;
const unitExportMs = await median(9, () => exportTargetsXlsx(unit));
const unitImportMs = await median(9, () => importTargetsXlsx(unitFile));
console.log(`一个单位 unit: ${unit.projects.length} 个项目, ${indicatorsOf([unit])} 个指标, .xlsx ${(unitFile.byteLength / 1024).toFixed(0)} KB`);
console.log(`  导出 exportTargetsXlsx  ${unitExportMs.toFixed(0)} ms (中位数; 首次冷启动 ${coldMs.toFixed(0)} ms)`);
console.log(`  导入 importTargetsXlsx  ${unitImportMs.toFixed(0)} ms (中位数; 含压缩包检查)`);
const { exportMs, importMs, megabytes } = await timeCounty();
console.log(`一个县 county: ${county.length} 个单位, ${indicatorsOf(county)} 个指标, .xlsx 合计 ${megabytes.toFixed(1)} MB`);
console.log(`  导出 export  ${(exportMs / 1000).toFixed(2)} s  (每单位 ${(exportMs / county.length).toFixed(0)} ms)`);
console.log(`  导入 import  ${(importMs / 1000).toFixed(2)} s  (每单位 ${(importMs / county.length).toFixed(0)} ms)`);
const jsonMs = await median(5, () => exportOpenDataJson(county));
const csvMs = await median(5, () => exportOpenDataCsv(county));
const jsonMegabytes = new TextEncoder().encode(exportOpenDataJson(county)).byteLength / 1e6;
const csvMegabytes = new TextEncoder().encode(exportOpenDataCsv(county)).byteLength / 1e6;
console.log(`开放数据 open data (整个县):`);
console.log(`  JSON  ${jsonMs.toFixed(0)} ms, ${jsonMegabytes.toFixed(1)} MB (中位数)`);
console.log(`  CSV   ${csvMs.toFixed(0)} ms, ${csvMegabytes.toFixed(1)} MB (中位数)`);
