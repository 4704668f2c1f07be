import type { TableRule } from "../types";
import { reportDuplicateRows } from "./report-duplicates";

/** A register number (and a local auxiliary number) belongs to one student only (一人一号, RULES.md §1). */
export const duplicateRegisterNumber: TableRule = {
  id: "duplicate-regno",
  check(rows, ctx) {
    const keyOf = (key: string) => (r: (typeof rows)[number]) => {
      const v = r.get(key);
      return v === "" ? null : v.toUpperCase();
    };
    reportDuplicateRows(rows, ctx, "table/duplicate-regno", "registerNumber", keyOf("registerNumber"));
    reportDuplicateRows(rows, ctx, "table/duplicate-auxno", "auxNumber", keyOf("auxNumber"));
  },
};
