/**
 * Reading the errors both drivers raise. drizzle wraps a failed query in its own error and keeps the
 * driver's error (pg or PGlite, both carrying PostgreSQL's SQLSTATE `code` and `constraint`) as `cause`.
 */

const uniqueViolation = '23505';

/** The name of the unique constraint `error` (or an error it wraps) violated, else null. */
export function violatedUniqueConstraint(error: unknown): string | null {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if (fieldOf(current, 'code') === uniqueViolation) return fieldOf(current, 'constraint') ?? null;
  }
  return null;
}

function fieldOf(error: Error, field: 'code' | 'constraint'): string | undefined {
  const value: unknown = Reflect.get(error, field);
  return typeof value === 'string' ? value : undefined;
}
