/** Imports as the API gives them (src/contract/imports.ts): amounts in 万元, dates as ISO text. */
import type { listImports } from '../../app/imports/list-imports';
import type { ImportView } from '../../app/imports/import-view';
import type { ImportDetailJson, ImportSummaryJson } from '../../contract/imports';
import { wanYuan } from '../../contract/unit-year';
import { fen } from '../../core/money';

type UploadSummary = Awaited<ReturnType<typeof listImports>>['items'][number];

export function presentImportSummary(upload: UploadSummary): ImportSummaryJson {
  const documentUnit = upload.preview?.unit ?? null;
  const unit =
    upload.unitCode !== null && upload.unitName !== null
      ? { id: upload.unitId, code: upload.unitCode, name: upload.unitName, divisionCode: upload.divisionCode }
      : documentUnit && { id: null, ...documentUnit };
  return {
    id: upload.id,
    status: upload.status,
    fileName: upload.fileName,
    format: upload.format,
    encoding: upload.encoding,
    byteSize: upload.byteSize,
    unit,
    year: upload.year,
    importedAt: upload.importedAt.toISOString(),
    uploadedBy: upload.uploadedById && upload.uploadedByName !== null ? { id: upload.uploadedById, displayName: upload.uploadedByName } : null,
    importedBy: upload.importedBy,
    replaced: upload.replaced,
    findingCounts: upload.findingCounts,
  };
}

export function presentImportDetail(view: ImportView): ImportDetailJson {
  const counts = view.preview?.counts ?? null;
  const review = view.preview?.review ?? null;
  return {
    ...presentImportSummary(view),
    counts: counts && { projects: counts.projects, indicators: counts.indicators, budgetTotal: wanYuan(fen(counts.budgetTotalFen)) },
    importFindings: view.findings,
    review,
    canConfirm: view.canConfirm,
    exists: view.exists,
    unitYearId: view.unitYearId,
  };
}
