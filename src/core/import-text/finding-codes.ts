/**
 * The findings of the text importer: one stable code per kind of problem, each with a fixed severity.
 * The file's own (decoding) and, under `import.`, those of the shared table readers (target-table).
 * error = the model would be wrong or incomplete if stored (the caller must not store it);
 * warning = stored as read, but someone should look.
 */
import { makeFinding, type Finding, type Location, type Severity } from '../finding';
import { allTableFindingKinds, prefixedKinds } from '../target-table/finding-kinds';

export const importFindingCodes = {
  'import.empty-file': { severity: 'error', meaning: 'the file is empty or holds only whitespace' },
  'import.binary-file': { severity: 'error', meaning: 'the file is not text (a zip, PDF, image, old Word file, random bytes)' },
  'import.invalid-bytes': { severity: 'warning', meaning: 'a few bytes could not be decoded and were replaced by �' },
  ...prefixedKinds('import', allTableFindingKinds),
} as const satisfies Record<string, { severity: Severity; meaning: string }>;

export type ImportFindingCode = keyof typeof importFindingCodes;

/** Builds a finding of the importer; the severity is the code's, so that one code never changes weight. */
export function importFinding(code: ImportFindingCode, location: Location, message: string, suggestion?: string): Finding {
  return makeFinding(code, importFindingCodes[code].severity, location, message, suggestion);
}
