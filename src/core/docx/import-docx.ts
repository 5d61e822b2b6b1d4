/**
 * .docx bytes → UnitYear + findings. The package is checked and word/document.xml inflated within
 * limits (docx-package.ts), the body read with merged cells resolved (document-body.ts), then the
 * tables are read in the reference layout or, when they are national-layout tables, one project each.
 */
import type { Finding } from '../finding';
import { readBody, type BodyItem } from './document-body';
import { readDocumentXml } from './docx-package';
import { docxFinding } from './finding-codes';
import { isNationalLayout, readNationalLayout } from './read-national-layout';
import { readSeedLayout, type DocxImportOptions, type DocxImportResult } from './read-seed-layout';
import { parseXml } from './xml-nodes';

export type { DocxImportOptions, DocxImportResult } from './read-seed-layout';

function refused(finding: Finding): DocxImportResult {
  return { unitYear: null, findings: [finding] };
}

async function bodyOf(bytes: Uint8Array): Promise<{ body: BodyItem[] } | { finding: Finding }> {
  const read = await readDocumentXml(bytes);
  if (!read.ok) return { finding: read.finding };
  const nodes = parseXml(read.xml);
  const body = nodes === null ? null : readBody(nodes);
  if (body !== null) return { body };
  return { finding: docxFinding('docx.damaged', {}, '文件已损坏，无法读取：Word 正文（word/document.xml）不是完整的 XML。', '请在 Word 中打开并另存后再导入') };
}

/**
 * Reads a Word target document (.docx). Never throws on any input and stores nothing. The model is
 * returned even when there are errors (for display); a caller must not store it then. Findings are
 * located by table, row and cell (location.cell "表3 第5行 第2列（指标值）") or paragraph, with the
 * project and indicator where known; codes are under docx. (see finding-codes.ts).
 */
export async function importTargetsDocx(bytes: Uint8Array, options: DocxImportOptions = {}): Promise<DocxImportResult> {
  try {
    const read = await bodyOf(bytes);
    if ('finding' in read) return refused(read.finding);
    return isNationalLayout(read.body) ? readNationalLayout(read.body, options) : readSeedLayout(read.body, options);
  } catch (error) {
    // Every expected failure is a finding above; reaching here is a bug, still told as a finding, not thrown.
    const detail = error instanceof Error ? error.message : String(error);
    return refused(docxFinding('docx.damaged', {}, `读取文件时出现意外错误（${detail}），未导入任何内容。`, '请把文件发给系统管理员排查'));
  }
}
