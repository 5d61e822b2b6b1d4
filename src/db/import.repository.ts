/**
 * Import records: which file was imported for which unit year, when, by whom, what was found, and the
 * file's bytes, so that every line and cell a finding points at can be shown again later.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Finding, Severity } from '../core/finding';
import type { Database, Orm } from './database';
import { imports, units } from './schema';

/** What the importer knows about the file it read. */
export interface ImportRecordInput {
  fileName: string;
  /** The encoding the importer detected (e.g. "gb18030"); null for binary formats. */
  encoding: string | null;
  /** Lowercase hex SHA-256 of `source`. */
  sha256: string;
  /** Length of `source` in bytes. */
  byteSize: number;
  importedAt: Date;
  /** Who imported it; null until users exist. */
  importedBy: string | null;
  findings: Finding[];
  /** The file exactly as read. */
  source: Uint8Array;
}

export interface ImportSummary {
  id: string;
  /** preview: uploaded and read, awaiting confirmation; stored: its data is in the database; rejected. */
  status: 'preview' | 'stored' | 'rejected';
  /** The unit and year the file is for; null for a preview that could not read them. */
  unitCode: string | null;
  unitName: string | null;
  year: number | null;
  fileName: string;
  encoding: string | null;
  sha256: string;
  byteSize: number;
  importedAt: Date;
  importedBy: string | null;
  /** Whether this import replaced data already stored for the unit year. */
  replaced: boolean;
  findingCounts: Record<Severity, number>;
}

export interface ImportRecord extends ImportSummary {
  findings: Finding[];
  source: Uint8Array;
}

/**
 * Records an import of `year` for the unit `unitId`; runs inside the caller's transaction so that the
 * record exists exactly when the data does. Returns the new import's id.
 */
export async function insertImportRecord(
  executor: Orm,
  target: { unitId: string; year: number; replaced: boolean },
  input: ImportRecordInput,
): Promise<string> {
  const id = randomUUID();
  await executor.insert(imports).values({
    id,
    ...target,
    fileName: input.fileName,
    encoding: input.encoding,
    sha256: input.sha256,
    byteSize: input.byteSize,
    importedAt: input.importedAt,
    importedBy: input.importedBy,
    findings: input.findings,
    source: input.source,
  });
  return id;
}

const countSeverity = (severity: Severity) =>
  sql<number>`(SELECT count(*) FROM jsonb_array_elements(${imports.findings}) AS f WHERE f->>'severity' = ${severity})`.mapWith(
    Number,
  );

const summaryColumns = {
  id: imports.id,
  status: imports.status,
  unitCode: units.code,
  unitName: units.name,
  year: imports.year,
  fileName: imports.fileName,
  encoding: imports.encoding,
  sha256: imports.sha256,
  byteSize: imports.byteSize,
  importedAt: imports.importedAt,
  importedBy: imports.importedBy,
  replaced: imports.replaced,
  errors: countSeverity('error'),
  warnings: countSeverity('warning'),
  infos: countSeverity('info'),
};

type SummaryRow = Omit<ImportSummary, 'findingCounts'> & { errors: number; warnings: number; infos: number };

function toSummary({ errors, warnings, infos, ...row }: SummaryRow): ImportSummary {
  return { ...row, findingCounts: { error: errors, warning: warnings, info: infos } };
}

/** The imports, newest first, optionally only those of one unit and/or one year. */
export async function listImports(db: Database, filter: { unitCode?: string; year?: number } = {}): Promise<ImportSummary[]> {
  const conditions: SQL[] = [];
  if (filter.unitCode !== undefined) conditions.push(eq(units.code, filter.unitCode));
  if (filter.year !== undefined) conditions.push(eq(imports.year, filter.year));
  const rows = await db.orm
    .select(summaryColumns)
    .from(imports)
    .leftJoin(units, eq(units.id, imports.unitId))
    .where(and(...conditions))
    .orderBy(desc(imports.importedAt), imports.id);
  return rows.map(toSummary);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One import with its findings and the file's bytes; null when no import has this id. */
export async function loadImport(db: Database, importId: string): Promise<ImportRecord | null> {
  if (!uuidPattern.test(importId)) return null;
  const [row] = await db.orm
    .select({ ...summaryColumns, findings: imports.findings, source: imports.source })
    .from(imports)
    .leftJoin(units, eq(units.id, imports.unitId))
    .where(eq(imports.id, importId));
  if (!row) return null;
  const { findings, source, ...summary } = row;
  return { ...toSummary(summary), findings, source };
}
