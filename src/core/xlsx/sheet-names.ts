/**
 * Sheet names Excel accepts: at most 31 characters, none of []:*?/\, not starting or ending with an
 * apostrophe, not "History", unique without regard to case.
 */

const maxLength = 31;
const forbidden = /[[\]:*?/\\]/g;

function truncate(text: string, length: number): string {
  // By code points, so that a character outside the BMP is never cut in half.
  return Array.from(text).slice(0, length).join('');
}

function clean(name: string): string {
  const text = name.replace(forbidden, '_').replace(/\p{Cc}/gu, ' ').trim().replace(/^'+|'+$/g, '');
  return text === '' || text.toLowerCase() === 'history' ? '项目' : text;
}

/**
 * A valid sheet name for `name`, not yet in `taken` (lower-cased names; the chosen one is added).
 * A name in use gets "(2)", "(3)" … within the 31 characters.
 */
export function uniqueSheetName(name: string, taken: Set<string>): string {
  const base = clean(name);
  for (let copy = 1; ; copy += 1) {
    const suffix = copy === 1 ? '' : `(${copy})`;
    const candidate = `${truncate(base, maxLength - suffix.length).replace(/'+$/, '')}${suffix}`;
    if (taken.has(candidate.toLowerCase())) continue;
    taken.add(candidate.toLowerCase());
    return candidate;
  }
}

/** A sheet's name as it appears in a cell address: always quoted, an apostrophe doubled ('项目1'!E7). */
export function cellAddress(sheetName: string, row: number, column: number): string {
  return `'${sheetName.replace(/'/g, "''")}'!${columnLetters(column)}${row}`;
}

/** 1 → A, 26 → Z, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
