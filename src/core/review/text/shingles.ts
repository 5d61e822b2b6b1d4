/**
 * Character shingles: the representation behind every text similarity of the review. Chinese has no
 * spaces, so words are approximated by overlapping character pairs (bigrams) of the text folded to
 * half-width with punctuation and spaces removed. A set is a sorted array of unique integer codes,
 * so that intersections are a linear merge and no string is allocated per shingle.
 */
import { toHalfWidth } from '../../text';

const notWordCharacter = /[^\p{L}\p{N}]/gu;
const plainWordCharacters = /^[0-9a-z\u3400-\u4dbf\u4e00-\u9fff]*$/;

/** The text reduced to what carries meaning for comparison: half-width letters, digits and ideographs. */
export function normalizeForComparison(text: string): string {
  // Most cells are ideographs with Chinese punctuation: fold those in one pass, without regular expressions.
  const folded = foldCommonText(text);
  return folded !== null ? folded : toHalfWidth(text).toLowerCase().replace(notWordCharacter, '');
}

/**
 * Keeps ideographs, ASCII digits and lowercased ASCII letters, folds full-width digits and letters, and
 * drops ASCII and CJK punctuation and spaces; null when the text has other characters (Latin accents,
 * Greek …), which the general path handles.
 */
function foldCommonText(text: string): string | null {
  if (plainWordCharacters.test(text)) return text;
  let result = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = foldCode(text.charCodeAt(index));
    if (code === uncommon) return null;
    if (code !== dropped) result += String.fromCharCode(code);
  }
  return result;
}

const dropped = -1;
const uncommon = -2;

/** A character code folded for comparison, `dropped` for punctuation and spaces, `uncommon` for the rest. */
function foldCode(raw: number): number {
  let code = raw;
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 0x41 && code <= 0x5a) code += 0x20;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x3400 && code <= 0x4dbf)) return code;
  return isPunctuationOrSpace(code) ? dropped : uncommon;
}

/** Spaces and punctuation of ASCII, general punctuation, CJK symbols (not 々〆〇 or Hangzhou numerals) and full-width forms. */
function isPunctuationOrSpace(code: number): boolean {
  if (code < 0x80 || code === 0xa0 || code === 0xb7) return true;
  if (code >= 0x2000 && code <= 0x206f) return true;
  if (code >= 0x3000 && code <= 0x303f) return !(code >= 0x3005 && code <= 0x3007) && !(code >= 0x3021 && code <= 0x303c);
  if (code >= 0xfe30 && code <= 0xfe4f) return true;
  return code === 0xff00 || (code >= 0xff5f && code <= 0xff65) || (code >= 0xffe0 && code <= 0xffee);
}

/** A sorted set of unique shingle codes. */
export type ShingleSet = Uint32Array;

export const emptyShingles: ShingleSet = new Uint32Array(0);

// Sets are views into shared chunks (a bump allocator): one small typed array of its own per set would
// cost a separate backing store each, and a review makes hundreds of sets. A chunk is freed by the
// garbage collector once no set viewing it is alive. Scratch holds codes while they are sorted.
const chunkSize = 1 << 16;
let chunk = new Uint32Array(chunkSize);
let chunkUsed = 0;
let scratch = new Uint32Array(256);

function keep(codes: Uint32Array): ShingleSet {
  if (codes.length > chunkSize / 4) return codes.slice();
  if (chunkUsed + codes.length > chunkSize) {
    chunk = new Uint32Array(chunkSize);
    chunkUsed = 0;
  }
  const set = chunk.subarray(chunkUsed, chunkUsed + codes.length);
  set.set(codes);
  chunkUsed += codes.length;
  return set;
}

function scratchOf(length: number): Uint32Array {
  if (scratch.length < length) scratch = new Uint32Array(Math.max(length, scratch.length * 2));
  return scratch;
}

/** The code of the character pair at `index` (UTF-16 units; pairs of ideographs stay unique). */
function pairCode(text: string, index: number): number {
  return ((text.charCodeAt(index) << 16) | text.charCodeAt(index + 1)) >>> 0;
}

/**
 * The bigram set of an already normalized text. A one-character text yields its single character, so
 * that short cells still compare.
 */
export function bigramsOfNormalized(normalized: string): ShingleSet {
  if (normalized.length === 0) return emptyShingles;
  if (normalized.length === 1) return keep(Uint32Array.of(normalized.charCodeAt(0)));
  const codes = scratchOf(normalized.length - 1).subarray(0, normalized.length - 1);
  for (let index = 0; index < codes.length; index += 1) codes[index] = pairCode(normalized, index);
  codes.sort();
  return keep(uniqueSorted(codes));
}

/** The bigram set of any text (normalized first): one pass over common text, no intermediate string. */
export function bigrams(text: string): ShingleSet {
  const codes = scratchOf(Math.max(1, text.length - 1));
  let count = 0;
  let previous = dropped;
  let kept = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = foldCode(text.charCodeAt(index));
    if (code === uncommon) return bigramsOfNormalized(normalizeForComparison(text));
    if (code === dropped) continue;
    if (previous !== dropped) codes[count++] = ((previous << 16) | code) >>> 0;
    previous = code;
    kept += 1;
  }
  if (kept === 0) return emptyShingles;
  if (kept === 1) return keep(Uint32Array.of(previous));
  const pairs = codes.subarray(0, count);
  pairs.sort();
  return keep(uniqueSorted(pairs));
}

function uniqueSorted(codes: Uint32Array): ShingleSet {
  let size = 0;
  for (let index = 0; index < codes.length; index += 1) {
    if (index === 0 || codes[index] !== codes[index - 1]) codes[size++] = codes[index] as number;
  }
  return codes.subarray(0, size);
}

/** |a ∩ b| by a linear merge of two sorted sets. */
function intersectionSize(a: ShingleSet, b: ShingleSet): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}

/** Jaccard similarity |a ∩ b| / |a ∪ b|; 0 when both are empty. */
export function jaccard(a: ShingleSet, b: ShingleSet): number {
  if (a.length === 0 && b.length === 0) return 0;
  const shared = intersectionSize(a, b);
  return shared / (a.length + b.length - shared);
}
