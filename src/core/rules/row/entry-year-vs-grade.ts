import type { RowRule } from "../types";
import { gradeOf } from "./grade-cache";
import { isSummer, schoolYear, ym } from "./calendar";

/**
 * 入学年月 is when the pupil entered the first grade of the current stage (TEMPLATES.md §5.3, 宝应版), so the
 * grade within the stage should be school year(today) − entry year + 1. No repeating in compulsory education
 * (RULES.md §6), yet a year off has innocent causes (a 5-4 school, a file prepared across the promotion date)
 * → warning; two or more years off → error. In July–August a file may already describe the coming year, so
 * both years are accepted.
 * Month other than 09 → warning, not error: entry is in September nationally, but a late registration or
 * a transfer keyed in with its own date is a fact to confirm, not necessarily wrong.
 */
export const entryYearVsGrade: RowRule = {
  id: "entry-year-vs-grade",
  appliesTo: (has) => has("entryYearMonth"),
  check(row, ctx) {
    const value = row.get("entryYearMonth");
    const entry = ym(value);
    if (!entry) return;
    if (entry[1] !== 9) ctx.report({ code: "row/entry-month", row: row.row, key: "entryYearMonth", value });
    const g = gradeOf(row.get("grade"), ctx.profile.schoolSystem);
    if (!g) return;
    const first = g.stage === "primary" ? 1 : g.stage === "senior" ? 10 : ctx.profile.schoolSystem === "5-4" ? 6 : 7;
    const inStage = g.grade - first + 1;
    const sy = schoolYear(ctx.today);
    const expected = sy - entry[0] + 1;
    let off = Math.abs(inStage - expected);
    if (isSummer(ctx.today)) off = Math.min(off, Math.abs(inStage - (expected + 1)));
    if (off === 0) return;
    const params = { grade: row.get("grade"), expectedYear: sy - inStage + 1 };
    ctx.report({ code: off === 1 ? "row/entry-year-grade-near" : "row/entry-year-grade", row: row.row, key: "entryYearMonth", value, params });
  },
};
