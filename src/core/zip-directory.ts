/**
 * The central directory of a zip file, read without inflating anything: entry names, flags, methods
 * and the sizes they declare. Enough to refuse a file before it costs memory (xlsx/zip-guard.ts, docx/docx-package.ts).
 * ZIP64 is not read: a Word or Excel file that needs it is far over the size limits anyway. Shared by the
 * .docx and .xlsx readers.
 */

export interface ZipEntry {
  name: string;
  /** General purpose flags; bit 0 = the entry is encrypted. */
  flags: number;
  /** 0 = stored, 8 = deflated; anything else is not used by spreadsheet writers. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local header. */
  offset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'no-directory' | 'zip64' | 'truncated' };

const endSignature = 0x06054b50;
const entrySignature = 0x02014b50;
const localSignature = 0x04034b50;
const endSize = 22;
const entrySize = 46;
const maxComment = 0xffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEnd(data: DataView): number {
  const lowest = Math.max(0, data.byteLength - endSize - maxComment);
  for (let at = data.byteLength - endSize; at >= lowest; at -= 1) {
    if (data.getUint32(at, true) === endSignature) return at;
  }
  return -1;
}

function readEntry(bytes: Uint8Array, data: DataView, at: number): { entry: ZipEntry; next: number } | null {
  if (at + entrySize > data.byteLength || data.getUint32(at, true) !== entrySignature) return null;
  const nameLength = data.getUint16(at + 28, true);
  const next = at + entrySize + nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
  if (next > data.byteLength) return null;
  const entry: ZipEntry = {
    name: new TextDecoder().decode(bytes.subarray(at + entrySize, at + entrySize + nameLength)),
    flags: data.getUint16(at + 8, true),
    method: data.getUint16(at + 10, true),
    compressedSize: data.getUint32(at + 20, true),
    uncompressedSize: data.getUint32(at + 24, true),
    offset: data.getUint32(at + 42, true),
  };
  return { entry, next };
}

/** Reads the central directory; never throws. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const data = view(bytes);
  const end = findEnd(data);
  if (end === -1) return { ok: false, reason: 'no-directory' };
  const count = data.getUint16(end + 10, true);
  const start = data.getUint32(end + 16, true);
  if (count === 0xffff || start === 0xffffffff) return { ok: false, reason: 'zip64' };
  const entries: ZipEntry[] = [];
  let at = start;
  for (let index = 0; index < count; index += 1) {
    const read = readEntry(bytes, data, at);
    if (!read) return { ok: false, reason: 'truncated' };
    if (read.entry.compressedSize === 0xffffffff || read.entry.uncompressedSize === 0xffffffff) return { ok: false, reason: 'zip64' };
    entries.push(read.entry);
    at = read.next;
  }
  return { ok: true, entries };
}

/** The compressed bytes of an entry, found through its local header; null when they lie outside the file. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const data = view(bytes);
  if (entry.offset + 30 > data.byteLength || data.getUint32(entry.offset, true) !== localSignature) return null;
  const start = entry.offset + 30 + data.getUint16(entry.offset + 26, true) + data.getUint16(entry.offset + 28, true);
  const end = start + entry.compressedSize;
  return end > data.byteLength ? null : bytes.subarray(start, end);
}
