import type { RowView } from "../types";
import { groupDuplicates } from "./group-duplicates";

/** A row's ID number as compared for duplicates; null when it has none. */
export function idNumberKey(r: RowView): string | null {
  const id = r.get("idNumber");
  if (id === "") return null;
  return LOWER.test(id) ? id.toUpperCase() : id;
}

const LOWER = /[a-z]/;

// the duplicate-ID rule and national numbering both need the groups: found once per sheet's rows
const cache = new WeakMap<readonly RowView[], RowView[][]>();

/**
 * Rows sharing an ID number. Keys are the full normalised strings: Excel's COUNTIF compares numbers to
 * 15 significant digits and calls two different IDs sharing their first 15 digits duplicates; a string
 * map does not.
 */
export function idGroups(rows: readonly RowView[]): RowView[][] {
  let groups = cache.get(rows);
  if (!groups) cache.set(rows, (groups = groupDuplicates(rows, idNumberKey)));
  return groups;
}
