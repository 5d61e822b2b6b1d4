/**
 * Imports uploaded over HTTP: a preview is stored with the file's bytes (status `preview`), then becomes the
 * record of the import when confirmed (`stored`, inside the store's transaction) or is `rejected`. Reads place an
 * import in a scope: the unit it is for (its division; for a unit not registered yet, the division the document
 * names) — and its uploader always sees it.
 */
import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import type { ScopeFilter } from '../core/access/policy';
import { DomainError } from '../core/errors';
import type { Finding } from '../core/finding';
import type { Orm } from './database';
import type { ImportPreview } from './import-preview';
import { imports, units, users } from './schema';
import { scopeCondition } from './scope-condition';
import { isUuid } from './user.repository';

export interface NewPreview {
  fileName: string;
  format: 'text' | 'docx' | 'xlsx';
  encoding: string | null;
  sha256: string;
  byteSize: number;
  uploadedAt: Date;
  uploadedBy: string;
  /** The registered unit the document names, if any. */
  unitId: string | null;
  year: number | null;
  findings: Finding[];
  source: Uint8Array;
  preview: ImportPreview;
}

/** Stores an upload as a preview; returns its id. */
export async function insertPreview(executor: Orm, input: NewPreview): Promise<string> {
  const id = randomUUID();
  const { uploadedAt, ...rest } = input;
  await executor.insert(imports).values({ id, status: 'preview', importedAt: uploadedAt, importedBy: null, replaced: false, ...rest });
  return id;
}

/**
 * Turns a preview into the record of the import that stored it (in the store's transaction).
 * @throws DomainError('conflict') when it is no longer a preview (confirmed or rejected meanwhile)
 */
export async function markPreviewStored(tx: Orm, previewId: string, target: { unitId: string; year: number; replaced: boolean }): Promise<string> {
  const [row] = await tx
    .update(imports)
    .set({ status: 'stored', ...target })
    .where(and(eq(imports.id, previewId), eq(imports.status, 'preview')))
    .returning({ id: imports.id });
  if (!row) throw new DomainError('conflict', '这次上传已被确认导入或已放弃，不能再次确认。请刷新后查看。', { reason: 'status' });
  return row.id;
}

/** Marks a preview rejected; false when it is no longer a preview. */
export async function markPreviewRejected(executor: Orm, previewId: string): Promise<boolean> {
  const rows = await executor
    .update(imports)
    .set({ status: 'rejected' })
    .where(and(eq(imports.id, previewId), eq(imports.status, 'preview')))
    .returning({ id: imports.id });
  return rows.length > 0;
}

/** Deletes previews uploaded before `before` that were neither confirmed nor rejected; returns how many. */
export async function purgeStalePreviews(executor: Orm, before: Date): Promise<number> {
  const rows = await executor
    .delete(imports)
    .where(and(eq(imports.status, 'preview'), lt(imports.importedAt, before)))
    .returning({ id: imports.id });
  return rows.length;
}

/** The division an import sits in: its registered unit's, else the one the document names. */
const importDivision = sql<string | null>`coalesce(${units.divisionCode}, ${imports.preview}->'unit'->>'divisionCode')`;

const countSeverity = (severity: string) =>
  sql<number>`(SELECT count(*) FROM jsonb_array_elements(${imports.findings}) AS f WHERE f->>'severity' = ${severity})`.mapWith(Number);

const summaryColumns = {
  id: imports.id,
  status: imports.status,
  fileName: imports.fileName,
  format: imports.format,
  encoding: imports.encoding,
  byteSize: imports.byteSize,
  sha256: imports.sha256,
  unitId: imports.unitId,
  unitCode: units.code,
  unitName: units.name,
  divisionCode: importDivision,
  year: imports.year,
  importedAt: imports.importedAt,
  importedBy: imports.importedBy,
  uploadedById: imports.uploadedBy,
  uploadedByName: users.displayName,
  replaced: imports.replaced,
  preview: imports.preview,
  errors: countSeverity('error'),
  warnings: countSeverity('warning'),
  infos: countSeverity('info'),
};

export interface UploadSummary {
  id: string;
  status: 'preview' | 'stored' | 'rejected';
  fileName: string;
  format: 'text' | 'docx' | 'xlsx' | null;
  encoding: string | null;
  byteSize: number;
  sha256: string;
  unitId: string | null;
  unitCode: string | null;
  unitName: string | null;
  divisionCode: string | null;
  year: number | null;
  importedAt: Date;
  importedBy: string | null;
  uploadedById: string | null;
  uploadedByName: string | null;
  replaced: boolean;
  preview: ImportPreview | null;
  findingCounts: { error: number; warning: number; info: number };
}

export interface UploadRecord extends UploadSummary {
  findings: Finding[];
}

type SummaryRow = Omit<UploadSummary, 'findingCounts'> & { errors: number; warnings: number; infos: number };

function toSummary({ errors, warnings, infos, ...row }: SummaryRow): UploadSummary {
  return { ...row, findingCounts: { error: errors, warning: warnings, info: infos } };
}

function selectSummaries(executor: Orm) {
  return executor.select(summaryColumns).from(imports).leftJoin(units, eq(units.id, imports.unitId)).leftJoin(users, eq(users.id, imports.uploadedBy));
}

/** One import with its findings (not its bytes), or null (also for a malformed id). Scope is the caller's to check. */
export async function findUpload(executor: Orm, id: string): Promise<UploadRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await executor
    .select({ ...summaryColumns, findings: imports.findings })
    .from(imports)
    .leftJoin(units, eq(units.id, imports.unitId))
    .leftJoin(users, eq(users.id, imports.uploadedBy))
    .where(eq(imports.id, id));
  if (!row) return null;
  const { findings, ...summary } = row;
  return { ...toSummary(summary), findings };
}

/** The bytes of an import, or null. */
export async function findUploadSource(executor: Orm, id: string): Promise<Uint8Array | null> {
  if (!isUuid(id)) return null;
  const [row] = await executor.select({ source: imports.source }).from(imports).where(eq(imports.id, id));
  return row?.source ?? null;
}

export interface UploadListFilter {
  scope: ScopeFilter;
  /** The caller's account: their own uploads are listed whatever their scope. */
  uploaderId: string | null;
  unitId?: string;
  year?: number;
  status?: UploadSummary['status'];
  limit: number;
  offset: number;
}

/** One page of imports within the scope and filters, newest first, and how many match in all. */
export async function listUploads(executor: Orm, filter: UploadListFilter): Promise<{ rows: UploadSummary[]; total: number }> {
  const where = and(...uploadConditions(filter));
  const rows = await selectSummaries(executor).where(where).orderBy(desc(imports.importedAt), imports.id).limit(filter.limit).offset(filter.offset);
  const [counted] = await executor.select({ total: count() }).from(imports).leftJoin(units, eq(units.id, imports.unitId)).where(where);
  return { rows: rows.map(toSummary), total: counted?.total ?? 0 };
}

function uploadConditions(filter: UploadListFilter): (SQL | undefined)[] {
  const inScope = scopeCondition(filter.scope, { unitId: imports.unitId, divisionCode: importDivision });
  const own = filter.uploaderId === null ? undefined : eq(imports.uploadedBy, filter.uploaderId);
  return [
    inScope === undefined ? undefined : own === undefined ? inScope : or(inScope, own),
    filter.unitId === undefined ? undefined : eq(imports.unitId, filter.unitId),
    filter.year === undefined ? undefined : eq(imports.year, filter.year),
    filter.status === undefined ? undefined : eq(imports.status, filter.status),
  ];
}
