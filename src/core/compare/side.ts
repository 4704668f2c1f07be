import type { WorkbookCheck } from "../engine/check-workbook";
import { parseGrade } from "../grade";
import { issueText } from "../messages";
import type { Profile } from "../profiles/schema";
import type { CompareSide, RosterRow, Side, SideColumns } from "./types";
import type { UnreadableFile } from "../audit/types";

const NO_COLUMNS: SideColumns = {
  idNumber: false,
  name: false,
  sex: false,
  birthDate: false,
  registerNumber: false,
  grade: false,
  className: false,
  schoolCode: false,
};

/**
 * One side of the comparison from its engine check (made with `students` and the roster pool): every data
 * row of every template sheet, kept and rejected alike — a row with a wrong phone number is still a child
 * on the list. A file in which no sheet is a template or a roster is returned as unreadable, with the
 * engine's own words and the headers a roster needs.
 */
export function compareSideOf(side: Side, path: string, check: WorkbookCheck, profile: Profile): CompareSide | UnreadableFile {
  const columns: SideColumns = { ...NO_COLUMNS };
  const sheets: CompareSide["sheets"] = [];
  const rows: RosterRow[] = [];
  for (const r of check.results) {
    if (!r.template || !r.layout) continue;
    if (!r.students) throw new Error("compareSideOf: the check was made without CheckOptions.students");
    for (const c of r.layout.columns) if (c.key in columns) columns[c.key as keyof SideColumns] = true;
    sheets.push({ sheet: r.sheet, template: r.template.name, rows: r.dataRows, errors: r.counts.errors, warnings: r.counts.warnings });
    for (const s of r.students) {
      rows.push({
        side,
        file: path,
        sheet: r.sheet,
        row: s.row,
        school: s.schoolCode,
        name: s.name,
        sex: s.sex,
        birthDate: s.birthDate,
        idNumber: s.idNumber,
        registerNumber: s.registerNumber,
        grade: s.grade,
        className: s.className,
        gradeInfo: s.grade === "" ? null : parseGrade(s.grade, profile.schoolSystem),
      });
    }
  }
  if (sheets.length === 0) {
    const why = check.results.flatMap((r) => r.issues.filter((i) => i.severity === "error")).map((i) => issueText(i));
    const need = "核对名单至少要有「姓名」和「身份证件号」两列，或「姓名」「性别」「出生日期」三列";
    return { path, reason: "not-a-template", detail: [...why, need].join("；") };
  }
  return { side, path, sheets, columns, rows };
}

export function isUnreadableSide(s: CompareSide | UnreadableFile): s is UnreadableFile {
  return "reason" in s;
}
