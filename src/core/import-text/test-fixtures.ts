/**
 * Where the importer's test documents are, and small helpers on them. Used by tests only; the tests
 * read the files themselves (src/core does no IO, its tests may).
 *
 * fixtures/changli-2021.txt is the reference document; fixtures/text/ holds the copies of it in other
 * encodings (made by make-fixtures.py) and a second unit's document.
 */

/** The file URL of a fixture, e.g. fixtureUrl('text/changli-2021.gb18030.txt'). */
export function fixtureUrl(name: string): URL {
  return new URL(`../../../fixtures/${name}`, import.meta.url);
}

export const seedFile = 'changli-2021.txt';

/** The seed in every encoding users send, with the encoding the importer must report. */
export const encodedSeedFiles = [
  { file: 'text/changli-2021.gb18030.txt', encoding: 'gb18030' },
  { file: 'text/changli-2021.utf16le-bom.txt', encoding: 'utf-16le' },
  { file: 'text/changli-2021.utf16be-bom.txt', encoding: 'utf-16be' },
  { file: 'text/changli-2021.utf8-bom.txt', encoding: 'utf-8-bom' },
  { file: 'text/changli-2021.crlf.txt', encoding: 'utf-8' },
] as const;

/** Another unit: 2 projects, amounts in 元, checkpoints 6/9/12月底, a purpose of two paragraphs. */
export const secondDocumentFile = 'text/funing-agriculture-2022.txt';

/** UTF-8 bytes of a text, as a user's file would hold them. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
