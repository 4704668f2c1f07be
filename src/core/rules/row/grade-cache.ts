import { type GradeInfo, parseGrade } from "../../grade";
import type { Profile } from "../../profiles/schema";

/**
 * parseGrade runs regexes; a sheet has a handful of distinct grade texts over thousands of rows, so the
 * row rules share one memo. Bounded: cleared if a sheet somehow holds very many distinct values.
 */
const MAX_ENTRIES = 512;
const memos: Record<Profile["schoolSystem"], Map<string, GradeInfo | null>> = { "6-3": new Map(), "5-4": new Map() };

export function gradeOf(text: string, schoolSystem: Profile["schoolSystem"]): GradeInfo | null {
  if (!text) return null;
  const memo = memos[schoolSystem];
  let g = memo.get(text);
  if (g === undefined) {
    if (memo.size >= MAX_ENTRIES) memo.clear();
    g = parseGrade(text, schoolSystem);
    memo.set(text, g);
  }
  return g;
}
