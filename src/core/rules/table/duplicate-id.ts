import type { TableRule } from "../types";
import { reportDuplicateRows } from "./report-duplicates";

/**
 * The same ID number on several rows (RULES.md §1: 身份证号重复 is a problem register). Keys are the
 * full normalised strings: Excel's COUNTIF compares numbers to 15 significant digits and calls two
 * different IDs sharing their first 15 digits duplicates; a string map does not.
 */
export const duplicateId: TableRule = {
  id: "duplicate-id",
  check(rows, ctx) {
    reportDuplicateRows(rows, ctx, "table/duplicate-id", "idNumber", (r) => {
      const id = r.get("idNumber");
      return id === "" ? null : id.toUpperCase();
    });
  },
};
