/**
 * Word document benchmark: export and import times of exportTargetsDocx / importTargetsDocx for one
 * unit and for a county, on synthetic documents in the seed's layout. Prints figures; asserts nothing.
 *   node bin/run-ts.js bench/documents.bench.ts [--units 100] [--projects 10] [--indicators 15]
 * Goal (issue 7): a unit's .docx (10 projects) in < 300 ms.
 * The Excel figures are in bench/xlsx.bench.ts.
 */
import { parseArgs } from 'node:util';
import { exportTargetsDocx, importTargetsDocx } from '../src/core/docx';
import type { UnitYear } from '../src/core/model';
import { generateUnitYears } from './generate';

const { values: args } = parseArgs({ options: { units: { type: 'string', default: '100' }, projects: { type: 'string', default: '10' }, indicators: { type: 'string', default: '15' } } });
const options = { projectsPerUnit: Number(args.projects), indicatorsPerProject: Number(args.indicators) };
const county = generateUnitYears({ seed: 2021, units: Number(args.units), ...options });
const [unit] = generateUnitYears({ seed: 7, units: 1, ...options }) as [UnitYear];

/** The median of `runs` timings of `work`, in milliseconds (the first, cold run included in the runs). */
async function median(runs: number, work: () => Promise<unknown>): Promise<number> {
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
  for (const unitYear of county) files.push(await exportTargetsDocx(unitYear));
  const exportMs = performance.now() - start;
  start = performance.now();
  for (const bytes of files) await importTargetsDocx(bytes);
  const importMs = performance.now() - start;
  return { exportMs, importMs, megabytes: files.reduce((sum, bytes) => sum + bytes.byteLength, 0) / 1e6 };
}

const indicatorsOf = (unitYears: readonly UnitYear[]) => unitYears.reduce((sum, unitYear) => sum + unitYear.projects.reduce((count, project) => count + project.indicators.length, 0), 0);

const cold = performance.now();
const unitFile = await exportTargetsDocx(unit);
const coldMs = performance.now() - cold;
const unitExportMs = await median(9, () => exportTargetsDocx(unit));
const unitImportMs = await median(9, () => importTargetsDocx(unitFile));
console.log(`一个单位 unit: ${unit.projects.length} 个项目, ${indicatorsOf([unit])} 个指标, .docx ${(unitFile.byteLength / 1024).toFixed(0)} KB`);
console.log(`  导出 exportTargetsDocx  ${unitExportMs.toFixed(0)} ms (中位数; 首次冷启动 ${coldMs.toFixed(0)} ms; 目标 < 300 ms)`);
console.log(`  导入 importTargetsDocx  ${unitImportMs.toFixed(0)} ms (中位数)`);
const { exportMs, importMs, megabytes } = await timeCounty();
console.log(`一个县 county: ${county.length} 个单位, ${indicatorsOf(county)} 个指标, .docx 合计 ${megabytes.toFixed(1)} MB`);
console.log(`  导出 export  ${(exportMs / 1000).toFixed(2)} s  (每单位 ${(exportMs / county.length).toFixed(0)} ms)`);
console.log(`  导入 import  ${(importMs / 1000).toFixed(2)} s  (每单位 ${(importMs / county.length).toFixed(0)} ms)`);
