import { isCompulsory } from "./grades";
import { byPlace } from "./order";
import type { ArrivalRow, CompareSide, LeaverRow, Span, UnmatchedRow } from "./types";

/** Follow-ups first; then the other compulsory grades (graduating, or maybe on the later list); then senior high; then no grade. */
function leaverRank(l: LeaverRow): number {
  if (l.compulsory) return l.followUp ? 0 : 1;
  return l.row.gradeInfo ? 2 : 3;
}

/** A row that may be on the other list under a shared name or a repeated ID: not known to have left or come. */
export function maybeOnOtherList(u: UnmatchedRow): boolean {
  return u.note === "ambiguous-name" || u.note === "duplicate-id";
}

/**
 * 只在前表: the students gone from the later list — left, moved, or dropped out. Those in compulsory grades
 * come first, grouped by grade and class: these are the 控辍保学 follow-ups. A student in the last grade of
 * its stage, when the lists are a school year apart, has most likely graduated and comes after them, as
 * does one that may be on the later list under a shared name or ID.
 */
export function leavers(rows: readonly UnmatchedRow[], span: Span): LeaverRow[] {
  return rows
    .map((u): LeaverRow => {
      const g = u.row.gradeInfo;
      const compulsory = g !== null && isCompulsory(g.grade);
      const finalGrade = g !== null && g.isFinalGrade && span.years === 1;
      return { ...u, compulsory, finalGrade, followUp: compulsory && !finalGrade && !maybeOnOtherList(u) };
    })
    .sort((a, b) => leaverRank(a) - leaverRank(b) || byPlace(a.row, b.row));
}

/**
 * 只在后表: new students or transfers in. Above its stage's entry grade, a child with no 学籍号 came without
 * a register (籍随人走): listed first. Said only when the later list has a 学籍号 column at all.
 */
export function arrivals(rows: readonly UnmatchedRow[], after: CompareSide): ArrivalRow[] {
  return rows
    .map((u): ArrivalRow => {
      const g = u.row.gradeInfo;
      const transferWithoutRegister = after.columns.registerNumber && !maybeOnOtherList(u) && g !== null && !g.isEntryGrade && u.row.registerNumber === "";
      return { ...u, transferWithoutRegister };
    })
    .sort((a, b) => Number(b.transferWithoutRegister) - Number(a.transferWithoutRegister) || byPlace(a.row, b.row));
}
