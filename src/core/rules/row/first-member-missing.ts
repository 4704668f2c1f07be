import type { RowRule } from "../types";

/** The 成员1 columns that, all empty, mean no first family member was entered. */
const MEMBER1 = ["name", "relation", "phone", "guardian", "idType", "idNumber"].map((f) => `member1.${f}`);

/**
 * "标准上需填写两位学生家庭成员或监护人信息" (《全国中小学生学籍信息管理系统首次数据采集指标》): a row whose
 * 成员1 columns are all empty has no family member or guardian. A warning, or the error a county's
 * importer makes it (profile familyMembers.firstMissing). Only on sheets with 成员1 columns.
 */
export const firstMemberMissing: RowRule = {
  id: "first-member-missing",
  appliesTo: (has) => MEMBER1.some(has),
  check(row, ctx) {
    const present = MEMBER1.filter((k) => row.has(k));
    if (present.length === 0 || present.some((k) => row.get(k) !== "")) return;
    const severity = ctx.profile.familyMembers.firstMissing;
    ctx.report({ code: "row/first-member-missing", row: row.row, key: present[0], ...(severity === "error" ? { severity } : {}) });
  },
};
