import type { RowRule } from "../types";
import { gradeOf } from "./grade-cache";

/**
 * "结业、肄业在全国学籍系统中，特指的是高中教育阶段的毕业状态" (TEMPLATES.md §1.6, §2.16): below senior high only
 * 毕业 is recorded, unless the profile allows more (RULES.md §7: some places record 结业 in compulsory school).
 * On a graduation list the pupil should be in the stage's final grade (6 or 5, 9, 12; RULES.md §6) — a
 * warning, since lists are also kept after promotion has renamed the grade.
 */
export const graduationResult: RowRule = {
  id: "graduation-result",
  appliesTo: (has, template) => has("grade") && (has("graduationResult") || template.id === "graduation"),
  check(row, ctx) {
    const result = row.get("graduationResult");
    const graduationList = ctx.template.id === "graduation";
    if (!result && !graduationList) return;
    const grade = gradeOf(row.get("grade"), ctx.profile.schoolSystem);
    if (!grade) return;
    if ((result === "结业" || result === "肄业") && grade.stage !== "senior" && !ctx.profile.graduation.incompleteAllowedBelowSenior) {
      ctx.report({ code: "row/graduation-incomplete", row: row.row, key: "graduationResult", value: result, params: { grade: row.get("grade") } });
    }
    if (graduationList && !grade.isFinalGrade) {
      ctx.report({ code: "row/graduation-grade", row: row.row, key: "grade", value: row.get("grade") });
    }
  },
};
