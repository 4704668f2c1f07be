/**
 * Groups of items that share a key, in first-seen order; items whose key is null are skipped and
 * keys seen once are dropped. One pass with a hash map, so it stays linear for a county's whole audit.
 */
export function groupDuplicates<T>(items: Iterable<T>, keyOf: (t: T) => string | null): T[][] {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const group = byKey.get(key);
    if (group) group.push(item);
    else byKey.set(key, [item]);
  }
  const out: T[][] = [];
  for (const group of byKey.values()) if (group.length > 1) out.push(group);
  return out;
}
