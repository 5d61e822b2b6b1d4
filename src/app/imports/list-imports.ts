/** The history of imports the caller can see (their own uploads, and those of units in their scope). */
import { scopeFilter } from '../../core/access/policy';
import { listUploads, type UploadSummary } from '../../db/import-upload.repository';
import type { Caller } from '../audit/caller';
import { offsetOf, type Page, type PageRequest } from '../audit/page';
import type { Deps } from '../deps';
import { dropStalePreviews } from './stale-previews';

export interface ImportQuery {
  unitId?: string;
  year?: number;
  status?: UploadSummary['status'];
}

/**
 * One page of imports, newest first. Previews older than a day are dropped first.
 * @throws DomainError('unauthenticated' | 'forbidden') for roles that never import
 */
export async function listImports(deps: Deps, input: { caller: Caller; query: ImportQuery } & PageRequest): Promise<Page<UploadSummary>> {
  const scope = scopeFilter(input.caller.actor, 'import_documents');
  await dropStalePreviews(deps);
  const { rows, total } = await listUploads(deps.db.orm, { scope, uploaderId: input.caller.actor.userId, ...input.query, limit: input.pageSize, offset: offsetOf(input) });
  return { items: rows, total, page: input.page, pageSize: input.pageSize };
}
