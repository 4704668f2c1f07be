import { regionInfo } from "../data/gb2260";

/**
 * 12-digit 行政区划代码 (出生地, 户口所在地): the 6-digit GB/T 2260 county code + 6 digits of
 * township/village, "000000" at county level (TEMPLATES.md §3).
 */

const TWELVE = /^\d{12}$/;
const SIX = /^\d{6}$/;

export type RegionCodeProblem = "format" | "unknown";

/** A 6-digit county code → the 12-digit form; null when the input is not 6 digits. */
export function padCountyCode(code: string): string | null {
  return SIX.test(code) ? code + "000000" : null;
}

export function checkRegionCode(code: string): RegionCodeProblem | null {
  if (!TWELVE.test(code)) return "format";
  return regionInfo(code.slice(0, 6)) ? null : "unknown";
}
