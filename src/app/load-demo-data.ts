/**
 * Demonstration data: the 2021 targets of the Changli county organization department (the reference document
 * in fixtures/), imported into an empty database so that a newcomer sees a real unit at once.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { listUnitYears } from '../db';
import type { Deps } from './deps';
import { importDocument, type ImportDocumentResult } from './import-document';

const demoDocumentPath = fileURLToPath(new URL('../../fixtures/changli-2021.txt', import.meta.url));

/** Imports the demonstration document when the database is empty; returns null when there was data already. */
export async function loadDemoData(deps: Deps): Promise<ImportDocumentResult | null> {
  if ((await listUnitYears(deps.db)).length > 0) return null;
  const bytes = new Uint8Array(await readFile(demoDocumentPath));
  return importDocument(deps, { fileName: 'changli-2021.txt', bytes, importedBy: 'demo' });
}
