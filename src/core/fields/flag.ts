import type { FieldKindHandler } from "../rules/types";
import { codeListHandler } from "./code";

const listHandler = codeListHandler(() => "flag");
const YES = { value: "是", fixes: [{ code: "fix/code-name", before: "TRUE", after: "是" }], settled: true };
const NO = { value: "否", fixes: [{ code: "fix/code-name", before: "FALSE", after: "否" }], settled: true };

/** 是 / 否 (TEMPLATES.md §2.12): Y/N, 1/0 and the like through the "flag" code list; Excel TRUE/FALSE cells too. */
export const flagField: FieldKindHandler = {
  normalise: (raw, column, ctx) => (raw === true ? YES : raw === false ? NO : listHandler.normalise(raw, column, ctx)),
  check: listHandler.check,
  cellOnly: true,
};
