/**
 * Files with identical bytes: one photo saved under two students' names. Grouped by length and an FNV-1a
 * hash, then compared byte for byte, so a hash collision can never call two different photos the same.
 */
function fnv1a(b: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i], 0x01000193);
  return h >>> 0;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Indexes of the items whose bytes are the same, in groups of two or more, in input order. */
export function sameBytesGroups(items: readonly Uint8Array[]): number[][] {
  const buckets = new Map<string, number[][]>();
  for (let i = 0; i < items.length; i++) {
    const key = `${items[i].length}:${fnv1a(items[i])}`;
    const groups = buckets.get(key) ?? [];
    const group = groups.find((g) => equal(items[g[0]], items[i]));
    if (group) group.push(i);
    else groups.push([i]);
    buckets.set(key, groups);
  }
  return [...buckets.values()].flat().filter((g) => g.length > 1).sort((a, b) => a[0] - b[0]);
}
