import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnitYear } from '../core/testing/builders';
import type { Database } from './database';
import { listImports, loadImport } from './import.repository';
import { storeUnitYear } from './store-unit-year';
import { openTestDatabase } from './testing';
import { buildImportRecord } from './testing-data';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const organization = { code: '203001', name: '中国共产党昌黎县委员会组织部本级', divisionCode: '130322' };
const finance = { code: '301001', name: '昌黎县财政局', divisionCode: '130322' };

describe('import records', () => {
  it('keeps the file bytes, findings and details of each import, newest first, filtered by unit and year', async () => {
    // GB18030 bytes of "绩效", a NUL and a high byte: the source is kept as bytes, not as text.
    const source = new Uint8Array([0xbc, 0xa8, 0xd0, 0xa7, 0x00, 0xff]);
    const first = await storeUnitYear(db, buildUnitYear({ unit: organization, year: 2021 }), {
      replace: false,
      importRecord: buildImportRecord({ source, encoding: 'gb18030', importedAt: new Date('2021-03-01T08:00:00Z') }),
    });
    const second = await storeUnitYear(db, buildUnitYear({ unit: organization, year: 2021 }), {
      replace: true,
      importRecord: buildImportRecord({ importedBy: '张三', importedAt: new Date('2021-03-02T08:00:00Z'), findings: [] }),
    });
    await storeUnitYear(db, buildUnitYear({ unit: finance, year: 2022 }), {
      replace: false,
      importRecord: buildImportRecord({ importedAt: new Date('2021-03-03T08:00:00Z') }),
    });

    expect((await listImports(db)).map((entry) => entry.unitCode)).toStrictEqual(['301001', '203001', '203001']);
    expect((await listImports(db, { year: 2022 })).map((entry) => entry.unitCode)).toStrictEqual(['301001']);
    expect(await listImports(db, { unitCode: '203001', year: 2022 })).toStrictEqual([]);
    const [latest, earliest] = await listImports(db, { unitCode: '203001', year: 2021 });
    expect(latest).toMatchObject({ id: second.importId, replaced: true, importedBy: '张三', findingCounts: { error: 0, warning: 0, info: 0 } });
    expect(earliest).toMatchObject({
      id: first.importId,
      unitName: organization.name,
      encoding: 'gb18030',
      byteSize: 6,
      replaced: false,
      importedBy: null,
      findingCounts: { error: 0, warning: 1, info: 0 },
    });

    const record = await loadImport(db, first.importId);
    expect(record?.source).toStrictEqual(source);
    expect(record?.findings).toStrictEqual(buildImportRecord().findings);
    expect(record?.sha256).toBe(buildImportRecord({ source }).sha256);
  });

  it('loads nothing for an unknown or malformed id', async () => {
    expect(await loadImport(db, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await loadImport(db, 'not-a-uuid')).toBeNull();
  });
});
