/**
 * What other systems' text exports write into cells (TEMPLATES.md §8): an apostrophe in front of a long
 * digit string, to keep Excel from turning it into a number, and NULL for an empty database column.
 * Each is fixed like any other cell problem and reported as a fix.
 */

export interface Quirk {
  value: string;
  code: "fix/apostrophe" | "fix/null-word";
}

const APOSTROPHE_DIGITS = /^'[0-9][0-9Xx]*$/;
const NULL_WORDS = new Set(["NULL", "null", "Null", "(空)", "（空）", "(null)"]);

/** The quirk a cleaned cell text carries, or null (nearly every cell: two char comparisons). */
export function exportQuirk(s: string): Quirk | null {
  if (s.charCodeAt(0) === 39) return APOSTROPHE_DIGITS.test(s) ? { value: s.slice(1), code: "fix/apostrophe" } : null;
  if (s.length <= 6 && NULL_WORDS.has(s)) return { value: "", code: "fix/null-word" };
  return null;
}

/** Whether a cell may carry a quirk: the fast paths that skip the clean-up must not skip these. */
export function mayBeQuirk(s: string): boolean {
  return s.charCodeAt(0) === 39 || (s.length <= 6 && NULL_WORDS.has(s));
}
