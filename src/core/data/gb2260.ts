import timeline from "./gb2260-timeline.json";
import { digitsAt } from "../validators/ymd";

/**
 * GB/T 2260 administrative division codes with the years each name was in use (MCA lists, as
 * compiled in gb2260-timeline.json). A code that stopped being used still appears in ID numbers
 * issued while it was in use, so "ever existed" is the test, not "exists today".
 */

/** One period of a code: [name, first year (null = before the first published list), last year (null = still in use)]. */
export type RegionSpan = [name: string, from: number | null, to: number | null];

/** What the checks need of a code, computed once at load so a lookup is one Map get. */
export interface RegionInfo {
  readonly code: string;
  /** the most recent name */
  readonly name: string;
  /** the first year the code was in use; null when it predates the first list */
  readonly firstYear: number | null;
  readonly spans: readonly RegionSpan[];
}

// the JSON is typed as loose arrays; its shape is fixed by the data file
const codes = (timeline as unknown as { codes: Record<string, RegionSpan[]> }).codes;

function firstYearOf(spans: readonly RegionSpan[]): number | null {
  let first: number | null = spans[0][1];
  for (const s of spans) {
    if (s[1] === null) return null;
    if (first === null || s[1] < first) first = s[1];
  }
  return first;
}

// keyed by the code as a number: an ID's first six digits are looked up without cutting a string out of it
const infos = new Map<number, RegionInfo>();
for (const [code, spans] of Object.entries(codes)) {
  infos.set(Number(code), { code, name: spans[spans.length - 1][0], firstYear: firstYearOf(spans), spans });
}

/** The data of the 6-digit code at s[start…start+5], or undefined when it never existed or is not six digits. */
export function regionInfoAt(s: string, start: number): RegionInfo | undefined {
  if (s.length < start + 6) return undefined;
  const n = digitsAt(s, start, 6);
  return n < 0 ? undefined : regionInfoOf(n);
}

/** The data of a 6-digit code given as a number (an ID's first six digits, already read). */
export function regionInfoOf(code: number): RegionInfo | undefined {
  return infos.get(code);
}

/** A 6-digit code's data, or undefined when it never existed. */
export function regionInfo(code6: string): RegionInfo | undefined {
  return code6.length === 6 ? regionInfoAt(code6, 0) : undefined;
}

/** How much of a 6-digit code is known: the county itself, only its city (first 4 digits), only its province, or nothing. */
export type RegionKnown = "county" | "city" | "province" | "none";

export function regionKnown(code6: string): RegionKnown {
  if (regionInfo(code6)) return "county";
  if (regionInfo(code6.slice(0, 4) + "00")) return "city";
  if (regionInfo(code6.slice(0, 2) + "0000")) return "province";
  return "none";
}
