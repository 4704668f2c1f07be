import { DUPLICATE_CODES } from "./messages";
import type { AuditClass, AuditFile, AuditIssue, SchoolSummary } from "./types";

const DUPLICATE_CODE_LIST: readonly string[] = Object.values(DUPLICATE_CODES);

/**
 * One line per school: its files' rows, errors and warnings (the engine's counts plus what the audit
 * found across files), its classes, and whether its files can be uploaded as they are.
 */
export function summariseSchools(
  files: readonly AuditFile[],
  auditIssues: readonly AuditIssue[],
  classes: readonly AuditClass[],
): SchoolSummary[] {
  const bySchool = new Map<string, SchoolSummary>();
  const get = (school: string, schoolFrom: SchoolSummary["schoolFrom"] = "schoolCode") => {
    let s = bySchool.get(school);
    if (!s) {
      s = {
        school,
        schoolFrom,
        files: [],
        templates: [],
        rows: 0,
        errors: 0,
        warnings: 0,
        crossDuplicateRows: 0,
        classesOverCap: 0,
        largeClasses: 0,
        superLargeClasses: 0,
        ready: false,
      };
      bySchool.set(school, s);
    }
    return s;
  };
  for (const f of files) {
    const s = get(f.school, f.schoolFrom);
    s.files.push(f.path);
    for (const sheet of f.sheets) {
      if (!s.templates.includes(sheet.template.name)) s.templates.push(sheet.template.name);
      s.rows += sheet.dataRows;
      s.errors += sheet.counts.errors;
      s.warnings += sheet.counts.warnings;
    }
  }
  for (const i of auditIssues) {
    const s = get(i.school);
    if (i.severity === "error") s.errors++;
    else if (i.severity === "warning") s.warnings++;
    if (DUPLICATE_CODE_LIST.includes(i.code)) s.crossDuplicateRows++;
  }
  for (const c of classes) {
    const s = get(c.school);
    if (c.status === "over-cap") s.classesOverCap++;
    if (c.band === "large") s.largeClasses++;
    if (c.band === "super-large") s.superLargeClasses++;
  }
  const out = [...bySchool.values()];
  for (const s of out) s.ready = s.errors === 0;
  return out.sort(worstFirst);
}

/** Schools that cannot upload first, then by how much there is to fix. */
function worstFirst(a: SchoolSummary, b: SchoolSummary): number {
  return (
    Number(a.ready) - Number(b.ready) ||
    b.errors - a.errors ||
    b.crossDuplicateRows - a.crossDuplicateRows ||
    b.classesOverCap - a.classesOverCap ||
    b.warnings - a.warnings ||
    a.school.localeCompare(b.school, "zh")
  );
}
