import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../core/errors';
import type { UnitYear } from '../core/model';
import { buildIndicator, buildProject, buildUnitYear } from '../core/testing/builders';
import type { Database } from './database';
import { listImports } from './import.repository';
import { listUnitYears } from './list-unit-years';
import { loadUnitYear, loadUnitYearsByIds } from './load-unit-year';
import { loadUnitYearWithIds } from './unit-year-ids.repository';
import { storeUnitYear } from './store-unit-year';
import { openTestDatabase } from './testing';
import { buildImportRecord, buildUnitYearInYuan, buildVariedProject, buildVariedUnitYear } from './testing-data';
import { canonicalRows } from './testing-rows';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

/** Each test uses its own unit code, so tests in this file do not see each other's data. */
function unitYearOf(code: string, overrides: Partial<UnitYear> = {}): UnitYear {
  return buildVariedUnitYear({ unit: { code, name: `单位${code}`, divisionCode: '130322' }, ...overrides });
}

async function store(unitYear: UnitYear, replace = false, importedAt = new Date('2021-03-01T08:00:00Z')) {
  return storeUnitYear(db, unitYear, { replace, importRecord: buildImportRecord({ importedAt }) });
}

async function caught(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

describe('storeUnitYear and loadUnitYear round trip', () => {
  it('gives back every field: all target kinds, blank percents, raw budget texts, document order', async () => {
    const unitYear = unitYearOf('rt-varied');
    await store(unitYear);
    expect(await loadUnitYear(db, 'rt-varied', unitYear.year)).toStrictEqual(unitYear);
  });

  it('loads many unit years at once exactly as one by one, in the order asked, leaving out ids that are not stored', async () => {
    const stored = [unitYearOf('rt-many-1'), { ...buildUnitYearInYuan(), unit: { code: 'rt-many-2', name: '单位rt-many-2', divisionCode: null } }, unitYearOf('rt-many-3')];
    const ids: string[] = [];
    for (const unitYear of stored) ids.push((await store(unitYear)).unitYearId);
    const asked = [ids[2] ?? '', '00000000-0000-4000-8000-000000000000', ids[0] ?? '', ids[1] ?? ''];
    const loaded = await loadUnitYearsByIds(db.orm, asked);
    expect(loaded.map((entry) => entry.id)).toEqual([ids[2], ids[0], ids[1]]);
    expect(loaded.map((entry) => entry.unitYear)).toStrictEqual([stored[2], stored[0], stored[1]]);
    for (const { id, ...entry } of loaded) expect(entry).toStrictEqual(await loadUnitYearWithIds(db.orm, id));
    expect(loaded[0]?.projects.map((project) => project.indicatorIds.length)).toEqual(stored[2]?.projects.map((project) => project.indicators.length));
  });

  it('gives back a unit year stated in 元 with a unit without division', async () => {
    const unitYear = buildUnitYearInYuan();
    await store(unitYear);
    expect(await loadUnitYear(db, unitYear.unit.code, unitYear.year)).toStrictEqual(unitYear);
  });

  it('keeps awkward text exactly: quotes, backslashes, newlines, empty strings, characters outside the BMP', async () => {
    const awkward = `引号"'\\反斜杠\n换行\t制表 {大括号} 𠀀 ∅`;
    const unitYear = unitYearOf('rt-awkward', {
      departmentPlan: { overallGoal: awkward, commitments: [awkward, '', 'NULL'], subGoals: [], measures: [] },
      projects: [
        buildProject({
          code: 'rt-awkward-1',
          name: awkward,
          purpose: '',
          goals: [awkward, '{a,b}', 'NULL'],
          indicators: [buildIndicator({ name: awkward, description: '', basis: awkward, target: { kind: 'qualitative', raw: awkward } })],
        }),
      ],
    });
    await store(unitYear);
    expect(await loadUnitYear(db, 'rt-awkward', unitYear.year)).toStrictEqual(unitYear);
  });

  it('keeps several years of one unit apart', async () => {
    const years = [2020, 2021, 2022].map((year) => unitYearOf('rt-years', { year, projects: [buildVariedProject(`Y${year}`)] }));
    for (const unitYear of years) await store(unitYear);
    for (const unitYear of years) expect(await loadUnitYear(db, 'rt-years', unitYear.year)).toStrictEqual(unitYear);
  });

  it('returns null for a unit year that is not stored', async () => {
    expect(await loadUnitYear(db, 'rt-none', 2021)).toBeNull();
  });
});

describe('storing a unit year that already exists', () => {
  it('is refused without replace, and nothing changes', async () => {
    const unitYear = unitYearOf('ex-refused');
    await store(unitYear);
    const before = await canonicalRows(db);
    const error = await caught(store(unitYearOf('ex-refused', { projects: [] })));
    expect(error.code).toBe('already_exists');
    expect(error.message).toContain('ex-refused');
    expect(await canonicalRows(db)).toStrictEqual(before);
  });

  it('is replaced with replace: the new data only, and the import history keeps both imports', async () => {
    await store(unitYearOf('ex-replace'));
    const replacement = unitYearOf('ex-replace', { projects: [buildVariedProject('ONLY-ONE')] });
    const result = await store(replacement, true, new Date('2021-03-02T08:00:00Z'));
    expect(result.replaced).toBe(true);
    expect(await loadUnitYear(db, 'ex-replace', replacement.year)).toStrictEqual(replacement);
    const history = await listImports(db, { unitCode: 'ex-replace' });
    expect(history.map((entry) => entry.replaced)).toStrictEqual([true, false]);
  });

  it('gives identical rows (apart from ids and timestamps) when the same document is stored twice with replace', async () => {
    const unitYear = unitYearOf('ex-twice');
    await store(unitYear, true);
    const first = await canonicalRows(db);
    await store(unitYear, true);
    const { imports: secondImports, ...second } = await canonicalRows(db);
    const { imports: firstImports, ...firstData } = first;
    expect(second).toStrictEqual(firstData);
    expect(secondImports).toHaveLength(firstImports.length + 1);
  });

  it('stores a fresh unit year with replace and says nothing was replaced', async () => {
    const result = await store(unitYearOf('ex-fresh'), true);
    expect(result.replaced).toBe(false);
  });
});

describe('atomicity', () => {
  it('leaves the database exactly as before when a statement fails midway (duplicate project code)', async () => {
    await store(unitYearOf('at-dup', { year: 2020 }));
    const before = await canonicalRows(db);
    const broken = unitYearOf('at-dup', { year: 2021, projects: [buildVariedProject('SAME'), buildVariedProject('OTHER'), buildVariedProject('SAME')] });
    const error = await caught(store(broken));
    expect(error.code).toBe('validation_failed');
    expect(error.message).toContain('SAME（第 1、3 个项目）');
    expect(await canonicalRows(db)).toStrictEqual(before);
    expect(await listImports(db, { unitCode: 'at-dup' })).toHaveLength(1);
  });

  it('keeps the old data when a replace fails midway', async () => {
    const original = unitYearOf('at-replace');
    await store(original);
    const before = await canonicalRows(db);
    const broken = unitYearOf('at-replace', { projects: [buildVariedProject('SAME'), buildVariedProject('SAME')] });
    expect((await caught(store(broken, true))).code).toBe('validation_failed');
    expect(await canonicalRows(db)).toStrictEqual(before);
    expect(await loadUnitYear(db, 'at-replace', original.year)).toStrictEqual(original);
  });

  it('stores nothing when the import record is refused by the database (hash not of the bytes)', async () => {
    const before = await canonicalRows(db);
    const importRecord = { ...buildImportRecord(), sha256: '0'.repeat(64) };
    await expect(storeUnitYear(db, unitYearOf('at-hash'), { replace: false, importRecord })).rejects.toThrow();
    expect(await canonicalRows(db)).toStrictEqual(before);
  });
});

describe('listUnitYears', () => {
  it('sorts by unit name in Chinese (pinyin) order, then year, with counts, budget total and last import', async () => {
    const names = ['组织部', '阿里', '财政局', '昌黎县'];
    for (const [index, name] of names.entries()) {
      const unitYear = buildUnitYear({
        unit: { code: `ls-${index}`, name: `列表${name}`, divisionCode: null },
        year: 2021,
        projects: [buildProject({ code: 'A', budget: { total: '1.50' } }), buildProject({ code: 'B', budget: { total: '0.25' } })],
      });
      await store(unitYear);
    }
    await store(buildUnitYear({ unit: { code: 'ls-0', name: '列表组织部', divisionCode: null }, year: 2020, projects: [] }));
    const listed = (await listUnitYears(db)).filter((row) => row.unitCode.startsWith('ls-'));
    expect(listed.map((row) => `${row.unitName} ${row.year}`)).toStrictEqual([
      '列表阿里 2021',
      '列表财政局 2021',
      '列表昌黎县 2021',
      '列表组织部 2020',
      '列表组织部 2021',
    ]);
    expect(listed[0]).toMatchObject({ projectCount: 2, indicatorCount: 2, budgetTotal: 1_750_000, version: 1, divisionCode: null });
    expect(listed[3]).toMatchObject({ projectCount: 0, indicatorCount: 0, budgetTotal: 0 });
    expect(listed[0]?.lastImportedAt).toStrictEqual(buildImportRecord().importedAt);
  });
});

// Last, so that the whole-database comparisons above stay small.
describe('a county-sized unit year', () => {
  it('stores and loads a unit year of 15,000 indicators (100 projects × 150)', async () => {
    const projects = Array.from({ length: 100 }, (_, index) => {
      const project = buildVariedProject(`BIG${String(index).padStart(4, '0')}`);
      const indicators = Array.from({ length: 150 }, (__, row) => ({
        ...(project.indicators[row % project.indicators.length] ?? buildIndicator()),
        name: `指标${index}-${row}`,
      }));
      return { ...project, indicators };
    });
    const unitYear = unitYearOf('rt-big', { projects });
    await store(unitYear);
    const summary = (await listUnitYears(db)).find((row) => row.unitCode === 'rt-big');
    expect(summary).toMatchObject({ projectCount: 100, indicatorCount: 15_000, budgetTotal: 100 * 20_320_000 });
    expect(await loadUnitYear(db, 'rt-big', unitYear.year)).toStrictEqual(unitYear);
  });
});

describe('the unit and its division', () => {
  it('registers the division a document names, and keeps a registered division over the document', async () => {
    const { divisions, units } = await import('./schema');
    const { eq } = await import('drizzle-orm');
    await store(buildVariedUnitYear({ unit: { code: 'div-1', name: '单位div-1', divisionCode: '130399' }, year: 2021 }));
    expect(await db.orm.select({ code: divisions.code }).from(divisions).where(eq(divisions.code, '130399'))).toEqual([{ code: '130399' }]);
    await store(buildVariedUnitYear({ unit: { code: 'div-1', name: '单位div-1', divisionCode: null }, year: 2022 }));
    await store(buildVariedUnitYear({ unit: { code: 'div-1', name: '单位div-1', divisionCode: '139999' }, year: 2023 }));
    const [unit] = await db.orm.select({ divisionCode: units.divisionCode }).from(units).where(eq(units.code, 'div-1'));
    expect(unit?.divisionCode).toBe('130399');
  });

  it('lets an administrator name a division an import registered, once', async () => {
    const { insertDivision } = await import('./directory.repository');
    await store(buildVariedUnitYear({ unit: { code: 'div-2', name: '单位div-2', divisionCode: '130398' }, year: 2021 }));
    expect(await insertDivision(db.orm, { code: '130398', name: '某某县' }, new Date())).toEqual({ code: '130398', name: '某某县' });
    expect(await insertDivision(db.orm, { code: '130398', name: '另一个名字' }, new Date())).toBeNull();
  });
});
