/**
 * Whether two records hold the same data: plain objects, arrays and primitives compared
 * deeply, key order ignored, and a key set to `undefined` the same as no key (a record
 * read back from IndexedDB or JSON may have either).
 */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => isSameValue(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (!isSameValue(ownField(left, key), ownField(right, key))) return false;
  }
  return true;
}

// Own fields only: `record.__proto__` on a record without such a field is Object.prototype.
function ownField(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
