import { tidyLabel } from "../../classes/tidy-label";
import { catalogue } from "../../templates/catalogue";
import type { RowView, TableRule } from "../types";
import { groupDuplicates } from "./group-duplicates";
import { idGroups } from "./id-groups";
import { reportDuplicateGroups } from "./report-duplicates";

/** Fields whose duplicates have words of their own (and a county-audit counterpart); the rest share one message. */
const OWN_CODE: Record<string, string> = {
  idNumber: "table/duplicate-id",
  registerNumber: "table/duplicate-regno",
  auxNumber: "table/duplicate-auxno",
};
const FILE_CODE = "table/duplicate-value";
const CLASS_CODE = "table/duplicate-in-class";

/** Every field the catalogue marks unique, in catalogue order. */
export const UNIQUE_FIELDS = catalogue.columns.filter((c) => c.unique).map((c) => ({ key: c.key, within: c.unique! }));

/**
 * No two rows share a unique field's value (身份证件号, 学籍号, 学籍接续标识, 毕业证书编号 …: 一人一号; 班内学号
 * within its class). Every occurrence is reported, pointing at the others. Letters are compared without
 * case; a class is its school, 年级 and 班级 (spaces and full-width forms aside), and a row without a 班级 is in no class.
 */
export const uniqueFields: TableRule = {
  id: "unique-fields",
  check(rows, ctx) {
    if (rows.length < 2) return;
    for (const { key, within } of UNIQUE_FIELDS) {
      if (!rows[0].has(key)) continue;
      // the ID groups are shared with national numbering: found once per sheet
      const groups = key === "idNumber" ? idGroups(rows) : groupDuplicates(rows, within === "class" ? classKey(key) : fileKey(key));
      if (within === "class") reportDuplicateGroups(groups, ctx, OWN_CODE[key] ?? CLASS_CODE, key, classWords);
      else reportDuplicateGroups(groups, ctx, OWN_CODE[key] ?? FILE_CODE, key);
    }
  },
};

function fileKey(key: string): (r: RowView) => string | null {
  return (r) => {
    const v = r.get(key);
    return v === "" ? null : v.toUpperCase();
  };
}

function classKey(key: string): (r: RowView) => string | null {
  return (r) => {
    const v = r.get(key);
    const className = tidyLabel(r.get("className"));
    if (v === "" || className === "") return null;
    return `${r.get("schoolCode")}\u0000${tidyLabel(r.get("grade"))}\u0000${className}\u0000${v.toUpperCase()}`;
  };
}

function classWords(r: RowView): Record<string, string> {
  return { grade: r.get("grade"), className: r.get("className") };
}
