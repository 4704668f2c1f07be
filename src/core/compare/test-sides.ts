import { checkWorkbook } from "../engine/check-workbook";
import type { RawCell } from "../model/table";
import { getProfile } from "../profiles";
import { rosterPool } from "../templates";
import { compareSideOf, isUnreadableSide } from "./side";
import type { CompareSide, RosterRow, Side } from "./types";

/** Sides for the comparison's tests, read from sheet rows by the engine as the doors read them. */
export const profile = getProfile("national")!;
export const TODAY = "20261015";

export function sideOf(side: Side, rows: RawCell[][], path = side === "before" ? "上学期.xlsx" : "本学期.xlsx"): CompareSide {
  const check = checkWorkbook([{ sheet: "学生信息", rows }], { profile, today: TODAY, students: true, templates: rosterPool });
  const s = compareSideOf(side, path, check, profile);
  if (isUnreadableSide(s)) throw new Error(`test side unreadable: ${s.detail}`);
  return s;
}

/** A hand-made row, for the matcher's own tests. */
export function rowOf(side: Side, row: number, fields: Partial<RosterRow>): RosterRow {
  return {
    side,
    file: side === "before" ? "前.xlsx" : "后.xlsx",
    sheet: "S",
    row,
    school: "",
    name: "",
    sex: "",
    birthDate: "",
    idNumber: "",
    registerNumber: "",
    grade: "",
    className: "",
    gradeInfo: null,
    ...fields,
  };
}
