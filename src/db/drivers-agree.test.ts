/**
 * PGlite and PostgreSQL must give the same rows for the same input. Runs when the tests run on
 * PostgreSQL (JIXIAO_TEST_DB=postgres: a missing server then fails) or when the test server answers;
 * otherwise it is skipped, with the reason in its title.
 */
import { describe, expect, it } from 'vitest';
import type { Database } from './database';
import { listImports } from './import.repository';
import { listUnitYears } from './list-unit-years';
import { loadUnitYear } from './load-unit-year';
import { storeUnitYear } from './store-unit-year';
import { isTestServerReachable, openTestDatabase, testDatabaseKind, testServerUrl } from './testing';
import { buildImportRecord, buildUnitYearInYuan, buildVariedUnitYear } from './testing-data';
import { canonicalRows } from './testing-rows';

const required = testDatabaseKind() === 'postgres';
const runs = required || (await isTestServerReachable());
const title = runs
  ? 'gives the same rows, unit years and summaries on PGlite and PostgreSQL'
  : `SKIPPED: no PostgreSQL server answers at ${testServerUrl()}, so PGlite is not compared with PostgreSQL`;
if (!runs) console.warn(`⚠ ${title}`);

async function storeAndRead(db: Database) {
  const unitYears = [buildVariedUnitYear(), buildUnitYearInYuan(), buildVariedUnitYear({ year: 2022 })];
  const importedAt = (day: number) => new Date(Date.UTC(2021, 2, day));
  for (const [index, unitYear] of unitYears.entries()) {
    await storeUnitYear(db, unitYear, { replace: false, importRecord: buildImportRecord({ importedAt: importedAt(index + 1) }) });
  }
  await storeUnitYear(db, buildVariedUnitYear({ projects: [] }), { replace: true, importRecord: buildImportRecord({ importedAt: importedAt(9) }) });
  const loaded = await Promise.all(unitYears.map((unitYear) => loadUnitYear(db, unitYear.unit.code, unitYear.year)));
  const withoutIds = <T extends object>(rows: T[], ...ids: (keyof T)[]) =>
    rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !ids.some((id) => id === key))));
  return {
    loaded,
    summaries: withoutIds(await listUnitYears(db), 'unitYearId'),
    imports: withoutIds(await listImports(db), 'id'),
    rows: await canonicalRows(db),
  };
}

describe('the two drivers', () => {
  it.runIf(runs)(title, async () => {
    const pglite = await openTestDatabase('pglite');
    const postgres = await openTestDatabase('postgres');
    try {
      const [fromPglite, fromPostgres] = await Promise.all([storeAndRead(pglite), storeAndRead(postgres)]);
      expect(fromPglite.loaded.map((unitYear) => unitYear?.projects.length)).toStrictEqual([0, 1, 3]);
      expect(fromPostgres).toStrictEqual(fromPglite);
    } finally {
      await Promise.all([pglite.close(), postgres.close()]);
    }
  });
});
