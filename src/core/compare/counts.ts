import { tidyLabel } from "../classes/tidy-label";
import { gradeLabel } from "../grade";
import { textOrder } from "./order";
import type { CountRow, RosterRow } from "./types";

/**
 * Students per school, grade and class on both lists, one row for each place either list has. 一年级 and 1
 * are one grade, (1)班 and （1）班 one class, so the two lists line up however each writes them.
 */
export function placeCounts(before: readonly RosterRow[], after: readonly RosterRow[]): CountRow[] {
  const rows = new Map<string, CountRow>();
  const add = (r: RosterRow, side: "before" | "after") => {
    const g = r.gradeInfo;
    const grade = g ? gradeLabel(g.grade) : r.grade;
    const className = tidyLabel(r.className);
    const key = `${r.school}\u0000${grade}\u0000${className}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { school: r.school, grade, gradeNo: g?.grade ?? null, className, before: 0, after: 0 }));
    row[side]++;
  };
  for (const r of before) add(r, "before");
  for (const r of after) add(r, "after");
  return [...rows.values()].sort(
    (a, b) =>
      textOrder(a.school, b.school) ||
      (a.gradeNo ?? 99) - (b.gradeNo ?? 99) ||
      textOrder(a.grade, b.grade) ||
      textOrder(a.className, b.className),
  );
}

/** The counts added up per school and per school and grade, for the summary. */
export function subtotals(rows: readonly CountRow[]): { schools: CountRow[]; grades: CountRow[] } {
  const sum = (key: (r: CountRow) => string, make: (r: CountRow) => CountRow) => {
    const m = new Map<string, CountRow>();
    for (const r of rows) {
      const k = key(r);
      const t = m.get(k) ?? make(r);
      t.before += r.before;
      t.after += r.after;
      m.set(k, t);
    }
    return [...m.values()];
  };
  return {
    schools: sum((r) => r.school, (r) => ({ school: r.school, grade: "", gradeNo: null, className: "", before: 0, after: 0 })),
    grades: sum((r) => `${r.school}\u0000${r.grade}`, (r) => ({ school: r.school, grade: r.grade, gradeNo: r.gradeNo, className: "", before: 0, after: 0 })),
  };
}
