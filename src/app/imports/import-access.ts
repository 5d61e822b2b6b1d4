/**
 * Who may import which document, and see which upload. A document names its unit: the caller may import it
 * when that unit is in their scope (a unit editor: their own unit; a finance reviewer: a unit of their
 * division, as registered and as the document would set it; an admin: any). An upload is seen by its uploader
 * and by whoever may import for its unit.
 */
import type { Actor } from '../../core/access/actor';
import { authorize, reaches } from '../../core/access/policy';
import { DomainError } from '../../core/errors';
import type { Unit } from '../../core/model';
import type { Orm } from '../../db/database';
import { findUnitByCode } from '../../db/directory.repository';
import type { UploadSummary } from '../../db/import-upload.repository';

/** Whether `actor` may import a document of `unit` (see the module comment). */
export async function mayImportFor(executor: Orm, actor: Actor, unit: Unit): Promise<boolean> {
  const registered = await findUnitByCode(executor, unit.code);
  const unitId = registered?.id ?? null;
  const asRegistered = { unitId, divisionCode: registered ? registered.divisionCode : unit.divisionCode };
  const asImported = { unitId, divisionCode: unit.divisionCode };
  return reaches(actor, asRegistered) && reaches(actor, asImported);
}

/**
 * Throws unless `actor` may import a document of `unit`. The file itself names the unit, so saying which
 * unit it is tells the caller nothing they do not have.
 * @throws DomainError('forbidden')
 */
export async function checkMayImportFor(executor: Orm, actor: Actor, unit: Unit): Promise<void> {
  if (await mayImportFor(executor, actor, unit)) return;
  throw new DomainError('forbidden', `这份文件是“${unit.code} ${unit.name}”的绩效目标，不在您可以导入的范围内（单位用户只能导入本单位的文件，财政审核人只能导入本区划单位的文件）。`, {
    unitCode: unit.code,
  });
}

/** Whether `actor` sees the upload: theirs, or for a unit in their scope. */
function seesUpload(actor: Actor, upload: UploadSummary): boolean {
  if (actor.userId !== null && upload.uploadedById === actor.userId) return true;
  return reaches(actor, { unitId: upload.unitId, divisionCode: upload.divisionCode });
}

/**
 * The upload, if the caller may see it.
 * @throws DomainError('unauthenticated' | 'forbidden') for roles that never import; DomainError('not_found')
 *   when there is none or the caller may not see it (same answer)
 */
export function authorizeUpload<T extends UploadSummary>(actor: Actor, upload: T | null): T {
  authorize(actor, 'import_documents');
  if (upload === null || !seesUpload(actor, upload)) throw new DomainError('not_found', '没有找到这次导入。');
  return upload;
}
