import type { Stage } from "./model/report";

/**
 * Grades are written many ways: "一年级", "1年级", "1", "初一", "七年级", "高一", "高中一年级".
 * We turn them into a school-wide grade number 1–12 and a stage, following the profile's school system
 * ("6-3": primary 1–6, junior 7–9; "5-4": primary 1–5, junior 6–9). Senior high is 10–12.
 */
export interface GradeInfo {
  /** 1–12 */
  grade: number;
  stage: Stage;
  /** first grade of its stage (1, 7 / 6, 10): where entry-age and entry-grade rules apply */
  isEntryGrade: boolean;
  /** last grade of its stage: the graduating grade */
  isFinalGrade: boolean;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function cnNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === "十一") return 11;
  if (s === "十二") return 12;
  return s.length === 1 && s in CN_DIGITS ? CN_DIGITS[s] : null;
}

export function parseGrade(text: string, schoolSystem: "6-3" | "5-4"): GradeInfo | null {
  const s = text.replace(/\s+/g, "");
  if (!s) return null;
  let grade: number | null = null;
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^(?:初中?)([一二三1-3])(?:年级)?$/))) {
    const n = cnNumber(m[1])!;
    grade = (schoolSystem === "5-4" ? 5 : 6) + n;
  } else if ((m = s.match(/^(?:高中?)([一二三1-3])(?:年级)?$/))) {
    grade = 9 + cnNumber(m[1])!;
  } else if ((m = s.match(/^(?:小学)?(\d{1,2}|十[一二]|[一二三四五六七八九十])(?:年级)?$/))) {
    grade = cnNumber(m[1]);
  }
  if (grade === null || grade < 1 || grade > 12) return null;
  const primaryLast = schoolSystem === "5-4" ? 5 : 6;
  let stage: Stage;
  let first: number;
  let last: number;
  if (grade <= primaryLast) [stage, first, last] = ["primary", 1, primaryLast];
  else if (grade <= 9) [stage, first, last] = ["junior", primaryLast + 1, 9];
  else [stage, first, last] = ["senior", 10, 12];
  return { grade, stage, isEntryGrade: grade === first, isFinalGrade: grade === last };
}

const LABELS = ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级", "八年级", "九年级", "高一", "高二", "高三"];

/** One way to write grade 1–12, for tables that put "1", "一年级" and "小学一年级" together. */
export function gradeLabel(grade: number): string {
  return LABELS[grade - 1] ?? String(grade);
}
