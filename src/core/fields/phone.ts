import { NOT_PLAIN, PLAIN_VALID, type FieldKindHandler } from "../rules/types";
import { isPlainMobile } from "../normalise/char-class";
import { checkPhone, PHONE_NEEDS_TIDY, tidyPhone } from "../validators/phone";
import { CellWork, reportCell } from "./common";

const work = new CellWork();

/** 联系电话: a mobile or a fixed line with area code; +86 and separators inside a mobile are removed. */
export const phoneField: FieldKindHandler = {
  normalise(raw) {
    // a valid mobile number as typed: nothing to tidy or check
    if (typeof raw === "string" && isPlainMobile(raw)) return work.asIs(raw, true);
    work.start(raw);
    if (PHONE_NEEDS_TIDY.test(work.text)) {
      const t = tidyPhone(work.text);
      work.change(t.value, t.prefix ? "fix/phone-prefix" : "fix/phone-format");
    }
    return work.result();
  },
  check(cell, ctx) {
    const problem = checkPhone(cell.value);
    if (problem) reportCell(cell, ctx, problem === "no-area-code" ? "cell/phone-no-area-code" : "cell/phone-invalid");
  },
  cellOnly: true,
  plain: (raw) => (isPlainMobile(raw) ? PLAIN_VALID : NOT_PLAIN),
};
