import { NOT_PLAIN, PLAIN, PLAIN_VALID, type FieldKindHandler } from "../rules/types";
import { mayBeQuirk } from "../normalise/export-quirks";
import { needsCleaning } from "../normalise/text";
import { CellWork, checkMaxLength, fitsMaxLength } from "./common";

const work = new CellWork();

/** Free text: cleaned (invisible characters, full-width forms), length-checked against the template. */
export const textField: FieldKindHandler = {
  normalise: (raw) => work.start(raw).result(),
  check: checkMaxLength,
  cellOnly: true,
  plain: (raw, column) => (needsCleaning(raw) || mayBeQuirk(raw) ? NOT_PLAIN : fitsMaxLength(raw, column) ? PLAIN_VALID : PLAIN),
};
