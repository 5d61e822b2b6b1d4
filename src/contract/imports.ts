/**
 * Imports over HTTP: upload a file (multipart `file`, optional field `year`) → a preview stored with status
 * `preview` → confirm (stores the unit year, in one transaction) or reject; the history of imports.
 */
import { z } from 'zod';
import { idSchema, severityCountsSchema, yearSchema } from './common';
import { findingSchema } from './finding';
import { pageQuerySchema, pageSchema } from './pagination';
import { reviewReportSchema } from './review';

export const importStatusSchema = z.enum(['preview', 'stored', 'rejected']).describe('preview 待确认；stored 已导入；rejected 已放弃');
export const documentFormatSchema = z.enum(['text', 'docx', 'xlsx']).describe('text Word 导出文本；docx Word；xlsx Excel');

/** The multipart fields besides the file. */
export const uploadFieldsSchema = z.object({ year: yearSchema.optional().describe('文件中未写明年度时指定') });

export const importUnitSchema = z.object({
  id: z.uuid().nullable().describe('单位尚未登记时为 null（确认导入时登记）'),
  code: z.string(),
  name: z.string(),
  divisionCode: z.string().nullable(),
});

export const importSummarySchema = z
  .object({
    id: z.uuid(),
    status: importStatusSchema,
    fileName: z.string(),
    format: documentFormatSchema.nullable().describe('命令行导入的记录为 null'),
    encoding: z.string().nullable(),
    byteSize: z.number().int(),
    unit: importUnitSchema.nullable().describe('无法读出单位时为 null'),
    year: z.number().int().nullable(),
    importedAt: z.iso.datetime().describe('上传（预览）或导入的时间'),
    uploadedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable().describe('上传的账号；命令行导入为 null'),
    importedBy: z.string().nullable().describe('命令行导入时记录的操作人'),
    replaced: z.boolean(),
    findingCounts: severityCountsSchema.describe('读取文件时发现的问题'),
  })
  .meta({ id: 'ImportSummary' });

export const importDetailSchema = importSummarySchema
  .extend({
    counts: z.object({ projects: z.number().int(), indicators: z.number().int(), budgetTotal: z.number().describe('万元') }).nullable(),
    importFindings: z.array(findingSchema).describe('读取文件时发现的问题（行、单元格）'),
    review: reviewReportSchema.nullable().describe('对读出内容的智能审核'),
    canConfirm: z.boolean().describe('待确认且没有错误，调用者可以导入'),
    exists: z.boolean().describe('该单位该年度已有数据：确认时需 replace'),
    unitYearId: z.uuid().nullable().describe('已导入时，该单位年度的编号'),
  })
  .meta({ id: 'ImportDetail' });

export const confirmImportRequestSchema = z.object({ replace: z.boolean().default(false).describe('该单位该年度已有数据时整体替换') });

export const listImportsQuerySchema = pageQuerySchema.extend({
  unitId: idSchema.optional(),
  year: yearSchema.optional(),
  status: importStatusSchema.optional(),
});

export const importPageSchema = pageSchema(importSummarySchema);

export type ImportSummaryJson = z.infer<typeof importSummarySchema>;
export type ImportDetailJson = z.infer<typeof importDetailSchema>;
export type ListImportsQuery = z.infer<typeof listImportsQuerySchema>;
