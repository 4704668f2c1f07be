import type { FieldKindHandler } from "../rules/types";
import { checkRegionCode, padCountyCode } from "../validators/region-code";
import { CellWork, reportCell } from "./common";

const work = new CellWork();
const SPACES = /\s/g;

/** 12-digit 行政区划代码 (出生地, 户口所在地; TEMPLATES.md §3). A 6-digit county code gets "000000" appended. */
export const regionField: FieldKindHandler = {
  normalise(raw) {
    work.start(raw);
    if (work.text.includes(" ")) work.change(work.text.replace(SPACES, ""), "fix/whitespace");
    const padded = padCountyCode(work.text);
    if (padded) work.change(padded, "fix/region-suffix");
    return work.result();
  },
  check(cell, ctx) {
    const problem = checkRegionCode(cell.value);
    if (problem === "unknown") reportCell(cell, ctx, "cell/region-unknown", { region: cell.value.slice(0, 6) });
    else if (problem) reportCell(cell, ctx, "cell/region-format", { length: cell.value.length });
  },
  cellOnly: true,
};
