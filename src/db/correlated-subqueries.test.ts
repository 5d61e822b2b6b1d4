/**
 * Lists that fetch children through correlated subqueries must read the outer row's columns, not the
 * subquery's own (drizzle writes a single-table select's columns unqualified).
 */
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importTextExport } from '../core/import-text';
import { recordAudit } from './audit.repository';
import type { Database } from './database';
import { listUnitYears } from './list-unit-years';
import { loadUnitYear } from './load-unit-year';
import { listProjectRows } from './project.repository';
import { storeUnitYear } from './store-unit-year';
import { openTestDatabase } from './testing';
import { findDepartmentPlan } from './unit-year-edit.repository';

let db: Database;
beforeEach(async () => {
  db = await openTestDatabase();
  const bytes = new Uint8Array(await readFile(new URL('../../fixtures/changli-2021.txt', import.meta.url)));
  const unitYear = importTextExport(bytes).unitYear;
  if (!unitYear) throw new Error('the seed must import');
  const emptyFileSha256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
  const importRecord = { fileName: 'seed.txt', encoding: 'utf-8', sha256: emptyFileSha256, byteSize: 0, importedAt: new Date(), importedBy: null, findings: [], source: new Uint8Array(0) };
  await storeUnitYear(db, unitYear, { replace: false, importRecord });
});
afterEach(() => db.close());

it("lists each project's own spending plan and indicator count", async () => {
  const [summary] = await listUnitYears(db);
  const stored = await loadUnitYear(db, '203001', 2021);
  const rows = await listProjectRows(db.orm, summary?.unitYearId ?? '');
  expect(rows.map((row) => row.spendingPlan.map((checkpoint) => checkpoint.percent))).toEqual(
    stored?.projects.map((project) => project.spendingPlan.map((checkpoint) => checkpoint.percent)),
  );
  expect(rows.map((row) => row.indicatorCount)).toEqual(stored?.projects.map((project) => project.indicators.length));
});

it('names who changed the department plan last, from the audit trail', async () => {
  const [summary] = await listUnitYears(db);
  const before = await findDepartmentPlan(db.orm, summary?.unitYearId ?? '');
  expect(before?.updatedBy).toBeNull();
  await recordAudit(db.orm, {
    occurredAt: new Date(),
    actor: { userId: null, username: 'editor', displayName: '组织部填报员', role: 'unit_editor' },
    action: 'update',
    entityType: 'department_plan',
    entityId: before?.id ?? '',
    unitId: null,
    divisionCode: null,
    before: null,
    after: null,
    requestId: null,
    ip: null,
  });
  expect((await findDepartmentPlan(db.orm, summary?.unitYearId ?? ''))?.updatedBy).toEqual({ id: null, displayName: '组织部填报员' });
});
