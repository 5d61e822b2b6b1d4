/** The original file of an import, exactly as uploaded. */
import { DomainError } from '../../core/errors';
import { findUpload, findUploadSource } from '../../db/import-upload.repository';
import type { Caller } from '../audit/caller';
import type { Deps } from '../deps';
import { docxMimeType, xlsxMimeType } from '../table-file';
import { authorizeUpload } from './import-access';

const mimeTypes = {
  text: 'text/plain',
  docx: docxMimeType,
  xlsx: xlsxMimeType,
} as const;

/**
 * The bytes, file name and type of the import's file (a text file's encoding is the file's own: no charset).
 * @throws DomainError('not_found') when there is none or the caller may not see it (same answer)
 */
export async function downloadImportSource(deps: Deps, input: { caller: Caller; id: string }): Promise<{ fileName: string; mimeType: string; bytes: Uint8Array }> {
  const upload = authorizeUpload(input.caller.actor, await findUpload(deps.db.orm, input.id));
  const bytes = await findUploadSource(deps.db.orm, input.id);
  if (!bytes) throw new DomainError('not_found', '没有找到这次导入。');
  return { fileName: upload.fileName, mimeType: upload.format ? mimeTypes[upload.format] : 'application/octet-stream', bytes };
}
