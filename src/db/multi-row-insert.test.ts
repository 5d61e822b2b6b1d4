import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database';
import { insertRows, maxBindParameters, multiRowInsertStatements } from './multi-row-insert';
import { units } from './schema';
import { openTestDatabase } from './testing';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const keys = ['id', 'code', 'name', 'divisionCode'] as const;

function unitRows(count: number, prefix: string) {
  return Array.from({ length: count }, (_, index) => ({
    id: crypto.randomUUID(),
    code: `${prefix}-${index}`,
    name: `单位 ${index} "引号" \\ ${"'"}`,
    divisionCode: index % 2 === 0 ? null : '130322',
  }));
}

describe('multiRowInsertStatements', () => {
  it('splits rows into statements of at most the given number of parameters', () => {
    const dialect = new PgDialect();
    const statements = multiRowInsertStatements(units, keys, unitRows(10, 'split'), 12).map((statement) => dialect.sqlToQuery(statement));
    expect(statements.map((query) => query.params.length)).toStrictEqual([12, 12, 12, 4]);
    expect(statements[0]?.sql).toBe(
      'INSERT INTO "units" ("id", "code", "name", "division_code") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8), ($9, $10, $11, $12)',
    );
  });

  it('makes no statement for no rows and refuses more parameters than PostgreSQL allows', () => {
    expect(multiRowInsertStatements(units, keys, [])).toStrictEqual([]);
    expect(() => multiRowInsertStatements(units, keys, unitRows(1, 'x'), maxBindParameters + 1)).toThrow(RangeError);
  });
});

describe('insertRows', () => {
  it('inserts every row, over several statements, with nulls and quotes intact and defaults filled', async () => {
    const rows = unitRows(20_000, 'many');
    await insertRows(db.orm, units, keys, rows);
    const stored = await db.orm.select().from(units);
    const byCode = new Map(stored.map((row) => [row.code, row]));
    expect(stored).toHaveLength(rows.length);
    for (const row of [rows[0], rows[1], rows[19_999]]) expect(byCode.get(row?.code ?? '')).toMatchObject(row ?? {});
    expect(byCode.get('many-0')?.createdAt).toBeInstanceOf(Date);
  });
});
