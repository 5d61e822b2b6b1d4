/**
 * Confirming an upload: the stored bytes are read again (the client is never trusted), the caller's right to
 * import for the unit the file names is checked again, and the unit year is stored with its review and the
 * upload becomes the record of the import — one audited transaction.
 */
import { hasErrors } from '../../core/finding';
import { DomainError } from '../../core/errors';
import { readDocument } from '../../core/documents/read-document';
import type { UnitYear } from '../../core/model';
import { assertEditable } from '../../core/workflow/unit-year-status';
import { findUpload, findUploadSource } from '../../db/import-upload.repository';
import { storeUnitYearIn, translateStoreViolation } from '../../db/store-unit-year';
import { findUnitYearOfUnit } from '../../db/unit-year-edit.repository';
import type { Caller } from '../audit/caller';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';
import { reviewTargets } from '../review/review-targets';
import { stateOf } from '../targets/target-scope';
import { authorizeUpload, checkMayImportFor } from './import-access';
import { importViewOf, type ImportView } from './import-view';
import { dropStalePreviews } from './stale-previews';

/**
 * Stores the previewed document (replacing its unit year when `replace`); audited as `import.confirm`.
 * @throws DomainError('import_rejected') the document has errors (details.findings)
 * @throws DomainError('already_exists') the unit year is stored and `replace` is false
 * @throws DomainError('conflict') the upload is no longer a preview, or the stored unit year is submitted or
 *   approved (it cannot be replaced then)
 * @throws DomainError('forbidden') the document names a unit the caller may not import for
 * @throws DomainError('not_found' | 'unauthenticated') as the policy decides
 */
export async function confirmImport(deps: Deps, input: { caller: Caller; id: string; replace: boolean }): Promise<ImportView> {
  await dropStalePreviews(deps);
  let unitYear: UnitYear | null = null;
  try {
    return await withAudit(deps, input.caller, async (tx, record) => {
      const upload = authorizeUpload(input.caller.actor, await findUpload(tx, input.id));
      if (upload.status !== 'preview') throw notAPreview(upload.status);
      const bytes = await findUploadSource(tx, input.id);
      const read = await readDocument(bytes ?? new Uint8Array(), upload.year === null ? {} : { year: upload.year });
      if (!read.unitYear || hasErrors(read.findings)) {
        throw new DomainError('import_rejected', `文件“${upload.fileName}”有错误，不能导入；请修改后重新上传。`, { findings: read.findings });
      }
      unitYear = read.unitYear;
      await checkMayImportFor(tx, input.caller.actor, unitYear.unit);
      const existing = await findUnitYearOfUnit(tx, unitYear.unit.code, unitYear.year);
      if (existing && input.replace) assertEditable(stateOf(existing));
      const review = reviewTargets(unitYear);
      const stored = await storeUnitYearIn(tx, unitYear, { replace: input.replace, review: { packId: review.pack.id, findings: review.findings }, importRecord: { previewId: input.id } });
      const after = await findUpload(tx, input.id);
      if (!after) throw new Error(`import ${input.id} vanished while being confirmed`);
      await record({ action: 'import.confirm', entityType: 'import', entityId: input.id, unitId: after.unitId, divisionCode: after.divisionCode, before: { status: 'preview' }, after: { status: 'stored', unitYearId: stored.unitYearId, replaced: stored.replaced } });
      return importViewOf(tx, input.caller.actor, after);
    });
  } catch (error) {
    throw unitYear ? translateStoreViolation(error, unitYear) : error;
  }
}

function notAPreview(status: 'stored' | 'rejected' | 'preview'): DomainError {
  const what = status === 'stored' ? '已经导入' : '已经放弃';
  return new DomainError('conflict', `这次上传${what}，不能再次确认。`, { reason: 'status', importStatus: status });
}
