/**
 * Files for the Word importer's tests, made in memory: the seed's UnitYear (from the bytes of
 * fixtures/changli-2021.txt, through the text importer), minimal packages around a given document.xml, edits of an exported file, and damaged
 * or hostile packages (a directory that declares 200 MB, a lying zip bomb, an encrypted OLE file).
 * Used by tests only.
 */
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import type { UnitYear } from '../model';
import { importTextExport } from '../import-text/index';
import { fixtureUrl, seedFile } from '../import-text/test-fixtures';

/** Where the reference document is; tests read it (src/core does no IO, its tests may). */
export const seedUrl = fixtureUrl(seedFile);

/** The bytes of fixtures/changli-2021.txt read by the text importer: the reference UnitYear. */
export function seedUnitYear(bytes: Uint8Array): UnitYear {
  const unitYear = importTextExport(bytes).unitYear;
  if (!unitYear) throw new Error('the seed does not import');
  return unitYear;
}

const contentTypes =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const rootRels =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

export const wordNamespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx holding the given body XML (the inside of <w:body>). */
export function docxWithBody(bodyXml: string): Promise<Uint8Array> {
  return packageOf({ 'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${wordNamespace}><w:body>${bodyXml}</w:body></w:document>` });
}

/** A zip of the given parts (with the content types and root relationships of a Word package). */
export function packageOf(parts: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', contentTypes);
  zip.file('_rels/.rels', rootRels);
  for (const [name, data] of Object.entries(parts)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The bytes of a .docx with its document.xml edited by `edit`. */
export async function editDocumentXml(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('no word/document.xml');
  zip.file('word/document.xml', edit(xml));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Sets the uncompressed size the central directory declares for `name` (the local header is left alone). */
export function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const wanted = new TextEncoder().encode(name);
  for (let offset = 0; offset + 46 < copy.length; offset += 1) {
    if (view.getUint32(offset, true) !== 0x02014b50 || view.getUint16(offset + 28, true) !== wanted.length) continue;
    if (wanted.every((byte, index) => copy[offset + 46 + index] === byte)) {
      view.setUint32(offset + 24, size, true);
      return copy;
    }
  }
  throw new Error(`no directory entry ${name}`);
}

/**
 * A stored-by-hand zip whose word/document.xml inflates to `actualBytes` of XML while its directory
 * declares `declaredBytes`: the shape of a zip bomb that lies about its size.
 */
export function lyingZipBomb(declaredBytes: number, actualBytes: number): Uint8Array {
  const head = `<?xml version="1.0"?><w:document ${wordNamespace}><w:body><w:p><w:r><w:t>`;
  const xml = new Uint8Array(actualBytes).fill(0x41);
  xml.set(new TextEncoder().encode(head));
  const data = deflateRawSync(xml, { level: 9 });
  const name = new TextEncoder().encode('word/document.xml');
  const local = new Uint8Array(30 + name.length);
  const localView = new DataView(local.buffer);
  localView.setUint32(0, 0x04034b50, true);
  localView.setUint16(4, 20, true);
  localView.setUint16(8, 8, true);
  localView.setUint32(18, data.length, true);
  localView.setUint32(22, declaredBytes, true);
  localView.setUint16(26, name.length, true);
  local.set(name, 30);
  const central = new Uint8Array(46 + name.length);
  const centralView = new DataView(central.buffer);
  centralView.setUint32(0, 0x02014b50, true);
  centralView.setUint16(4, 20, true);
  centralView.setUint16(6, 20, true);
  centralView.setUint16(10, 8, true);
  centralView.setUint32(20, data.length, true);
  centralView.setUint32(24, declaredBytes, true);
  centralView.setUint16(28, name.length, true);
  central.set(name, 46);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  endView.setUint16(8, 1, true);
  endView.setUint16(10, 1, true);
  endView.setUint32(12, central.length, true);
  endView.setUint32(16, local.length + data.length, true);
  return concat([local, data, central, end]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.length;
  }
  return whole;
}

/**
 * An OLE compound file as Word writes a password-protected .docx: the header, then a directory
 * sector naming the streams "EncryptionInfo" and "EncryptedPackage" (without `encrypted`: a .doc's
 * "WordDocument" stream).
 */
export function oleFile(encrypted: boolean): Uint8Array {
  const file = new Uint8Array(512 * 3);
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const view = new DataView(file.buffer);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint32(0x30, 1, true);
  const names = encrypted ? ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'] : ['Root Entry', 'WordDocument', '1Table'];
  names.forEach((name, index) => {
    const entry = 512 * 2 + index * 128;
    [...name].forEach((char, position) => view.setUint16(entry + position * 2, char.charCodeAt(0), true));
    view.setUint16(entry + 64, (name.length + 1) * 2, true);
    file[entry + 66] = index === 0 ? 5 : 2;
  });
  return file;
}
