import type { FieldKindHandler } from "../rules/types";
import { isEmail, isInteger, isNumber, isSchoolCode, isUrl } from "../validators/simple-formats";
import { CellWork, checkMaxLength, reportCell } from "./common";

/** Kinds that are one pattern each. */

const work = new CellWork();
const clean: FieldKindHandler["normalise"] = (raw) => work.start(raw).result();

function patternField(test: (s: string) => boolean, code: string, withLength = false): FieldKindHandler {
  return {
    normalise: clean,
    check(cell, ctx) {
      if (!test(cell.value)) reportCell(cell, ctx, code);
      if (withLength) checkMaxLength(cell, ctx);
    },
    cellOnly: true,
  };
}

export const schoolCodeField = patternField(isSchoolCode, "cell/school-code");
export const emailField = patternField(isEmail, "cell/email", true);
export const urlField = patternField(isUrl, "cell/url", true);

const TRAILING_ZEROS = /^(\d+)\.0+$/;
const UNIT = /^(\d+(?:\.\d+)?)\s*(?:公里|千米|km|KM|Km)$/;

/** A whole number: "3.0" → "3". */
export const integerField: FieldKindHandler = {
  normalise(raw) {
    work.start(raw);
    const m = TRAILING_ZEROS.exec(work.text);
    if (m) work.change(m[1], "fix/number-format");
    return work.result();
  },
  check(cell, ctx) {
    if (!isInteger(cell.value)) reportCell(cell, ctx, "cell/not-integer");
  },
  cellOnly: true,
};

/** A decimal number (上下学距离 in 公里): "2.5公里" → "2.5". */
export const numberField: FieldKindHandler = {
  normalise(raw) {
    work.start(raw);
    const m = UNIT.exec(work.text);
    if (m) work.change(m[1], "fix/number-unit");
    return work.result();
  },
  check(cell, ctx) {
    if (!isNumber(cell.value)) reportCell(cell, ctx, "cell/not-number");
  },
  cellOnly: true,
};
