import type { WorkbookCheck } from "../engine/check-workbook";
import { issueText } from "../messages";
import { schoolOfFile } from "./school";
import type { AuditFile, AuditSheet, UnreadableFile } from "./types";

/**
 * Reduce one file's engine check to what the audit keeps. A file in which no sheet is an import
 * template cannot be audited: it is returned as unreadable with the engine's own reason.
 */
export function auditFileOf(path: string, check: WorkbookCheck): AuditFile | UnreadableFile {
  const sheets: AuditSheet[] = [];
  for (const r of check.results) {
    if (!r.template) continue;
    // the cross-file comparison needs them: a check made without them would find no duplicates, silently
    if (!r.students) throw new Error("auditFileOf: the check was made without CheckOptions.students");
    sheets.push({
      sheet: r.sheet,
      template: r.template,
      dataRows: r.dataRows,
      counts: r.counts,
      issues: r.issues,
      classes: r.classes,
      rows: r.students,
    });
  }
  if (sheets.length === 0) {
    const why = check.results.flatMap((r) => r.issues.filter((i) => i.severity === "error")).map((i) => issueText(i));
    return { path, reason: "not-a-template", detail: why.join("；") || "没有可识别的学籍导入模板工作表" };
  }
  const { school, from } = schoolOfFile(path, sheets);
  return { path, school, schoolFrom: from, sheets };
}

export function isUnreadable(f: AuditFile | UnreadableFile): f is UnreadableFile {
  return "reason" in f;
}
