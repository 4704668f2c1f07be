/**
 * Groups of items that share a key, in first-seen order; items whose key is null are skipped and
 * keys seen once are dropped. One pass with a hash map, so it stays linear for a county's whole audit;
 * the map holds only the position of each key's first item, so the many keys seen once cost no array.
 */
export function groupDuplicates<T>(items: Iterable<T>, keyOf: (t: T) => string | null): T[][] {
  const firstAt = new Map<string, number>();
  const firsts: T[] = [];
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const at = firstAt.get(key);
    if (at === undefined) {
      firstAt.set(key, firsts.length);
      firsts.push(item);
      continue;
    }
    const group = groups.get(at);
    if (group) group.push(item);
    else groups.set(at, [firsts[at], item]);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
}
