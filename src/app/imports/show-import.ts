/** One import: its findings, the review of what it read, whether the caller can confirm it. */
import { findUpload } from '../../db/import-upload.repository';
import type { Caller } from '../audit/caller';
import type { Deps } from '../deps';
import { authorizeUpload } from './import-access';
import { importViewOf, type ImportView } from './import-view';

/**
 * The import with this id.
 * @throws DomainError('not_found') when there is none or the caller may not see it (same answer)
 */
export async function showImport(deps: Deps, input: { caller: Caller; id: string }): Promise<ImportView> {
  const upload = authorizeUpload(input.caller.actor, await findUpload(deps.db.orm, input.id));
  return importViewOf(deps.db.orm, input.caller.actor, upload);
}
