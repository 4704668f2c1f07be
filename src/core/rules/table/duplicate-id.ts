import type { TableRule } from "../types";
import { idGroups } from "./id-groups";
import { reportDuplicateGroups } from "./report-duplicates";

/** The same ID number on several rows (RULES.md §1: 身份证号重复 is a problem register). */
export const duplicateId: TableRule = {
  id: "duplicate-id",
  check(rows, ctx) {
    reportDuplicateGroups(idGroups(rows), ctx, "table/duplicate-id", "idNumber");
  },
};
