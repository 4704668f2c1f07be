import { parseGrade } from "../grade";
import type { Numbering } from "../profiles/schema";
import type { RowView, RuleContext } from "../rules/types";
import { classCode } from "./class-code";
import { FIELD_LABELS } from "./pattern-layout";

type PatternNumbering = Extract<Numbering, { scheme: "pattern" }>;

const YEAR_MONTH = /^(\d{4})(0[1-9]|1[0-2])$/;

/** The row's fields a number's per-row parts come from, and the header a registrar knows them by. */
const ROW_FIELD: Partial<Record<PatternNumbering["fields"][number]["kind"], { key: string; header: string }>> = {
  entryYear: { key: "entryYearMonth", header: "入学年月" },
  stage: { key: "grade", header: "年级" },
  class: { key: "className", header: "班级" },
};

/**
 * An existing number is kept (一人一号), but it must fit its row: the year code against 入学年月, the
 * stage digit against 年级, the class code against 班级. One warning per row, naming every part that
 * disagrees; a part the row cannot tell (no 年级, a class without digits) is not compared.
 */
export function checkExistingNumbers(rows: readonly RowView[], ctx: RuleContext, numbering: PatternNumbering, isWellFormed: (v: string) => boolean): void {
  const target = numbering.target;
  for (const r of rows) {
    const number = r.get(target);
    if (number === "" || !isWellFormed(number)) continue;
    const parts: string[] = [];
    let at = 0;
    for (const f of numbering.fields) {
      const actual = number.slice(at, at + f.length);
      const from = at + 1;
      at += f.length;
      const field = ROW_FIELD[f.kind];
      if (!field) continue;
      const rowValue = r.get(field.key);
      const expected = expectedPart(f, rowValue, ctx);
      if (expected === null || expected === actual) continue;
      const place = f.length === 1 ? `第${from}位` : `第${from}–${at}位`;
      parts.push(`${place}${FIELD_LABELS[f.kind]}是 ${actual}，按${field.header}「${rowValue}」应为 ${expected}`);
    }
    if (parts.length) ctx.report({ code: "number/existing-mismatch", row: r.row, key: target, value: number, params: { parts: parts.join("；") } });
  }
}

function expectedPart(f: PatternNumbering["fields"][number], rowValue: string, ctx: RuleContext): string | null {
  if (rowValue === "") return null;
  if (f.kind === "entryYear") {
    const m = YEAR_MONTH.exec(rowValue);
    return m ? m[1].slice(-f.length).padStart(f.length, "0") : null;
  }
  if (f.kind === "stage") {
    const info = parseGrade(rowValue, ctx.profile.schoolSystem);
    return info ? (f.map?.[info.stage] ?? null) : null;
  }
  return classCode(rowValue, f.length);
}
