/**
 * An upload over HTTP: the file is read (any format) and reviewed, and kept as a preview with its bytes,
 * findings and review, for the uploader to confirm or reject. Nothing of the unit year is stored yet.
 */
import { createHash } from 'node:crypto';
import { authorize } from '../../core/access/policy';
import { readDocument, type ReadDocumentResult } from '../../core/documents/read-document';
import { isDomainError } from '../../core/errors';
import { addFen } from '../../core/money';
import type { UnitYear } from '../../core/model';
import type { ImportPreview } from '../../db/import-preview';
import { findUpload, insertPreview } from '../../db/import-upload.repository';
import { findUnitByCode } from '../../db/directory.repository';
import type { Caller } from '../audit/caller';
import { withAudit } from '../audit/record';
import type { Deps } from '../deps';
import { reviewTargets } from '../review/review-targets';
import { checkMayImportFor } from './import-access';
import { importViewOf, type ImportView } from './import-view';

/** The uploaded file: its name, bytes, and the fiscal year when the document does not tell it. */
export interface UploadedFile {
  fileName: string;
  bytes: Uint8Array;
  year?: number;
}

/**
 * Reads and reviews the file and stores it as a preview; audited as `import.preview`. `receive` reads the
 * upload from the door, called only once the caller's role may import (a refused caller's body is not read).
 * @throws DomainError('forbidden') when the document names a unit the caller may not import for (nothing is kept)
 * @throws DomainError('unauthenticated' | 'forbidden') for roles that never import
 */
export async function uploadImport(deps: Deps, input: { caller: Caller; receive: () => Promise<UploadedFile> }): Promise<ImportView> {
  const { caller } = input;
  authorize(caller.actor, 'import_documents');
  if (caller.actor.userId === null) throw new Error('an upload needs an account (uploaded_by)');
  const file = await input.receive();
  const read = await readDocument(file.bytes, file.year === undefined ? {} : { year: file.year });
  if (read.unitYear) await checkMayImportFor(deps.db.orm, caller.actor, read.unitYear.unit);
  const uploadedBy = caller.actor.userId;
  return withAudit(deps, caller, async (tx, record) => {
    const registered = read.unitYear ? await findUnitByCode(tx, read.unitYear.unit.code) : null;
    const id = await insertPreview(tx, {
      fileName: file.fileName,
      format: read.format,
      encoding: read.encoding,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      byteSize: file.bytes.byteLength,
      uploadedAt: deps.clock(),
      uploadedBy,
      unitId: registered?.id ?? null,
      year: read.unitYear && read.unitYear.year > 0 ? read.unitYear.year : null,
      findings: read.findings,
      source: file.bytes,
      preview: previewOf(read),
    });
    const upload = await findUpload(tx, id);
    if (!upload) throw new Error(`preview ${id} was not stored`);
    await record({ action: 'import.preview', entityType: 'import', entityId: id, unitId: upload.unitId, divisionCode: upload.divisionCode, before: null, after: { fileName: file.fileName, unitCode: read.unitYear?.unit.code ?? null, year: upload.year } });
    return importViewOf(tx, caller.actor, upload);
  });
}

function previewOf(read: ReadDocumentResult): ImportPreview {
  const unitYear = read.unitYear;
  if (!unitYear) return { unit: null, counts: null, review: null };
  return { unit: unitYear.unit, counts: countsOf(unitYear), review: reviewOf(unitYear) };
}

function countsOf(unitYear: UnitYear): ImportPreview['counts'] {
  const indicators = unitYear.projects.reduce((sum, project) => sum + project.indicators.length, 0);
  return { projects: unitYear.projects.length, indicators, budgetTotalFen: addFen(...unitYear.projects.map((project) => project.budget.total)) };
}

/** The review of what was read; none when no rule pack applies to the unit's division and year (said by the store later). */
function reviewOf(unitYear: UnitYear): ImportPreview['review'] {
  try {
    const report = reviewTargets(unitYear);
    return { pack: report.pack, summary: report.summary, findings: report.findings };
  } catch (error) {
    if (isDomainError(error) && error.code === 'not_found') return null;
    throw error;
  }
}
