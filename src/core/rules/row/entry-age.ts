import type { RowRule, RowView, RuleContext } from "../types";
import { gradeOf } from "./grade-cache";
import { ageOn, schoolYear, ym, ymd } from "./calendar";

/**
 * Age of a grade-1 entrant on the profile's cut-off day of the entry year (RULES.md §4: 6 full years by
 * 31 August in most places; 义务教育法 allows 7 where conditions lack). Too young → error, older than
 * maxAge → warning (late entry is allowed but worth a look).
 * The entry year is the row's 入学年月; without one, the current school year — except that a new-entrant
 * list in June–August is for the September about to come.
 */
function entryYear(row: RowView, ctx: RuleContext): number {
  const entry = ym(row.get("entryYearMonth"));
  if (entry) return entry[0];
  const month = Number(ctx.today.slice(4, 6));
  if (ctx.template.id === "new-entrant" && month >= 6) return Number(ctx.today.slice(0, 4));
  return schoolYear(ctx.today);
}

/** A new-entrant list is by definition grade 1; elsewhere the grade column says. */
function isPrimaryEntry(row: RowView, ctx: RuleContext): boolean {
  if (ctx.template.id === "new-entrant") return true;
  const g = gradeOf(row.get("grade"), ctx.profile.schoolSystem);
  return g !== null && g.stage === "primary" && g.isEntryGrade;
}

export const entryAge: RowRule = {
  id: "entry-age",
  appliesTo: (has, template) => has("birthDate") && (template.id === "new-entrant" || has("grade")),
  check(row, ctx) {
    if (!isPrimaryEntry(row, ctx)) return;
    const birth = ymd(row.get("birthDate"));
    if (!birth) return;
    const { cutoff, minAge, maxAge } = ctx.profile.entryAge;
    const year = entryYear(row, ctx);
    const month = Number(cutoff.slice(0, 2));
    const day = Number(cutoff.slice(3, 5));
    const age = ageOn(birth, year, month, day);
    if (age < minAge) {
      ctx.report({ code: "row/entry-age-young", row: row.row, key: "birthDate", value: row.get("birthDate"), params: { age, minAge, cutoff: `${year}-${cutoff}` } });
    } else if (age > maxAge) {
      ctx.report({ code: "row/entry-age-old", row: row.row, key: "birthDate", value: row.get("birthDate"), params: { age, maxAge, cutoff: `${year}-${cutoff}` } });
    }
  },
};
