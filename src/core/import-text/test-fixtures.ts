/**
 * The documents the importer's tests read: the seed and the files derived from it (fixtures/text/,
 * made by make-fixtures.py), and a second unit's document. Used by tests only.
 */
import seedUtf8 from '../../../fixtures/changli-2021.txt?inline';
import seedCrlf from '../../../fixtures/text/changli-2021.crlf.txt?inline';
import seedGb18030 from '../../../fixtures/text/changli-2021.gb18030.txt?inline';
import seedUtf16be from '../../../fixtures/text/changli-2021.utf16be-bom.txt?inline';
import seedUtf16le from '../../../fixtures/text/changli-2021.utf16le-bom.txt?inline';
import seedUtf8Bom from '../../../fixtures/text/changli-2021.utf8-bom.txt?inline';
import funing from '../../../fixtures/text/funing-agriculture-2022.txt?inline';

function bytesOf(dataUrl: string): Uint8Array {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

/** fixtures/changli-2021.txt, the reference document, as bytes (UTF-8). */
export const seedBytes = bytesOf(seedUtf8);

/** The seed's text. */
export const seedText = new TextDecoder().decode(seedBytes);

/** The seed in every encoding users send, with the encoding the importer must report. */
export const encodedSeeds = [
  { file: 'changli-2021.gb18030.txt', bytes: bytesOf(seedGb18030), encoding: 'gb18030' },
  { file: 'changli-2021.utf16le-bom.txt', bytes: bytesOf(seedUtf16le), encoding: 'utf-16le' },
  { file: 'changli-2021.utf16be-bom.txt', bytes: bytesOf(seedUtf16be), encoding: 'utf-16be' },
  { file: 'changli-2021.utf8-bom.txt', bytes: bytesOf(seedUtf8Bom), encoding: 'utf-8-bom' },
  { file: 'changli-2021.crlf.txt', bytes: bytesOf(seedCrlf), encoding: 'utf-8' },
] as const;

/** fixtures/text/funing-agriculture-2022.txt: another unit, 2 projects, amounts in 元, checkpoints 6/9/12月底. */
export const secondDocumentBytes = bytesOf(funing);

/** UTF-8 bytes of a text, as a user's file would hold them. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The seed's lines (LF), for tests that cut, drop or shuffle them. Line n is at index n − 1. */
export function seedLines(): string[] {
  return seedText.split('\n');
}
