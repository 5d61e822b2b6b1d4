/** The parts of an upload (multipart/form-data): the file in field `file`, and the fields of the contract. */
import type { FastifyRequest } from 'fastify';
import type { UploadedFile } from '../../app/imports/upload-import';
import { uploadFieldsSchema } from '../../contract/imports';
import { DomainError } from '../../core/errors';

const missingFile = () =>
  new DomainError('validation_failed', '请求内容有误：file：请选择要上传的文件（以 multipart/form-data 上传，字段名 file）。', {
    fields: [{ path: 'file', message: '请选择要上传的文件' }],
  });

/**
 * The uploaded file and fields. A file over the upload limit fails with the framework's 413 while read.
 * @throws DomainError('validation_failed') no file, or a field that does not fit the contract (with its path)
 */
export async function readUpload(request: FastifyRequest): Promise<UploadedFile> {
  if (!request.isMultipart()) throw missingFile();
  let file: { fileName: string; bytes: Uint8Array } | null = null;
  const fields: Record<string, unknown> = {};
  for await (const part of request.parts()) {
    if (part.type === 'field') fields[part.fieldname] = part.value;
    else if (part.fieldname === 'file' && file === null) file = { fileName: part.filename.slice(0, 255) || '未命名文件', bytes: await part.toBuffer() };
    else await part.toBuffer();
  }
  if (!file) throw missingFile();
  const parsed = uploadFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw new DomainError('validation_failed', `请求内容有误：${problems.map((p) => `${p.path}：${p.message}`).join('；')}`, { fields: problems });
  }
  return { ...file, ...(parsed.data.year === undefined ? {} : { year: parsed.data.year }) };
}
