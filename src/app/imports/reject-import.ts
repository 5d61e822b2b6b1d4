/** Rejecting an upload: the preview is kept in the history as rejected; nothing is stored. */
import { DomainError } from '../../core/errors';
import { findUpload, markPreviewRejected } from '../../db/import-upload.repository';
import type { Caller } from '../audit/caller';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';
import { authorizeUpload } from './import-access';
import { importViewOf, type ImportView } from './import-view';

/**
 * Marks the preview rejected; audited as `import.reject`.
 * @throws DomainError('conflict') when it is no longer a preview
 * @throws DomainError('not_found' | 'unauthenticated' | 'forbidden') as the policy decides
 */
export async function rejectImport(deps: Deps, input: { caller: Caller; id: string }): Promise<ImportView> {
  return withAudit(deps, input.caller, async (tx, record) => {
    const upload = authorizeUpload(input.caller.actor, await findUpload(tx, input.id));
    if (!(await markPreviewRejected(tx, input.id))) {
      throw new DomainError('conflict', '这次上传已经导入或已经放弃，不能再放弃。', { reason: 'status', importStatus: upload.status });
    }
    await record({ action: 'import.reject', entityType: 'import', entityId: input.id, unitId: upload.unitId, divisionCode: upload.divisionCode, before: { status: 'preview' }, after: { status: 'rejected' } });
    const after = await findUpload(tx, input.id);
    if (!after) throw new Error(`import ${input.id} vanished while being rejected`);
    return importViewOf(tx, input.caller.actor, after);
  });
}
