import type { RowRule, RowView } from "../types";

/** A person has an ID number on file when the number is filled and the type is not 其他. */
function hasId(row: RowView, prefix: string): boolean {
  return row.get(`${prefix}idNumber`) !== "" && row.get(`${prefix}idType`) !== "其他";
}

/**
 * "当学生未填写身份证信息时，学生家庭成员或监护人信息中身份证信息必填" (TEMPLATES.md §1.1 note, §5.3):
 * a student without an ID number needs at least one member's ID number. Only where the sheet has member columns.
 */
export const memberIdRequired: RowRule = {
  id: "member-id-required",
  appliesTo: (has) => has("member1.idNumber") || has("member2.idNumber"),
  check(row, ctx) {
    if (!row.has("member1.idNumber") && !row.has("member2.idNumber")) return;
    if (hasId(row, "")) return;
    if (hasId(row, "member1.") || hasId(row, "member2.")) return;
    ctx.report({ code: "row/member-id-required", row: row.row, key: row.has("member1.idNumber") ? "member1.idNumber" : "member2.idNumber" });
  },
};
