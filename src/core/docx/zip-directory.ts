/**
 * The central directory of a ZIP file, read straight from the bytes: the name, flags and declared
 * sizes of every entry, so that sizes can be checked before anything is inflated (JSZip keeps them
 * private). Zip64 archives are reported as such: a Word document never needs one.
 */

export interface ZipEntry {
  name: string;
  /** General purpose flags; bit 0 means the entry is encrypted. */
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'no-directory' | 'zip64' | 'damaged' };

const endSignature = 0x06054b50;
const entrySignature = 0x02014b50;
const endRecordSize = 22;
const maxCommentSize = 0xffff;

/** The offset of the end-of-central-directory record, searched backwards over a possible comment. */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - endRecordSize;
  const first = Math.max(0, last - maxCommentSize);
  for (let offset = last; offset >= first; offset -= 1) {
    if (view.getUint32(offset, true) === endSignature) return offset;
  }
  return -1;
}

function readEntry(view: DataView, bytes: Uint8Array, offset: number, names: TextDecoder): { entry: ZipEntry; next: number } | null {
  if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== entrySignature) return null;
  const nameLength = view.getUint16(offset + 28, true);
  const next = offset + 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  if (next > view.byteLength) return null;
  const entry: ZipEntry = {
    name: names.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
    flags: view.getUint16(offset + 8, true),
    compressedSize: view.getUint32(offset + 20, true),
    uncompressedSize: view.getUint32(offset + 24, true),
  };
  return { entry, next };
}

/** Reads the directory. Never throws; a file without a readable directory is `ok: false`. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  if (bytes.byteLength < endRecordSize) return { ok: false, reason: 'no-directory' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === -1) return { ok: false, reason: 'no-directory' };
  const count = view.getUint16(end + 10, true);
  const start = view.getUint32(end + 16, true);
  if (count === 0xffff || start === 0xffffffff) return { ok: false, reason: 'zip64' };
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let offset = start;
  for (let index = 0; index < count; index += 1) {
    const read = readEntry(view, bytes, offset, names);
    if (!read) return { ok: false, reason: 'damaged' };
    if (read.entry.uncompressedSize === 0xffffffff || read.entry.compressedSize === 0xffffffff) return { ok: false, reason: 'zip64' };
    entries.push(read.entry);
    offset = read.next;
  }
  return { ok: true, entries };
}
