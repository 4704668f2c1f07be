import type { FieldKindHandler } from "../rules/types";
import { CellWork, checkMaxLength } from "./common";

const work = new CellWork();

/** Free text: cleaned (invisible characters, full-width forms), length-checked against the template. */
export const textField: FieldKindHandler = {
  normalise: (raw) => work.start(raw).result(),
  check: checkMaxLength,
  cellOnly: true,
};
