/**
 * Near-duplicate grouping in near-linear time: MinHash signatures of shingle sets, banded into
 * locality-sensitive buckets; each item is verified (exact Jaccard) against the first item of its
 * bucket only, and verified pairs are joined by union–find. Exact duplicates (same key) are joined
 * before any hashing, so a sentence copied ten thousand times costs ten thousand map look-ups.
 *
 * With 8 bands of 2 rows, a pair of similarity s becomes a candidate with probability 1 − (1 − s²)^8:
 * 0.90 at s = 0.5, 0.97 at 0.6, 0.995 at 0.7. Candidates are verified, so there are no false groups; a
 * pair can be missed with that small probability, or when it only resembles a bucket's first item.
 *
 * Buckets are found by sorting, per band, one number per item (bucket hash in the high bits, item index
 * in the low bits) with the native numeric sort of a Float64Array: no map of millions of entries, and
 * items of one bucket come out in index order.
 */
import { jaccard, type ShingleSet } from './shingles';

const bands = 8;
const rows = 2;
const signatureLength = bands * rows;

/** Fixed odd multipliers and seeds (from a splitmix sequence): deterministic across runs. */
const seeds = Uint32Array.from({ length: signatureLength }, (_, index) => mix32(0x9e3779b9 * (index + 1)));
const multipliers = Uint32Array.from({ length: signatureLength }, (_, index) => mix32(0x85ebca6b + index * 0x27d4eb2f) | 1);

function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function signatureOf(set: ShingleSet, into: Uint32Array): void {
  into.fill(0xffffffff);
  for (let s = 0; s < set.length; s += 1) {
    const code = set[s] as number;
    for (let k = 0; k < signatureLength; k += 1) {
      let h = Math.imul(code ^ (seeds[k] as number), multipliers[k] as number);
      h = (h ^ (h >>> 15)) >>> 0;
      if (h < (into[k] as number)) into[k] = h;
    }
  }
}

class DisjointSets {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, index) => index);
  }
  find(item: number): number {
    let root = item;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    let node = item;
    while (this.parent[node] !== root) {
      const next = this.parent[node] as number;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
}

export interface ShingledText {
  /** The normalized text: equal keys are exact duplicates. */
  key: string;
  shingles: ShingleSet;
}

/** Joins exact duplicates; returns the items left to hash (the first of each key, with shingles). */
function joinExactDuplicates(items: readonly ShingledText[], sets: DisjointSets): number[] {
  const firstOfKey = new Map<string, number>();
  const distinct: number[] = [];
  items.forEach((item, index) => {
    if (item.shingles.length === 0) return;
    const same = firstOfKey.get(item.key);
    if (same !== undefined) return sets.union(same, index);
    firstOfKey.set(item.key, index);
    distinct.push(index);
  });
  return distinct;
}

/** The bucket hash of each distinct item in each band: bandHashes[band * count + i]. */
function bandHashes(items: readonly ShingledText[], distinct: readonly number[]): Uint32Array {
  const hashes = new Uint32Array(bands * distinct.length);
  const signature = new Uint32Array(signatureLength);
  distinct.forEach((index, position) => {
    signatureOf((items[index] as ShingledText).shingles, signature);
    for (let band = 0; band < bands; band += 1) {
      hashes[band * distinct.length + position] = mix32((signature[band * rows] as number) ^ Math.imul(signature[band * rows + 1] as number, 0x9e3779b1));
    }
  });
  return hashes;
}

/** Per band: sort (hash, position) keys, then verify each bucket member against the bucket's first. */
function joinBuckets(items: readonly ShingledText[], distinct: readonly number[], hashes: Uint32Array, sets: DisjointSets, threshold: number): void {
  const count = distinct.length;
  const positionBits = Math.max(1, Math.ceil(Math.log2(count + 1)));
  // A double holds 53 bits exactly: the hash keeps what the position leaves (≥ 29 bits up to 16M items).
  const hashShift = Math.max(0, 32 - (53 - positionBits));
  const scale = 2 ** positionBits;
  const keys = new Float64Array(count);
  for (let band = 0; band < bands; band += 1) {
    for (let position = 0; position < count; position += 1) keys[position] = ((hashes[band * count + position] as number) >>> hashShift) * scale + position;
    keys.sort();
    let bucketHash = -1;
    let first = -1;
    for (let k = 0; k < count; k += 1) {
      const key = keys[k] as number;
      const hash = Math.floor(key / scale);
      const index = distinct[key - hash * scale] as number;
      if (hash !== bucketHash) {
        bucketHash = hash;
        first = index;
      } else if (sets.find(first) !== sets.find(index) && jaccard((items[index] as ShingledText).shingles, (items[first] as ShingledText).shingles) >= threshold) {
        sets.union(first, index);
      }
    }
  }
}

/**
 * Groups items whose shingle sets have Jaccard similarity ≥ `threshold` (transitively). Returns the
 * groups of two or more items as arrays of indices in ascending order, groups ordered by first index.
 * Items with no shingles are never grouped.
 */
export function groupNearDuplicates(items: readonly ShingledText[], threshold: number): number[][] {
  const sets = new DisjointSets(items.length);
  const distinct = joinExactDuplicates(items, sets);
  joinBuckets(items, distinct, bandHashes(items, distinct), sets, threshold);
  return collectGroups(sets, items.length);
}

/** The sets of two or more items; a root is its set's smallest index, so groups come out in order. */
function collectGroups(sets: DisjointSets, size: number): number[][] {
  const roots = new Int32Array(size);
  const sizes = new Int32Array(size);
  for (let index = 0; index < size; index += 1) {
    const root = sets.find(index);
    roots[index] = root;
    sizes[root] = (sizes[root] as number) + 1;
  }
  const groupOfRoot = new Map<number, number[]>();
  const groups: number[][] = [];
  for (let index = 0; index < size; index += 1) {
    const root = roots[index] as number;
    if ((sizes[root] as number) < 2) continue;
    let group = groupOfRoot.get(root);
    if (!group) {
      group = [];
      groupOfRoot.set(root, group);
      groups.push(group);
    }
    group.push(index);
  }
  return groups;
}
