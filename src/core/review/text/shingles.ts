/**
 * Character shingles: the representation behind every text similarity of the review. Chinese has no
 * spaces, so words are approximated by overlapping character pairs (bigrams) of the text folded to
 * half-width with punctuation and spaces removed. A set is a sorted array of unique integer codes,
 * so that intersections are a linear merge and no string is allocated per shingle.
 */
import { toHalfWidth } from '../../text';

const notWordCharacter = /[^\p{L}\p{N}]/gu;

/** The text reduced to what carries meaning for comparison: half-width letters, digits and ideographs. */
export function normalizeForComparison(text: string): string {
  return toHalfWidth(text).toLowerCase().replace(notWordCharacter, '');
}

/** A sorted set of unique shingle codes. */
export type ShingleSet = Uint32Array;

export const emptyShingles: ShingleSet = new Uint32Array(0);

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
  if (normalized.length === 1) return Uint32Array.of(normalized.charCodeAt(0));
  const codes = new Uint32Array(normalized.length - 1);
  for (let index = 0; index < codes.length; index += 1) codes[index] = pairCode(normalized, index);
  codes.sort();
  return uniqueSorted(codes);
}

/** The bigram set of any text (normalized first). */
export function bigrams(text: string): ShingleSet {
  return bigramsOfNormalized(normalizeForComparison(text));
}

function uniqueSorted(codes: Uint32Array): ShingleSet {
  let size = 0;
  for (let index = 0; index < codes.length; index += 1) {
    if (index === 0 || codes[index] !== codes[index - 1]) codes[size++] = codes[index] as number;
  }
  return codes.subarray(0, size);
}

/** |a ∩ b| by a linear merge of two sorted sets. */
export function intersectionSize(a: ShingleSet, b: ShingleSet): number {
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

/** The union of sorted sets, as a sorted set. */
export function unionOf(sets: readonly ShingleSet[]): ShingleSet {
  const total = sets.reduce((sum, set) => sum + set.length, 0);
  const all = new Uint32Array(total);
  let offset = 0;
  for (const set of sets) {
    all.set(set, offset);
    offset += set.length;
  }
  all.sort();
  return uniqueSorted(all);
}
