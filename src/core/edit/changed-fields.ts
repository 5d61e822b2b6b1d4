/** Which fields of a record differ between two snapshots of it (for a 409: what someone else changed). */

/**
 * The keys whose values differ between `before` and `after` (deep, by value), in `after`'s key order then
 * `before`'s; `ignore` (e.g. "version") is left out.
 */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>, ignore: readonly string[] = ['version']): string[] {
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return keys.filter((key) => !ignore.includes(key) && !sameValue(before[key], after[key]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isObject(a) || !isObject(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const entries = Object.entries(a);
  if (entries.length !== Object.keys(b).length) return false;
  return entries.every(([key, value]) => key in b && sameValue(value, Reflect.get(b, key)));
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
