import { fileURLToPath } from 'node:url';

/** The migrations drizzle-kit generated from schema.ts; both drivers apply them on open. */
export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
