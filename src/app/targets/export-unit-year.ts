/** One unit year as a file people exchange: Word, Excel, the text export, or open data (CSV, JSON). */
import { authorize, authorizeRecord } from '../../core/access/policy';
import type { ExportFormat } from '../../core/documents/export-document';
import { DomainError } from '../../core/errors';
import { loadUnitYear } from '../../db/load-unit-year';
import { findUnitYearSummary } from '../../db/unit-year-list.repository';
import type { Caller } from '../audit/caller';
import type { Deps } from '../deps';
import { exportUnitYearDocument, type ExportedFile } from '../export-documents';
import { unitYearScope } from './show-unit-year';

/**
 * The unit year exported as `format`, named like 203001-2021.docx.
 * @throws DomainError('not_found') when there is none or it lies outside the caller's scope (same answer)
 */
export async function exportUnitYear(deps: Deps, input: { caller: Caller; id: string; format: ExportFormat }): Promise<ExportedFile> {
  authorize(input.caller.actor, 'read_targets');
  const summary = await findUnitYearSummary(deps.db.orm, input.id);
  authorizeRecord(input.caller.actor, 'read_targets', summary, unitYearScope, '该单位年度');
  const unitYear = await loadUnitYear(deps.db, summary.unitCode, summary.year);
  if (!unitYear) throw new DomainError('not_found', '没有找到该单位年度。');
  return exportUnitYearDocument(unitYear, input.format);
}
