import timeline from "./gb2260-timeline.json";

/**
 * GB/T 2260 administrative division codes with the years each name was in use (MCA lists, as
 * compiled in gb2260-timeline.json). A code that stopped being used still appears in ID numbers
 * issued while it was in use, so "ever existed" is the test, not "exists today".
 */

/** One period of a code: [name, first year (null = before the first published list), last year (null = still in use)]. */
export type RegionSpan = [name: string, from: number | null, to: number | null];

// the JSON is typed as loose arrays; its shape is fixed by the data file
const codes = (timeline as unknown as { codes: Record<string, RegionSpan[]> }).codes;

/** The periods a 6-digit code was in use, or undefined when it never existed. */
export function regionSpans(code6: string): readonly RegionSpan[] | undefined {
  return codes[code6];
}

/** The most recent name of a 6-digit code. */
export function regionName(code6: string): string | undefined {
  const spans = codes[code6];
  return spans ? spans[spans.length - 1][0] : undefined;
}

/** The first year the code was in use; null when it predates the first list. */
export function regionFirstYear(code6: string): number | null | undefined {
  const spans = codes[code6];
  if (!spans) return undefined;
  let first: number | null = spans[0][1];
  for (const s of spans) {
    if (s[1] === null) return null;
    if (first === null || s[1] < first) first = s[1];
  }
  return first;
}

/** How much of a 6-digit code is known: the county itself, only its city (first 4 digits), only its province, or nothing. */
export type RegionKnown = "county" | "city" | "province" | "none";

export function regionKnown(code6: string): RegionKnown {
  if (codes[code6]) return "county";
  if (codes[code6.slice(0, 4) + "00"]) return "city";
  if (codes[code6.slice(0, 2) + "0000"]) return "province";
  return "none";
}
