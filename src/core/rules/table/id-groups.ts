import { isPlainIdShape } from "../../normalise/char-class";
import { digitsAt } from "../../validators/ymd";
import type { RowView } from "../types";
import { groupDuplicates } from "./group-duplicates";

/** A row's ID number as compared for duplicates; null when it has none. */
export function idNumberKey(r: RowView): string | null {
  return idKey(r.get("idNumber"));
}

/** An ID number as compared for duplicates: other documents' numbers ignore case. */
function idKey(id: string): string | null {
  if (id === "") return null;
  // a resident ID's shape holds no lower-case letter: no need to look for one
  return isPlainIdShape(id) || !LOWER.test(id) ? id : id.toUpperCase();
}

const LOWER = /[a-z]/;

// the duplicate-ID rule and national numbering both need the groups: found once per sheet's rows
const cache = new WeakMap<readonly RowView[], RowView[][]>();

/**
 * Rows sharing an ID number, in first-seen order. Keys are the full normalised strings: Excel's COUNTIF
 * compares numbers to 15 significant digits and calls two different IDs sharing their first 15 digits
 * duplicates; this does not.
 */
export function idGroups(rows: readonly RowView[]): RowView[][] {
  let groups = cache.get(rows);
  if (!groups) cache.set(rows, (groups = findIdGroups(rows)));
  return groups;
}

/**
 * As groupDuplicates(rows, idNumberKey), but the 18-character IDs — nearly all of them — go into a hash
 * table of two 9-digit numbers in typed arrays instead of a Map of 50,000 strings, which costs several
 * times more on a large sheet. Other documents' numbers take the Map.
 */
function findIdGroups(rows: readonly RowView[]): RowView[][] {
  const n = rows.length;
  let size = 16;
  while (size < n * 2) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size); // 1 + row index of the first row with the key; 0 = empty
  const hi = new Int32Array(n);
  const lo = new Int32Array(n);
  const groups = new Map<number, RowView[]>(); // first row index → group
  const others: { row: RowView; at: number; key: string }[] = [];
  for (let i = 0; i < n; i++) {
    const key = idNumberKey(rows[i]);
    if (key === null) continue;
    if (!isPlainIdShape(key)) {
      others.push({ row: rows[i], at: i, key });
      continue;
    }
    const h = digitsAt(key, 0, 9);
    const l = digitsAt(key, 9, 8) * 11 + (key.charCodeAt(17) === 88 ? 10 : key.charCodeAt(17) - 48);
    hi[i] = h;
    lo[i] = l;
    let slot = mix(h, l) & mask;
    for (;;) {
      const first = table[slot] - 1;
      if (first < 0) {
        table[slot] = i + 1;
        break;
      }
      if (hi[first] === h && lo[first] === l) {
        const group = groups.get(first);
        if (group) group.push(rows[i]);
        else groups.set(first, [rows[first], rows[i]]);
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  for (const g of groupDuplicates(others, (o) => o.key)) groups.set(g[0].at, g.map((o) => o.row));
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
}

function mix(h: number, l: number): number {
  let x = Math.imul(h, 0x9e3779b1) ^ Math.imul(l, 0x85ebca77);
  x ^= x >>> 15;
  return Math.imul(x, 0x2c1b3c6d) ^ (x >>> 13);
}
