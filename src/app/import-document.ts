/**
 * Import one target document: read it (text export in any supported encoding, Word or Excel), and store it in one transaction unless it has
 * errors or this is a dry run. A document with errors is never stored, not even in part. The automatic review
 * runs on what is stored and its findings are stored with it, in the same transaction.
 */
import { createHash } from 'node:crypto';
import { hasErrors, type Finding } from '../core/finding';
import type { UnitYear } from '../core/model';
import { readDocument, type DocumentFormat } from '../core/documents/read-document';
import type { TextEncodingName } from '../core/import-text';
import type { ReviewSummary } from '../core/review';
import { storeUnitYear } from '../db';
import { reviewTargets } from './review/review-targets';
import type { Deps } from './deps';

export interface ImportDocumentInput {
  fileName: string;
  bytes: Uint8Array;
  /** Replace the unit's year if it is already stored (atomically). */
  replace?: boolean;
  /** Read and report only; store nothing. */
  dryRun?: boolean;
  /** The fiscal year, when the document does not tell it. */
  year?: number;
  importedBy?: string | null;
}

/** stored/replaced: in the database; rejected: has errors, nothing stored; checked: dry run, nothing stored. */
export type ImportOutcome = 'stored' | 'replaced' | 'rejected' | 'checked';

export interface ImportDocumentResult {
  fileName: string;
  format: DocumentFormat;
  encoding: TextEncodingName | null;
  unitYear: UnitYear | null;
  findings: Finding[];
  outcome: ImportOutcome;
  importId: string | null;
  /** The automatic review stored with the data (its pack, counts by severity and family); absent when nothing was stored. */
  review?: { pack: { id: string; name: string }; summary: ReviewSummary };
}

export async function importDocument(deps: Deps, input: ImportDocumentInput): Promise<ImportDocumentResult> {
  const read = await readDocument(input.bytes, input.year === undefined ? {} : { year: input.year });
  const base = { fileName: input.fileName, format: read.format, encoding: read.encoding, unitYear: read.unitYear, findings: read.findings, importId: null };
  if (!read.unitYear || hasErrors(read.findings)) return { ...base, outcome: 'rejected' };
  if (input.dryRun) return { ...base, outcome: 'checked' };
  const review = reviewTargets(read.unitYear);
  const stored = await storeUnitYear(deps.db, read.unitYear, {
    replace: input.replace ?? false,
    review: { packId: review.pack.id, findings: review.findings },
    importRecord: {
      fileName: input.fileName,
      encoding: read.encoding,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      byteSize: input.bytes.byteLength,
      importedAt: deps.clock(),
      importedBy: input.importedBy ?? null,
      findings: read.findings,
      source: input.bytes,
    },
  });
  return { ...base, outcome: stored.replaced ? 'replaced' : 'stored', importId: stored.importId, review: { pack: review.pack, summary: review.summary } };
}
