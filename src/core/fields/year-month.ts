import { parseYearMonth, type DateFailure } from "../normalise/date";
import type { FieldKindHandler } from "../rules/types";
import { CellWork, reportCell, serial1900 } from "./common";

const work = new CellWork();
const YEAR_MONTH = /^(19|20)\d{2}(0[1-9]|1[0-2])$/;
const FAILURE_CODES: Record<DateFailure, string> = {
  invalid: "cell/month-invalid",
  "two-digit-year": "cell/month-two-digit-year",
  incomplete: "cell/month-unrecognised",
  "ambiguous-month": "cell/month-ambiguous",
  unrecognised: "cell/month-unrecognised",
};

/** YYYYMM (入学年月, TEMPLATES.md §3). A full date loses its day; Excel's 2015.1 is refused as ambiguous. */
export const yearMonthField: FieldKindHandler = {
  normalise(raw, _column, ctx) {
    work.start(raw);
    if (typeof raw === "string" && YEAR_MONTH.test(work.text)) return work.result();
    const p = parseYearMonth(typeof raw === "number" ? serial1900(raw, ctx) : work.text);
    if (p.ok && p.via !== "as-is") work.change(p.value, p.via === "serial" ? "fix/date-serial" : "fix/date-format");
    return work.result();
  },
  check(cell, ctx) {
    let value = cell.value;
    if (!YEAR_MONTH.test(value)) {
      const p = parseYearMonth(typeof cell.raw === "number" ? serial1900(cell.raw, ctx) : value);
      if (!p.ok) return reportCell(cell, ctx, FAILURE_CODES[p.reason]);
      value = p.value;
    }
    const thisMonth = ctx.today.slice(0, 6);
    if (value > thisMonth) reportCell(cell, ctx, "cell/month-future", { today: thisMonth });
    else if (value < "190001") reportCell(cell, ctx, "cell/month-too-early");
  },
  cellOnly: true,
};
