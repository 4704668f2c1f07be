import type { FieldKindHandler } from "../rules/types";
import { validateRegisterNumber } from "../validators/register-number";
import { validateResidentId } from "../validators/resident-id";
import { CellWork, reportCell } from "./common";

const work = new CellWork();
const SPACES = /\s/g;
const LOWER = /[a-z]/;

/** 学籍号 / 个人标识码 (TEMPLATES.md §4.1): 19 characters, G/J/L + 18. */
export const registerNumberField: FieldKindHandler = {
  normalise(raw) {
    work.start(raw);
    if (work.text.includes(" ")) work.change(work.text.replace(SPACES, ""), "fix/whitespace");
    if (LOWER.test(work.text)) work.change(work.text.toUpperCase(), "fix/uppercase");
    return work.result();
  },
  check(cell, ctx) {
    const r = validateRegisterNumber(cell.value, ctx.today);
    if (!r.ok) {
      reportCell(cell, ctx, "regno/" + r.problem, r.expected ? { expected: r.expected, length: cell.value.length } : { length: cell.value.length });
      return;
    }
    if (cell.value[0] !== "G") return;
    // G = "G" + 公民身份号码; when the row's ID is itself valid, a difference may mean the ID changed since
    const id = cell.row.get("idNumber");
    if (id && id !== cell.value.slice(1) && validateResidentId(id, { today: ctx.today }).ok) {
      reportCell(cell, ctx, "regno/id-mismatch", { idNumber: id });
    }
  },
};
