/**
 * The checks a file passes before a spreadsheet library may open it, so that a wrong, encrypted,
 * damaged or oversized file costs bounded memory and gets a clear message:
 * - the file's own size, then the sizes the zip declares (per entry and in total), before inflating;
 * - every entry inflated once in small steps and counted, so an entry that inflates past what it
 *   declared (a zip bomb with forged headers) is stopped at once;
 * - merged ranges in the sheets counted, since the library makes one object per merged cell.
 */
import type { Finding } from '../finding';
import { xlsxFinding } from './finding-codes';
import { entryData, readZipDirectory, type ZipEntry } from '../zip-directory';

const mebibyte = 1024 * 1024;

/** Limits of what an imported workbook may be; a unit's workbook is well under 1 MB. */
export const xlsxLimits = {
  fileBytes: 30 * mebibyte,
  entryBytes: 50 * mebibyte,
  totalBytes: 50 * mebibyte,
  entries: 5000,
  mergedCells: 200_000,
} as const;

const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const sliceBytes = 16 * 1024;
const worksheetEntry = /^xl\/worksheets\/[^/]+\.xml$/;
const mergePattern = /<(?:\w+:)?mergeCell\b[^>]*?\bref="\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?"/g;

const megabytes = (bytes: number) => `${Math.round(bytes / mebibyte)} MB`;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** "EncryptionInfo" as an OLE directory entry name (UTF-16LE). */
function hasEncryptionInfo(bytes: Uint8Array): boolean {
  const name = Array.from('EncryptionInfo').flatMap((char) => [char.charCodeAt(0), 0]);
  const limit = bytes.length - name.length;
  for (let at = 0; at <= limit; at += 1) {
    if (bytes[at] === name[0] && name.every((byte, index) => bytes[at + index] === byte)) return true;
  }
  return false;
}

function refuseOle(bytes: Uint8Array): Finding {
  if (hasEncryptionInfo(bytes)) {
    return xlsxFinding('xlsx.encrypted', {}, '文件设置了打开密码（已加密），无法读取。', '请在 Excel 中打开文件，取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码）后另存为 .xlsx 再导入');
  }
  return xlsxFinding('xlsx.old-format', {}, '这是旧版 Excel 97-2003（.xls）或其他 Office 旧格式文件，不是 .xlsx 工作簿。', '请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（*.xlsx）”后再导入');
}

function checkEntries(entries: readonly ZipEntry[]): Finding[] {
  const names = new Set(entries.map((entry) => entry.name.replace(/^\//, '')));
  if (!names.has('xl/workbook.xml')) {
    const what = names.has('word/document.xml') ? '这是 Word 文档（.docx），不是 Excel 工作簿。' : '文件是压缩包，但其中没有 Excel 工作簿（缺少 xl/workbook.xml）。';
    return [xlsxFinding('xlsx.not-a-workbook', {}, what, '请选择从 Jixiao 导出或按其格式填写的 .xlsx 文件')];
  }
  if (entries.some((entry) => (entry.flags & 1) === 1)) {
    return [xlsxFinding('xlsx.encrypted', {}, '工作簿中的内容经过加密，无法读取。', '请取消加密后另存为 .xlsx 再导入')];
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  const largest = entries.reduce((most, entry) => Math.max(most, entry.uncompressedSize), 0);
  if (entries.length > xlsxLimits.entries || largest > xlsxLimits.entryBytes || total > xlsxLimits.totalBytes) {
    const message = `工作簿解压后有 ${megabytes(total)}（${entries.length} 个部件），超过导入上限 ${megabytes(xlsxLimits.totalBytes)}。`;
    return [xlsxFinding('xlsx.too-large', {}, message, '一个工作簿请只放一个单位一个年度的绩效目标表；图片等附件请删除')];
  }
  const unknown = entries.find((entry) => entry.method !== 0 && entry.method !== 8);
  if (unknown) return [damaged(`部件 ${unknown.name} 使用了不支持的压缩方式`)];
  return [];
}

function damaged(detail: string): Finding {
  return xlsxFinding('xlsx.damaged', {}, `文件已损坏，无法读取（${detail}）。`, '请重新从 Excel 另存或重新导出后再导入');
}

interface MergeCount {
  cells: number;
  carry: string;
}

function countMerges(count: MergeCount, text: string): void {
  const buffer = count.carry + text;
  // Everything before the last "<" is whole elements; the rest may be cut and waits for more text.
  const cut = buffer.lastIndexOf('<');
  const whole = cut === -1 ? buffer : buffer.slice(0, cut);
  count.carry = cut === -1 ? '' : buffer.slice(cut);
  for (const match of whole.matchAll(mergePattern)) {
    const [, fromColumn = 'A', fromRow = '1', toColumn = fromColumn, toRow = fromRow] = match;
    count.cells += (Math.abs(Number(toRow) - Number(fromRow)) + 1) * (Math.abs(columnNumber(toColumn) - columnNumber(fromColumn)) + 1);
  }
}

function columnNumber(letters: string): number {
  return Array.from(letters).reduce((sum, char) => sum * 26 + char.charCodeAt(0) - 64, 0);
}

/** Inflates `data` in small steps, handing each piece to `onChunk`; 'over' as soon as it passes `limit` bytes. */
async function inflate(data: Uint8Array, limit: number, onChunk: (chunk: Uint8Array) => void): Promise<'ok' | 'over' | 'damaged'> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const writing = (async () => {
    for (let at = 0; at < data.length; at += sliceBytes) await writer.write(new Uint8Array(data.subarray(at, at + sliceBytes)));
    await writer.close();
  })().catch(() => undefined);
  let total = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      total += read.value.byteLength;
      if (total > limit) {
        await reader.cancel();
        return 'over';
      }
      onChunk(read.value);
    }
  } catch {
    return 'damaged';
  } finally {
    await writing;
  }
  return 'ok';
}

async function checkEntryContent(bytes: Uint8Array, entry: ZipEntry, merges: MergeCount): Promise<Finding | null> {
  const data = entryData(bytes, entry);
  if (data === null) return damaged(`部件 ${entry.name} 不完整`);
  const decoder = worksheetEntry.test(entry.name) ? new TextDecoder() : null;
  const onChunk = (chunk: Uint8Array) => {
    if (decoder) countMerges(merges, decoder.decode(chunk, { stream: true }));
  };
  const outcome = entry.method === 0 ? (onChunk(data), 'ok') : await inflate(data, entry.uncompressedSize, onChunk);
  if (outcome === 'damaged') return damaged(`部件 ${entry.name} 无法解压`);
  if (outcome === 'over') {
    return xlsxFinding('xlsx.too-large', {}, `部件 ${entry.name} 解压后的大小超过它声明的大小，文件可能是恶意构造的压缩炸弹。`, '请勿导入来历不明的文件');
  }
  return null;
}

/**
 * The findings that make a file unreadable as a workbook (empty when it may be opened). Never throws.
 * Inflates every entry once (bounded by the limits) without keeping what it inflates.
 */
export async function checkWorkbookFile(bytes: Uint8Array): Promise<Finding[]> {
  if (bytes.length > xlsxLimits.fileBytes) {
    const message = `文件有 ${megabytes(bytes.length)}，超过导入上限 ${megabytes(xlsxLimits.fileBytes)}；一个单位一个年度的绩效目标工作簿通常不到 1 MB。`;
    return [xlsxFinding('xlsx.too-large', {}, message, '请确认选择的是绩效目标表；如含图片请删除后再导入')];
  }
  if (startsWith(bytes, oleMagic)) return [refuseOle(bytes)];
  if (bytes.length === 0 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return [xlsxFinding('xlsx.not-a-zip', {}, bytes.length === 0 ? '文件是空的。' : '文件不是 Excel 工作簿（.xlsx）：内容不是 .xlsx 的压缩包格式。', '请选择 .xlsx 文件；文本或 Word 文件请用相应的导入方式')];
  }
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return [directory.reason === 'zip64' ? xlsxFinding('xlsx.too-large', {}, '文件使用了 ZIP64 大文件格式，超过导入上限。') : damaged('文件不完整，可能下载或复制时被截断')];
  const problems = checkEntries(directory.entries);
  if (problems.length > 0) return problems;
  const merges: MergeCount = { cells: 0, carry: '' };
  for (const entry of directory.entries) {
    const problem = await checkEntryContent(bytes, entry, merges);
    if (problem) return [problem];
  }
  if (merges.cells <= xlsxLimits.mergedCells) return [];
  return [xlsxFinding('xlsx.too-large', {}, `工作簿的合并单元格共覆盖 ${merges.cells} 个单元格，超过上限 ${xlsxLimits.mergedCells}。`, '请取消大范围的合并单元格后再导入')];
}
