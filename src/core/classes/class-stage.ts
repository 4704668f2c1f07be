import type { GradeInfo } from "../grade";
import type { Stage } from "../model/report";
import type { Profile } from "../profiles/schema";
import { schoolYear } from "../rules/row/calendar";

/** Where a class's stage came from, as the class table says it. */
export type StageFrom = "grade" | "entryYearMonth" | "profile";

export interface ClassStage {
  stage: Stage;
  /** the stage's first grade: where a profile's stricter entry-grade cap applies */
  isEntryGrade: boolean;
  from: StageFrom;
}

/**
 * The stage of a class on a layout without 年级 (the 2013 national order counts classes by 班级 alone).
 * 入学年月 is the entry into the current stage's first grade, so it gives the year within the stage; only
 * a year that junior and senior high do not have (4–6 under 6-3, 5 under 5-4) proves primary school. Else
 * the profile's default stage, if it names one; else unknown (the national bands still apply).
 */
export function stageOfClass(entryYearMonths: ReadonlyMap<string, number>, today: string, profile: Profile): ClassStage | null {
  const yearInStage = commonYearInStage(entryYearMonths, today);
  const primaryYears = profile.schoolSystem === "5-4" ? 5 : 6;
  const otherYears = profile.schoolSystem === "5-4" ? 4 : 3;
  if (yearInStage !== null && yearInStage > otherYears && yearInStage <= primaryYears) {
    return { stage: "primary", isEntryGrade: false, from: "entryYearMonth" };
  }
  const stage = profile.defaultStage;
  if (!stage) return null;
  return { stage, isEntryGrade: yearInStage === 1, from: "profile" };
}

/** The year within the stage of most of the class (a class enters together), or null without a usable 入学年月. */
function commonYearInStage(entryYearMonths: ReadonlyMap<string, number>, today: string): number | null {
  let best: string | null = null;
  let most = 0;
  for (const [v, n] of entryYearMonths) {
    if (/^(19|20)\d{2}(0[1-9]|1[0-2])$/.test(v) && n > most) [best, most] = [v, n];
  }
  if (best === null) return null;
  const year = schoolYear(today) - schoolYear(`${best}01`) + 1;
  return year >= 1 ? year : null;
}

/** The stage of a class that has a 年级. */
export function stageOfGrade(info: GradeInfo): ClassStage {
  return { stage: info.stage, isEntryGrade: info.isEntryGrade, from: "grade" };
}
