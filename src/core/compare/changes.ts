import type { CompareSide, KeyField, KeyFieldChange, MatchedPair } from "./types";

export const KEY_FIELDS: readonly KeyField[] = ["name", "sex", "birthDate", "idNumber", "registerNumber"];

/**
 * The key fields (姓名, 性别, 出生日期, 身份证件号, 学籍号) that differ for one student between the lists: each
 * needs a written 关键数据变更 request. Only where both lists have the column and both cells a value — a
 * roster without 学籍号, or a cell left empty, is not a change of the number.
 */
export function keyFieldChanges(pairs: readonly MatchedPair[], before: CompareSide, after: CompareSide): KeyFieldChange[] {
  const fields = KEY_FIELDS.filter((f) => before.columns[f] && after.columns[f]);
  const out: KeyFieldChange[] = [];
  for (const pair of pairs) {
    for (const field of fields) {
      const b = pair.before[field];
      const a = pair.after[field];
      if (b !== "" && a !== "" && b !== a) out.push({ pair, field, before: b, after: a });
    }
  }
  return out;
}
