/**
 * A bytea column as a plain Uint8Array on both drivers: node-postgres reads a Buffer, PGlite a
 * Uint8Array; a copy into a fresh Uint8Array gives callers (and deep-equality in tests) one type.
 */
import { customType } from 'drizzle-orm/pg-core';

export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Uint8Array.from(value),
});
