/** An import as use cases return it: the record, whether the caller can confirm it, whether its unit year exists. */
import type { Actor } from '../../core/access/actor';
import { hasErrors } from '../../core/finding';
import type { Orm } from '../../db/database';
import type { UploadRecord } from '../../db/import-upload.repository';
import { findUnitYearOfUnit } from '../../db/unit-year-edit.repository';
import { mayImportFor } from './import-access';

export interface ImportView extends UploadRecord {
  /** A preview without errors that the caller may import. */
  canConfirm: boolean;
  /** The unit year the document is for is already stored: confirming replaces it. */
  exists: boolean;
  /** For a stored import, the unit year as stored now. */
  unitYearId: string | null;
}

/** The view of `upload` for `actor` (existence is told only to those who may import for the unit). */
export async function importViewOf(executor: Orm, actor: Actor, upload: UploadRecord): Promise<ImportView> {
  const unit = upload.preview?.unit ?? (upload.unitCode && upload.unitName ? { code: upload.unitCode, name: upload.unitName, divisionCode: upload.divisionCode } : null);
  const mayImport = unit !== null && (await mayImportFor(executor, actor, unit));
  const existing = mayImport && upload.year !== null ? await findUnitYearOfUnit(executor, unit.code, upload.year) : null;
  const readable = upload.preview?.counts !== null && upload.preview?.counts !== undefined;
  return {
    ...upload,
    canConfirm: upload.status === 'preview' && mayImport && readable && !hasErrors(upload.findings),
    exists: existing !== null,
    unitYearId: upload.status === 'stored' ? (existing?.id ?? null) : null,
  };
}
