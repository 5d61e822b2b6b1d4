/**
 * A table's rows as one JSON array inside another query: a record and its children then come in one
 * statement, which is one round trip and one consistent snapshot (a single statement never sees half of a
 * concurrent change). Values are decoded by their columns, as drizzle decodes them from the driver.
 */
import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';

const identifier = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * A column of the OUTER query, for use inside a correlated subquery in a select list: "table"."column".
 * Drizzle writes the columns of a single-table select unqualified ("id"), and inside a subquery an
 * unqualified name means the subquery's own column — a silent wrong answer (every project's plan empty).
 */
export function outerColumn(column: AnyPgColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}

/** The rows of `table` matching `where` (which may refer to the outer query), ordered, as a JSON array ([] for none). */
export function jsonRows(table: PgTable, where: SQL, orderBy: SQL): SQL<unknown> {
  const fields = Object.entries(getTableColumns(table)).map(([key, column]) => {
    // Keys are our own property names, checked, so they can be literals rather than parameters.
    if (!identifier.test(key)) throw new Error(`jsonRows: unexpected column key ${key}`);
    return sql`${sql.raw(`'${key}'`)}, ${column}`;
  });
  return sql`(SELECT coalesce(json_agg(json_build_object(${sql.join(fields, sql`, `)}) ORDER BY ${orderBy}), '[]'::json) FROM ${table} WHERE ${where})`;
}

/** The rows of a {@link jsonRows} array with each value decoded by its column (timestamps to Dates, numerics to numbers). */
export function decodeJsonRows<TTable extends PgTable>(table: TTable, json: unknown): TTable['$inferSelect'][] {
  if (!Array.isArray(json)) throw new Error('decodeJsonRows: not an array');
  const columns = Object.entries(getTableColumns(table));
  return json.map((row: Record<string, unknown>) =>
    // The row has exactly the table's columns, decoded as drizzle would: it is the table's select shape.
    Object.fromEntries(columns.map(([key, column]) => [key, row[key] === null || row[key] === undefined ? null : column.mapFromDriverValue(row[key])])) as TTable['$inferSelect'],
  );
}
