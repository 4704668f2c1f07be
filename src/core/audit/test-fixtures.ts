import type { ClassSize, Counts, StudentRef } from "../model/report";
import type { AuditFile, AuditSheet } from "./types";

/** Hand-built audit inputs for the pure audit's tests (names and IDs synthetic). */
export function counts(errors = 0, warnings = 0): Counts {
  return { errors, warnings, fixes: 0, byCode: {}, byColumn: {}, duplicateIds: 0, classesOverCap: 0 };
}

export function rowOf(row: number, fields: Partial<StudentRef>): StudentRef {
  return {
    row,
    idNumber: "",
    name: "测试学生",
    sex: "",
    birthDate: "",
    registerNumber: "",
    auxNumber: "",
    certificateNumber: "",
    continuationId: "",
    grade: "一年级",
    className: "1班",
    schoolCode: "",
    ...fields,
  };
}

export function classOf(className: string, count: number, cap = 45, grade = "一年级"): ClassSize {
  const band = count >= 66 ? "super-large" : count >= 56 ? "large" : "normal";
  return { grade, className, stage: "primary", count, cap, band, status: count > cap ? "over-cap" : "ok", rows: [] };
}

export function sheetOf(sheet: string, rows: StudentRef[], extra: Partial<AuditSheet> = {}): AuditSheet {
  return {
    sheet,
    template: { id: "national-student", name: "学生信息导入模板" },
    dataRows: rows.length,
    counts: counts(),
    issues: [],
    classes: [],
    rows,
    ...extra,
  };
}

export function fileOf(path: string, school: string, sheets: AuditSheet[]): AuditFile {
  return { path, school, schoolFrom: "schoolCode", sheets };
}
