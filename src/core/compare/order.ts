import type { RosterRow } from "./types";

const collator = new Intl.Collator("zh-CN", { numeric: true });

/** School, grade (unreadable grades last), class in natural order (2班 before 10班), then file and row. */
export function byPlace(a: RosterRow, b: RosterRow): number {
  return (
    collator.compare(a.school, b.school) ||
    (a.gradeInfo?.grade ?? 99) - (b.gradeInfo?.grade ?? 99) ||
    collator.compare(a.grade, b.grade) ||
    collator.compare(a.className, b.className) ||
    collator.compare(a.file, b.file) ||
    collator.compare(a.sheet, b.sheet) ||
    a.row - b.row
  );
}

export function textOrder(a: string, b: string): number {
  return collator.compare(a, b);
}
