/**
 * Bytes → text. Detects the encoding (BOM, UTF-16 zero-byte pattern, strict UTF-8, else GB18030),
 * refuses what is not text (known magic numbers, NUL bytes, many control characters) and turns
 * CRLF and CR into LF.
 */
import type { Finding } from '../finding';
import { importFinding } from './finding-codes';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName; findings: Finding[] }
  | { ok: false; encoding: TextEncodingName | null; findings: Finding[] };

interface Magic {
  bytes: readonly number[];
  what: string;
}

const saveAsText = '请另存为“纯文本（.txt）”后再导入';

/** Known non-text formats, by their first bytes. A zip is told apart later (docx or xlsx). */
const magics: readonly Magic[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: '这是 PDF 文件，不是文本文件' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: '这是 PNG 图片，不是文本文件' },
  { bytes: [0xff, 0xd8, 0xff], what: '这是 JPEG 图片，不是文本文件' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: '这是 GIF 图片，不是文本文件' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: '这是旧版 Word/Excel 文件（.doc/.xls），不是文本文件' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: '这是 RAR 压缩包，不是文本文件' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: '这是 7z 压缩包，不是文本文件' },
  { bytes: [0x1f, 0x8b], what: '这是 gzip 压缩包，不是文本文件' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: '这是 RTF 文件，不是纯文本文件' },
];

const zipMagic = [0x50, 0x4b, 0x03, 0x04] as const;
const emptyZipMagic = [0x50, 0x4b, 0x05, 0x06] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** A docx or xlsx names its parts (word/…, xl/…) in the local headers and in the directory at the end. */
function describeZip(bytes: Uint8Array): string {
  const window = 65_536;
  const latin1 = new TextDecoder('latin1');
  const head = latin1.decode(bytes.subarray(0, window));
  const tail = latin1.decode(bytes.subarray(Math.max(0, bytes.length - window)));
  const names = head + tail;
  if (names.includes('word/')) return '这是 .docx 文件（ZIP），请上传 .docx 导入或另存为文本';
  if (names.includes('xl/')) return '这是 .xlsx 文件（ZIP），请上传 .xlsx 导入或另存为文本';
  return '这是 ZIP 压缩包，不是文本文件，请解压后导入其中的文件';
}

function knownFormat(bytes: Uint8Array): string | null {
  if (startsWith(bytes, zipMagic) || startsWith(bytes, emptyZipMagic)) return describeZip(bytes);
  return magics.find((magic) => startsWith(bytes, magic.bytes))?.what ?? null;
}

/**
 * UTF-16 without BOM: ASCII characters (tabs, line ends, digits) put a zero in every other byte, so
 * zeros gather on one side (odd bytes for little-endian). Binary data has zeros on both sides; what
 * slips through is refused after decoding, by the NUL and control characters it decodes to.
 */
function utf16ByZeroPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 1024) & ~1);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index += 2) {
    if (sample[index] === 0) evenZeros += 1;
    if (sample[index + 1] === 0) oddZeros += 1;
  }
  const major = Math.max(evenZeros, oddZeros);
  const minor = Math.min(evenZeros, oddZeros);
  const isText = major >= 0.3 * (sample.length / 2) || (major >= 4 && minor * 4 <= major);
  if (!isText) return null;
  return oddZeros >= evenZeros ? 'utf-16le' : 'utf-16be';
}

/** NUL or more than 1% control characters (other than tab, line ends, form feed, EOF) mean binary. */
function hasBinaryCodes(codes: ArrayLike<number>): boolean {
  const length = Math.min(codes.length, 65_536);
  let controls = 0;
  for (let index = 0; index < length; index += 1) {
    const code = codes[index] ?? 0;
    if (code === 0) return true;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x1a) controls += 1;
  }
  return controls > length / 100;
}

/** The UTF-16 code units of a text's start, for the same test after decoding. */
function codeUnits(text: string): number[] {
  const units: number[] = [];
  for (let index = 0; index < Math.min(text.length, 65_536); index += 1) units.push(text.charCodeAt(index));
  return units;
}

function binary(what: string): DecodeResult {
  return { ok: false, encoding: null, findings: [importFinding('import.binary-file', {}, `无法导入：${what}。`, saveAsText)] };
}

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** GB18030 accepts almost any byte run; a handful of undecodable bytes is a damaged file, many is not text. */
function decodeGb18030(bytes: Uint8Array): DecodeResult {
  const strict = decodeStrict('gb18030', bytes);
  if (strict !== null) return { ok: true, text: strict, encoding: 'gb18030', findings: [] };
  const text = new TextDecoder('gb18030').decode(bytes);
  const replaced = text.split('\ufffd').length - 1;
  if (replaced > text.length / 200) return binary('文件既不是 UTF-8 也不是 GB18030/GBK 编码的文本，无法识别');
  const line = text.slice(0, text.indexOf('\ufffd')).split(/\r\n?|\n/).length;
  const message = `第${line}行起有${replaced}处字节无法按 GB18030 解码，已替换为“�”；文件可能已损坏。`;
  return { ok: true, text, encoding: 'gb18030', findings: [importFinding('import.invalid-bytes', { line }, message, '请核对原文件后重新导出')] };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): DecodeResult {
  const text = decodeStrict(encoding, bytes.subarray(skip, bytes.length - ((bytes.length - skip) % 2)));
  if (text === null) return binary(`文件看似 ${encoding.toUpperCase()} 编码，但内容无法解码`);
  if (hasBinaryCodes(codeUnits(text))) return binary('文件含有大量控制字符或空字节，不是文本文件');
  return { ok: true, text, encoding, findings: [] };
}

function detectAndDecode(bytes: Uint8Array): DecodeResult {
  const format = knownFormat(bytes);
  if (format !== null) return binary(format);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeStrict('utf-8', bytes);
    return text === null ? decodeGb18030(bytes.subarray(3)) : { ok: true, text, encoding: 'utf-8-bom', findings: [] };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le', 2);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be', 2);
  const utf16 = utf16ByZeroPattern(bytes);
  if (utf16 !== null) return decodeUtf16(bytes, utf16, 0);
  if (hasBinaryCodes(bytes)) return binary('文件含有大量控制字符或空字节，不是文本文件');
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', findings: [] };
  return decodeGb18030(bytes);
}

/**
 * Decodes a whole file. Never throws. On success the text has LF line ends only and no BOM;
 * an empty or whitespace-only file, or one that is not text, gives ok: false with one error finding.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const decoded = detectAndDecode(bytes);
  if (!decoded.ok) return decoded;
  const text = decoded.text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (!/\S/.test(text)) {
    const finding = importFinding('import.empty-file', {}, '文件是空的，没有可导入的内容。', '请选择导出的绩效目标文本文件');
    return { ok: false, encoding: bytes.length === 0 ? null : decoded.encoding, findings: [finding] };
  }
  return { ...decoded, text };
}
