import type { Profile } from "../profiles/schema";
import { keyFieldChanges } from "./changes";
import { placeCounts, subtotals } from "./counts";
import { gradeChanges, spanOf } from "./grades";
import { arrivals, leavers } from "./lists";
import { matchRosters } from "./match";
import type { CompareReport, CompareSide } from "./types";

export interface CompareOptions {
  /** school years between the lists: 0 within one, 1 across one; inferred from the students when absent */
  schoolYears?: 0 | 1;
}

/**
 * Compare two checked lists (人籍核对): who is only on the earlier one (left, moved, dropped out — the
 * 控辍保学 follow-ups), who is only on the later one (arrivals; transfers with no 学籍号), whose key fields
 * changed (each needs a 关键数据变更 request), whose grade did not move as a school year should, and how
 * many students each school, grade and class has on each. Linear in rows: hash joins only.
 */
export function compareRosters(before: CompareSide, after: CompareSide, profile: Profile, options: CompareOptions = {}): CompareReport {
  const match = matchRosters(before.rows, after.rows);
  const span = spanOf(match.pairs, options.schoolYears);
  const onlyBefore = leavers(match.onlyBefore, span);
  const onlyAfter = arrivals(match.onlyAfter, after);
  const keyChanges = keyFieldChanges(match.pairs, before, after);
  const grades = gradeChanges(match.pairs, span);
  const classes = placeCounts(before.rows, after.rows);
  const byId = match.pairs.filter((p) => p.method === "idNumber").length;
  return {
    profile: { id: profile.id, name: profile.name },
    before: withoutRows(before),
    after: withoutRows(after),
    span,
    onlyBefore,
    onlyAfter,
    keyFieldChanges: keyChanges,
    gradeChanges: grades,
    counts: { ...subtotals(classes), classes },
    totals: {
      beforeRows: before.rows.length,
      afterRows: after.rows.length,
      matched: match.pairs.length,
      matchedById: byId,
      matchedByName: match.pairs.length - byId,
      onlyBefore: onlyBefore.length,
      followUps: onlyBefore.filter((l) => l.followUp).length,
      onlyAfter: onlyAfter.length,
      transfersWithoutRegister: onlyAfter.filter((a) => a.transferWithoutRegister).length,
      keyFieldChanges: keyChanges.length,
      studentsWithKeyChanges: new Set(keyChanges.map((c) => c.pair)).size,
      gradeAnomalies: grades.filter((g) => g.kind !== "class-move").length,
      classMoves: grades.filter((g) => g.kind === "class-move").length,
    },
  };
}

/** A side as the report keeps it: what it is, not its every row (those are in the lists that matter). */
function withoutRows({ side, path, sheets, columns }: CompareSide): CompareReport["before"] {
  return { side, path, sheets, columns };
}
