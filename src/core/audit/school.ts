import type { StudentRef } from "../model/report";

/** A file or sheet name that names a school: 实验小学, 第二中学, 城关镇中心学校, 某某校区 … */
const NAMES_A_SCHOOL = /[学校]/;

/** "乡镇/实验小学.xlsx" → "实验小学" */
export function fileStem(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

export interface SchoolOfFile {
  school: string;
  from: "schoolCode" | "fileName" | "sheetName";
}

/**
 * Which school a file belongs to: the 学校标识码 most of its rows carry; a file without that column is
 * named by its file name, or by a sheet name when only the sheet says which school it is.
 */
export function schoolOfFile(path: string, sheets: readonly { sheet: string; rows: readonly StudentRef[] }[]): SchoolOfFile {
  const tally = new Map<string, number>();
  for (const s of sheets) {
    for (const r of s.rows) if (r.schoolCode !== "") tally.set(r.schoolCode, (tally.get(r.schoolCode) ?? 0) + 1);
  }
  let best = "";
  let bestCount = 0;
  for (const [code, n] of tally) {
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  if (best !== "") return { school: best, from: "schoolCode" };
  const stem = fileStem(path);
  if (NAMES_A_SCHOOL.test(stem)) return { school: stem, from: "fileName" };
  const named = sheets.find((s) => NAMES_A_SCHOOL.test(s.sheet));
  return named ? { school: named.sheet, from: "sheetName" } : { school: stem, from: "fileName" };
}
