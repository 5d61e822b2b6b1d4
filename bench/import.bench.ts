/**
 * Import benchmark: parse throughput of the text importer and store throughput of the database, on a
 * synthetic county in the seed's layout. Prints figures; asserts nothing.
 *   node bin/run-ts.js bench/import.bench.ts [--units 100] [--projects 10] [--indicators 15]
 * Goals (issue 2): parse ≥ 20 MB/s; store a 15,000-indicator county in < 2 s on PGlite.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { emitTextExport, importTextExport } from '../src/core/import-text';
import type { UnitYear } from '../src/core/model';
import { openDatabase, storeUnitYear, type Database, type DatabaseOptions } from '../src/db';
import { insertRows } from '../src/db/multi-row-insert';
import { indicators, projects } from '../src/db/schema';
import { createScratchDatabase, isTestServerReachable } from '../src/db/testing';
import { buildUnitYearRows, insertKeys } from '../src/db/unit-year-rows';
import { indicatorCount, syntheticUnitYears } from './support';

const { county } = syntheticUnitYears();
const countyIndicators = indicatorCount(county);

/** The best of `runs` timings of `work`, in seconds. */
async function best(runs: number, work: () => unknown): Promise<number> {
  let fastest = Infinity;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    fastest = Math.min(fastest, (performance.now() - start) / 1000);
  }
  return fastest;
}

async function benchParse(): Promise<void> {
  const encoder = new TextEncoder();
  const documents = county.map((unitYear) => encoder.encode(emitTextExport(unitYear)));
  const megabytes = documents.reduce((sum, bytes) => sum + bytes.byteLength, 0) / 1e6;
  const decodeSeconds = await best(5, () => documents.forEach((bytes) => new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
  const parseSeconds = await best(5, () => documents.forEach((bytes) => importTextExport(bytes)));
  console.log(`解析 parse: ${documents.length} 个文件, ${megabytes.toFixed(2)} MB, ${countyIndicators} 个指标`);
  console.log(`  importTextExport  ${(megabytes / parseSeconds).toFixed(1)} MB/s  (${(parseSeconds * 1000).toFixed(0)} ms; 目标 ≥ 20 MB/s)`);
  console.log(`  TextDecoder only  ${(megabytes / decodeSeconds).toFixed(1)} MB/s  → 解析耗时是纯解码的 ${(parseSeconds / decodeSeconds).toFixed(1)} 倍`);
}

async function storeCounty(db: Database, unitYears: UnitYear[]): Promise<void> {
  for (const unitYear of unitYears) {
    const source = new Uint8Array(0);
    await storeUnitYear(db, unitYear, { replace: false, importRecord: { fileName: 'bench.txt', encoding: 'utf-8', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', byteSize: 0, importedAt: new Date(), importedBy: null, findings: [], source } });
  }
}

/** The same indicator rows as the store writes, inserted again by raw multi-row INSERTs only. */
async function rawIndicatorInsert(db: Database): Promise<number> {
  const stored = await db.orm.select({ id: projects.id, code: projects.code }).from(projects);
  const projectIds = new Map(stored.map((row) => [row.code, row.id]));
  const indicatorRows = county.flatMap((unitYear) => {
    const built = buildUnitYearRows(unitYear, 'unused');
    const idOf = new Map(built.projects.map((project) => [project.id, projectIds.get(project.code)]));
    return built.indicators.map((row) => ({ ...row, projectId: idOf.get(row.projectId) ?? row.projectId }));
  });
  await db.orm.execute(sql`DELETE FROM indicators`);
  const start = performance.now();
  await db.orm.transaction((tx) => insertRows(tx, indicators, insertKeys.indicators, indicatorRows));
  return (performance.now() - start) / 1000;
}

async function benchStore(label: string, options: DatabaseOptions, cleanup: () => Promise<void>): Promise<void> {
  const db = await openDatabase(options);
  try {
    const start = performance.now();
    await storeCounty(db, county);
    const storeSeconds = (performance.now() - start) / 1000;
    const rawSeconds = await rawIndicatorInsert(db);
    console.log(`存储 store on ${label}: ${county.length} 个单位年度, ${countyIndicators} 个指标`);
    console.log(`  storeUnitYear × ${county.length}  ${(storeSeconds * 1000).toFixed(0)} ms, ${Math.round(countyIndicators / storeSeconds)} 指标/秒`);
    console.log(`  raw multi-row INSERT of the indicator rows  ${(rawSeconds * 1000).toFixed(0)} ms → 存储耗时是其 ${(storeSeconds / rawSeconds).toFixed(1)} 倍`);
  } finally {
    await db.close();
    await cleanup();
  }
}

await benchParse();
const folder = await mkdtemp(join(tmpdir(), 'jixiao-bench-'));
await benchStore('PGlite (data folder)', { dataDir: folder }, () => rm(folder, { recursive: true, force: true }));
if (await isTestServerReachable()) {
  const scratch = await createScratchDatabase();
  await benchStore('PostgreSQL', { databaseUrl: scratch.url }, scratch.drop);
} else {
  console.log('PostgreSQL 未连接：跳过服务器上的存储基准。');
}
