/**
 * Raw multi-row `INSERT … VALUES (…), (…)`, built with drizzle's `sql` template, for the big tables
 * (indicators, projects): drizzle's `.insert().values()` builds a nested fragment per value and is
 * slower (≈1.7× here for 7,500 indicators on PGlite; bench/ measures it). Values are encoded by their
 * column, as drizzle's own insert would, so a row object here is the table's `$inferInsert` shape.
 */
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Orm } from './database';

/** PostgreSQL's limit on bind parameters in one statement (the wire protocol counts them in 16 bits). */
export const maxBindParameters = 65_535;

/**
 * Parameters per statement by default. Measured on PGlite (15,000 indicators): statements of ~16k
 * parameters store as fast as ones at the limit, or a little faster, and keep the spread of values into
 * the `sql` tag far from the engine's limit on call arguments.
 */
export const defaultParametersPerStatement = 16_384;

/** The columns a row of `table` may give (its insert shape), by property name. */
export type InsertKey<TTable extends PgTable> = keyof TTable['$inferInsert'] & string;

/**
 * The statements inserting `rows` into `table`, each with at most `maxParameters` bind parameters
 * (≤ {@link maxBindParameters}).
 * Every row gives a value for each of `keys` (undefined is sent as NULL); columns not listed take their
 * defaults. Returns no statement for no rows.
 */
export function multiRowInsertStatements<TTable extends PgTable>(
  table: TTable,
  keys: readonly InsertKey<TTable>[],
  rows: readonly TTable['$inferInsert'][],
  maxParameters = defaultParametersPerStatement,
): SQL[] {
  if (maxParameters > maxBindParameters) throw new RangeError(`at most ${maxBindParameters} parameters per statement`);
  const columns = getTableColumns(table);
  const selected = keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`multiRowInsertStatements: ${key} is not a column`);
    return { key, column };
  });
  const names = sql.join(
    selected.map(({ column }) => sql.identifier(column.name)),
    sql`, `,
  );
  const header = sql`INSERT INTO ${table} (${names}) VALUES `;
  const rowsPerStatement = Math.max(1, Math.floor(maxParameters / selected.length));
  const statements: SQL[] = [];
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const batch = rows.slice(start, start + rowsPerStatement);
    const values = batch.flatMap((row) => selected.map(({ key, column }) => driverValue(row[key], column)));
    statements.push(sql(valuesTemplate(batch.length, selected.length), header, ...values));
  }
  return statements;
}

/**
 * The literal parts of `${header}(${v}, ${v}), (${v}, ${v})`, for calling the `sql` tag directly: its
 * query is then one flat list of chunks. Nesting one `sql` fragment per row or per value (or wrapping
 * values in sql.param) makes drizzle's query building slower than running the query.
 */
function valuesTemplate(rowCount: number, columnCount: number): TemplateStringsArray {
  const parts = [''];
  for (let row = 0; row < rowCount; row += 1) {
    for (let column = 0; column < columnCount; column += 1) {
      if (column > 0) parts.push(', ');
      else parts.push(row === 0 ? '(' : '), (');
    }
  }
  parts.push(')');
  return Object.assign([...parts], { raw: parts });
}

/**
 * The value as the driver receives it, encoded by its column as drizzle's own insert would (arrays
 * become PostgreSQL array literals, JSON becomes text); null for a missing value.
 */
function driverValue(value: unknown, column: PgColumn): unknown {
  return value === undefined || value === null ? null : column.mapToDriverValue(value);
}

/** Runs the statements of {@link multiRowInsertStatements} in order, on a transaction or the database. */
export async function insertRows<TTable extends PgTable>(
  executor: Orm,
  table: TTable,
  keys: readonly InsertKey<TTable>[],
  rows: readonly TTable['$inferInsert'][],
): Promise<void> {
  for (const statement of multiRowInsertStatements(table, keys, rows)) await executor.execute(statement);
}
