/**
 * Benchmark of the review engine (智能审核): `node bin/run-ts.js bench/review.bench.ts [--units 3000]`.
 *
 * 1. Review throughput over a synthetic province (default 3,000 units × 10 projects × 10 indicators =
 *    300,000 indicators) with the pack its division selects; goal ≥ 200,000 indicators/s.
 * 2. The cross-project near-duplicate detection (MinHash LSH) over every indicator statement of the
 *    province at 1×, 2× and 4× the size: the time per item must stay about flat (near-linear).
 * Prints figures only; nothing here is asserted.
 */
import { generateUnitYears } from './generate';
import type { UnitYear } from '../src/core/model';
import { listRulePacks, reviewUnitYear, selectRulePack } from '../src/core/review';
import { groupNearDuplicates } from '../src/core/review/text/near-duplicates';
import { bigramsOfNormalized, normalizeForComparison } from '../src/core/review/text/shingles';
import { indicatorCount } from './support';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const units = option('units', 3000);
const projectsPerUnit = 10;
const indicatorsPerProject = 10;

function benchReview(province: readonly UnitYear[]): void {
  const first = province[0];
  const pack = first ? selectRulePack(listRulePacks(), { divisionCode: first.unit.divisionCode, year: first.year }) : null;
  if (!pack) throw new Error('no rule pack for the synthetic province');
  for (let pass = 0; pass < 3; pass += 1) for (const unitYear of province.slice(0, 200)) reviewUnitYear(unitYear, pack);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let findings = 0;
  for (const unitYear of province) findings += reviewUnitYear(unitYear, pack).findings.length;
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const indicators = indicatorCount(province);
  const rate = (value: number): string => Math.round(indicators / value).toLocaleString('en');
  console.log(`审核 review: ${province.length} units, ${indicators} indicators, ${findings} findings, pack ${pack.id}`);
  // The CPU figure counts the process's own CPU time (garbage collection threads included): on a shared machine it is the steadier one.
  console.log(`  ${seconds.toFixed(2)} s wall: ${rate(seconds)} indicators/s; ${cpuSeconds.toFixed(2)} s CPU: ${rate(cpuSeconds)} indicators/s (goal ≥ 200,000)`);
}

/**
 * Every indicator's statement over `unitCount` synthetic units, made specific to its project so that
 * near-duplicates (not only copies) abound. Generated in slices so that only the strings stay in memory.
 */
function statements(unitCount: number): string[] {
  const texts: string[] = [];
  const slice = 500;
  for (let start = 0; start < unitCount; start += slice) {
    const unitYears = generateUnitYears({ seed: 2021 + start, units: Math.min(slice, unitCount - start), projectsPerUnit, indicatorsPerProject });
    for (const unitYear of unitYears) {
      for (const project of unitYear.projects) {
        for (const indicator of project.indicators) texts.push(`${unitYear.unit.name}${project.name}${indicator.name}：${indicator.description}，${indicator.target.raw}`);
      }
    }
  }
  return texts;
}

function benchDuplicates(texts: readonly string[]): void {
  console.log('跨项目重复检测 near-duplicate detection (MinHash LSH, Jaccard ≥ 0.7):');
  const sizes = [texts.length / 4, texts.length / 2, texts.length].map(Math.floor);
  groupNearDuplicates(texts.slice(0, 20_000).map(shingle), 0.7);
  let base = 0;
  for (const size of sizes) {
    const started = performance.now();
    const groups = groupNearDuplicates(texts.slice(0, size).map(shingle), 0.7);
    const milliseconds = performance.now() - started;
    base ||= milliseconds / size;
    console.log(`  ${size.toLocaleString('en').padStart(9)} statements: ${milliseconds.toFixed(0).padStart(6)} ms, ${((milliseconds / size) * 1000).toFixed(2)} µs each (×${(milliseconds / size / base).toFixed(2)} of the smallest), ${groups.length} groups`);
  }
}

function shingle(text: string) {
  const key = normalizeForComparison(text);
  return { key, shingles: bigramsOfNormalized(key) };
}

const generated = performance.now();
benchReview(generateUnitYears({ seed: 2021, units, projectsPerUnit, indicatorsPerProject }));
benchDuplicates(statements(units * 4));
console.log(`(generation of the synthetic documents is not timed; whole run ${((performance.now() - generated) / 1000).toFixed(1)} s)`);
