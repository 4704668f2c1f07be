import { parseDate, type DateFailure } from "../normalise/date";
import type { FieldKindHandler } from "../rules/types";
import { isValidYmd } from "../validators/ymd";
import { CellWork, reportCell, serial1900 } from "./common";

const work = new CellWork();
const FAILURE_CODES: Record<DateFailure, string> = {
  invalid: "cell/date-invalid",
  "two-digit-year": "cell/date-two-digit-year",
  incomplete: "cell/date-incomplete",
  "ambiguous-month": "cell/date-unrecognised",
  unrecognised: "cell/date-unrecognised",
};
const EARLIEST = "19000101";

/** YYYYMMDD (TEMPLATES.md §3). Other layouts and Excel date numbers are rewritten; impossible dates reported. */
export const dateField: FieldKindHandler = {
  normalise(raw, _column, ctx) {
    work.start(raw);
    if (typeof raw === "string" && isValidYmd(work.text)) return work.result();
    const p = parseDate(typeof raw === "number" ? serial1900(raw, ctx) : work.text);
    if (p.ok && p.via !== "as-is") work.change(p.value, p.via === "serial" ? "fix/date-serial" : "fix/date-format");
    return work.result();
  },
  check(cell, ctx) {
    if (!isValidYmd(cell.value)) {
      const p = parseDate(typeof cell.raw === "number" ? serial1900(cell.raw, ctx) : cell.value);
      if (!p.ok) reportCell(cell, ctx, FAILURE_CODES[p.reason]);
      return;
    }
    if (cell.value > ctx.today) reportCell(cell, ctx, "cell/date-future", { today: ctx.today });
    else if (cell.value < EARLIEST) reportCell(cell, ctx, "cell/date-too-early");
  },
  cellOnly: true,
};
