import type { GeneratedNumber } from "../model/report";
import type { RowView, RuleContext } from "../rules/types";
import { validateRegisterNumber } from "../validators/register-number";
import { isValidResidentId } from "../validators/resident-id";
import { idGroups } from "../rules/table/id-groups";

const RESIDENT_ID = "居民身份证";

/**
 * National 学籍号 = "G" + the resident ID (TEMPLATES.md §4.1). J and L numbers are assigned by the
 * national system, so rows without a usable ID get a note, never an invented number. One person, one
 * number for life (001 第十一条): a valid existing number is never replaced, not even with `overwrite`,
 * which only lets an invalid number be replaced.
 */
export function nationalNumbers(rows: readonly RowView[], ctx: RuleContext, overwrite: boolean): GeneratedNumber[] {
  const duplicated = new Set(idGroups(rows).flat());
  // the sheet's "today" (fixed in tests), not the clock, decides whether a birth date is in the future
  const today = { today: ctx.today };
  const out: GeneratedNumber[] = [];
  let keptValid = 0;
  for (const r of rows) {
    const current = r.get("registerNumber").toUpperCase();
    if (current !== "") {
      if (validateRegisterNumber(current, ctx.today).ok) {
        if (overwrite) keptValid++;
        continue;
      }
      if (!overwrite) continue;
    }
    const idType = r.get("idType");
    const id = r.get("idNumber").toUpperCase();
    if ((idType !== "" && idType !== RESIDENT_ID) || !isValidResidentId(id, today)) {
      ctx.report({ code: "number/national-assigns", row: r.row, key: "idNumber", value: r.get("idNumber") });
    } else if (duplicated.has(r)) {
      // two rows would get one number: the duplicate must be resolved first (table/duplicate-id)
      ctx.report({ code: "number/id-duplicated", row: r.row, key: "idNumber", value: id });
    } else {
      out.push({ row: r.row, key: "registerNumber", value: "G" + id, scheme: "national" });
    }
  }
  if (keptValid > 0) ctx.report({ code: "number/valid-kept", params: { count: keptValid } });
  return out;
}
