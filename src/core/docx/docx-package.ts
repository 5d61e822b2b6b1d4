/**
 * Bytes of a .docx → the text of word/document.xml, with every way a file can fail to be one told
 * apart (empty, too large, encrypted, old .doc, not a zip, another Office file, damaged).
 *
 * Memory stays bounded: the file size and the declared sizes in the ZIP directory are checked before
 * anything is inflated, and inflating stops as soon as the output passes the declared size, so a
 * zip bomb whose directory lies costs at most one chunk past the limit.
 */
import JSZip from 'jszip';
import type { Finding } from '../finding';
import { docxFinding } from './finding-codes';
import { readZipDirectory, type ZipEntry } from '../zip-directory';

export interface PackageLimits {
  /** The whole file. */
  fileBytes: number;
  /** word/document.xml once inflated. */
  documentBytes: number;
  /** All entries once inflated, as the directory declares them. */
  totalBytes: number;
  entries: number;
}

const megabyte = 1024 * 1024;

/** Far above any real target document (a county's 100 projects make about 2 MB of XML). */
export const defaultPackageLimits: PackageLimits = { fileBytes: 100 * megabyte, documentBytes: 50 * megabyte, totalBytes: 200 * megabyte, entries: 5000 };

export const documentPart = 'word/document.xml';

export type PackageResult = { ok: true; xml: string } | { ok: false; finding: Finding };

const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const zipMagics = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];
const otherFormats: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF 文件'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'RTF 文件'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR 压缩包'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z 压缩包'],
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte);
const megabytes = (bytes: number) => `${Math.ceil(bytes / megabyte)} MB`;
const saveAsDocx = '请在 Word 或 WPS 中打开后“另存为” Word 文档（.docx）再导入';

function fail(code: Parameters<typeof docxFinding>[0], message: string, suggestion?: string): PackageResult {
  return { ok: false, finding: docxFinding(code, {}, message, suggestion) };
}

/** A password-protected Office file is an OLE compound file holding an "EncryptedPackage" stream. */
function isEncryptedOle(bytes: Uint8Array): boolean {
  const name = new Uint8Array([...'EncryptedPackage'].flatMap((char) => [char.charCodeAt(0), 0]));
  const first = name[0];
  for (let index = bytes.indexOf(first ?? 0); index !== -1 && index + name.length <= bytes.length; index = bytes.indexOf(first ?? 0, index + 1)) {
    if (name.every((byte, offset) => bytes[index + offset] === byte)) return true;
  }
  return false;
}

function sniff(bytes: Uint8Array, limits: PackageLimits): PackageResult | null {
  if (bytes.length === 0) return fail('docx.empty-file', '文件是空的（0 字节），没有可导入的内容。', '请选择要导入的 Word 绩效目标文件');
  if (bytes.length > limits.fileBytes) {
    return fail('docx.too-large', `文件有 ${megabytes(bytes.length)}，超过了 ${megabytes(limits.fileBytes)} 的上限，不像是绩效目标文件。`, '请删除文件中的图片等大对象，或分开导入');
  }
  if (startsWith(bytes, oleMagic)) {
    if (isEncryptedOle(bytes)) return fail('docx.encrypted', '文件设置了打开密码（已加密），无法读取。', '请在 Word 中取消密码（文件 → 信息 → 保护文档 → 用密码进行加密，清空密码）后另存再导入');
    return fail('docx.old-format', '这是旧版 Word 97–2003 文件（.doc），不是 .docx 文件。', saveAsDocx);
  }
  if (zipMagics.some((magic) => startsWith(bytes, magic))) return null;
  const known = otherFormats.find(([magic]) => startsWith(bytes, magic));
  return fail('docx.not-a-zip', `无法导入：${known ? `这是${known[1]}` : '文件内容不是 Word 文档（.docx 应为 ZIP 格式）'}，不是 .docx 文件。`, saveAsDocx);
}

function checkDirectory(entries: readonly ZipEntry[], limits: PackageLimits): PackageResult | ZipEntry {
  const document = entries.find((entry) => entry.name === documentPart);
  if (!document) {
    const what = entries.some((entry) => entry.name.startsWith('xl/')) ? '这是 Excel 工作簿（.xlsx）' : entries.some((entry) => entry.name.startsWith('ppt/')) ? '这是 PowerPoint 演示文稿' : '这个压缩包里没有 Word 正文（word/document.xml）';
    return fail('docx.not-a-word-document', `无法导入：${what}，不是 Word 文档。`, '请选择 Word 绩效目标文件（.docx）');
  }
  if (entries.some((entry) => (entry.flags & 1) === 1)) return fail('docx.encrypted', '文件中的内容已加密，无法读取。', '请取消加密后另存再导入');
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (entries.length > limits.entries || total > limits.totalBytes || document.uncompressedSize > limits.documentBytes) {
    const size = Math.max(total, document.uncompressedSize);
    return fail('docx.too-large', `文件解压后有 ${megabytes(size)}（或 ${entries.length} 个部件），超过了导入上限（正文 ${megabytes(limits.documentBytes)}、合计 ${megabytes(limits.totalBytes)}），可能是损坏或恶意构造的文件。`, '请在 Word 中打开后另存，或删除大对象后再导入');
  }
  return document;
}

/** JSZip's documented streaming reader, missing from its type declarations. */
interface StreamingObject {
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
}

function isStreaming(object: object): object is StreamingObject {
  return 'internalStream' in object && typeof object.internalStream === 'function';
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return whole;
}

/** Inflates one entry chunk by chunk; null as soon as the output passes `limit` bytes. */
function inflateAtMost(object: StreamingObject, limit: number): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let settled = false;
    const stream = object.internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        if (settled) return;
        size += chunk.length;
        if (size > limit) {
          settled = true;
          stream.pause();
          resolve(null);
        } else chunks.push(chunk);
      })
      .on('error', (error) => {
        if (!settled) reject(error);
        settled = true;
      })
      .on('end', () => {
        if (!settled) resolve(concat(chunks, size));
        settled = true;
      })
      .resume();
  });
}

const damaged = (what: string) => fail('docx.damaged', `文件已损坏，无法读取：${what}。`, '请在 Word 中打开并另存后再导入');

async function inflateDocument(bytes: Uint8Array, declared: ZipEntry): Promise<PackageResult> {
  const zip = await JSZip.loadAsync(bytes);
  const object = zip.file(documentPart);
  if (!object || !isStreaming(object)) return damaged('找不到 Word 正文');
  const inflated = await inflateAtMost(object, declared.uncompressedSize);
  if (inflated === null) return fail('docx.too-large', `Word 正文解压后比文件目录中声明的 ${megabytes(declared.uncompressedSize)} 更大，文件可能是恶意构造的（压缩炸弹）。`, '请勿导入来源不明的文件');
  const xml = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  return { ok: true, xml: xml.replace(/^\ufeff/, '') };
}

/**
 * Checks the bytes of a .docx and inflates word/document.xml within `limits`. Never throws: each
 * failure is one error finding in Chinese (empty, too large, encrypted, .doc, not a zip, not Word, damaged).
 */
export async function readDocumentXml(bytes: Uint8Array, limits: PackageLimits = defaultPackageLimits): Promise<PackageResult> {
  const refused = sniff(bytes, limits);
  if (refused) return refused;
  const directory = readZipDirectory(bytes);
  if (!directory.ok) {
    if (directory.reason === 'zip64') return fail('docx.too-large', '文件使用了超大 ZIP（Zip64）格式，绩效目标文件不会这么大。', '请在 Word 中打开后另存再导入');
    return damaged(directory.reason === 'no-directory' ? 'ZIP 目录缺失，文件可能不完整（下载或复制时被截断）' : 'ZIP 目录不完整');
  }
  const checked = checkDirectory(directory.entries, limits);
  if ('ok' in checked) return checked;
  try {
    return await inflateDocument(bytes, checked);
  } catch {
    return damaged('压缩数据无法解开或正文不是 UTF-8 编码的 XML');
  }
}
