import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding';
import { exportTargetsDocx, importTargetsDocx } from './index';
import { defaultPackageLimits, readDocumentXml } from './docx-package';
import { buildUnitYear } from '../testing/builders';
import { declareSize, docxWithBody, lyingZipBomb, oleFile, packageOf } from './test-files';

const utf8 = (text: string) => new TextEncoder().encode(text);
const megabyte = 1024 * 1024;
const small = await exportTargetsDocx(buildUnitYear());

/** The one error finding a refused file gets, and no model. */
async function refusal(bytes: Uint8Array): Promise<Finding> {
  const { unitYear, findings } = await importTargetsDocx(bytes);
  expect(unitYear).toBeNull();
  expect(findings).toHaveLength(1);
  expect(findings[0]?.severity).toBe('error');
  return findings[0] as Finding;
}

describe('importTargetsDocx refuses what is not a readable .docx, with one clear message', () => {
  it('an empty file', async () => {
    expect(await refusal(new Uint8Array())).toMatchObject({ code: 'docx.empty-file', message: '文件是空的（0 字节），没有可导入的内容。' });
  });

  it('a text file, a PDF: not a zip', async () => {
    expect(await refusal(utf8('第一部分\n部门整体绩效目标\n'))).toMatchObject({ code: 'docx.not-a-zip', message: '无法导入：文件内容不是 Word 文档（.docx 应为 ZIP 格式），不是 .docx 文件。' });
    expect((await refusal(utf8('%PDF-1.7\n'))).message).toContain('这是PDF 文件');
  });

  it('a zip without word/document.xml: a workbook, or any archive', async () => {
    expect(await refusal(await packageOf({ 'xl/workbook.xml': '<workbook/>' }))).toMatchObject({ code: 'docx.not-a-word-document', message: '无法导入：这是 Excel 工作簿（.xlsx），不是 Word 文档。' });
    expect((await refusal(await packageOf({ 'readme.txt': 'hello' }))).message).toContain('没有 Word 正文（word/document.xml）');
  });

  it('a password-protected document (an encrypted OLE package), told apart from an old .doc', async () => {
    expect(await refusal(oleFile(true))).toMatchObject({ code: 'docx.encrypted', message: '文件设置了打开密码（已加密），无法读取。' });
    expect(await refusal(oleFile(false))).toMatchObject({ code: 'docx.old-format', message: '这是旧版 Word 97–2003 文件（.doc），不是 .docx 文件。' });
  });

  it('a file whose directory declares 200 MB of XML, before inflating anything', async () => {
    const finding = await refusal(declareSize(small, 'word/document.xml', 200 * megabyte));
    expect(finding.code).toBe('docx.too-large');
    expect(finding.message).toContain('200 MB');
  });

  it('a zip bomb that lies about its size: inflating stops at the declared size', async () => {
    const finding = await refusal(lyingZipBomb(4096, 8 * megabyte));
    expect(finding).toMatchObject({ code: 'docx.too-large' });
    expect(finding.message).toContain('压缩炸弹');
  });

  it('a file over the size limit (checked on the length, before reading anything)', async () => {
    const limits = { ...defaultPackageLimits, fileBytes: 1024 };
    const read = await readDocumentXml(small, limits);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.finding).toMatchObject({ code: 'docx.too-large', message: expect.stringContaining('超过了 1 MB 的上限') });
  });

  it('a truncated download, and XML that is not well-formed or declares entities', async () => {
    expect((await refusal(small.subarray(0, Math.floor(small.length / 2)))).code).toBe('docx.damaged');
    expect((await refusal(await docxWithBody('<w:p><w:r><w:t>未闭合</w:r></w:p>'))).code).toBe('docx.damaged');
    const bomb = await packageOf({ 'word/document.xml': '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><w:document><w:body/></w:document>' });
    expect((await refusal(bomb)).code).toBe('docx.damaged');
  });

  it('a Word document without any project table', async () => {
    const { unitYear, findings } = await importTargetsDocx(await docxWithBody('<w:p><w:r><w:t>会议通知</w:t></w:r></w:p>'));
    expect(unitYear).toBeNull();
    expect(findings.map((finding) => finding.code)).toContain('docx.no-project-table');
  });
});
