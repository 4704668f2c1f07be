import type { FieldKindHandler } from "../rules/types";
import { checkPostcode } from "../validators/postcode";
import { CellWork, reportCell } from "./common";

const work = new CellWork();

/** 邮政编码: 6 digits. A 5-digit *number* is a postcode whose leading 0 Excel dropped: restored as a fix. */
export const postcodeField: FieldKindHandler = {
  normalise(raw) {
    work.start(raw);
    if (typeof raw === "number" && raw >= 1000 && raw <= 99999 && Number.isInteger(raw)) {
      work.change("0" + work.text, "fix/postcode-zero");
    }
    return work.result();
  },
  check(cell, ctx) {
    const problem = checkPostcode(cell.value);
    if (problem === "lost-zero") reportCell(cell, ctx, "cell/postcode-lost-zero", undefined, "0" + cell.value);
    else if (problem) reportCell(cell, ctx, "cell/postcode-format");
  },
  cellOnly: true,
};
