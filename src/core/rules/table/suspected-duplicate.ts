import type { TableRule } from "../types";
import { reportDuplicateRows } from "./report-duplicates";

/**
 * Rows without an ID number cannot be matched by ID, so the same name, birth date and first family
 * member's name is taken as a likely duplicate register (无身份证号的重复学籍, RULES.md §1).
 */
export const suspectedDuplicate: TableRule = {
  id: "suspected-duplicate",
  check(rows, ctx) {
    reportDuplicateRows(rows, ctx, "table/suspected-duplicate", "name", (r) => {
      if (r.get("idNumber") !== "") return null;
      const name = r.get("name");
      const birthDate = r.get("birthDate");
      if (name === "" || birthDate === "") return null;
      return `${name}\u0000${birthDate}\u0000${r.get("member1.name")}`;
    });
  },
};
