import type { Profile } from "../profiles/schema";
import { auditClasses } from "./class-sizes";
import { crossDuplicates } from "./cross-duplicates";
import { auditMessages, DUPLICATE_CODES } from "./messages";
import { summariseSchools } from "./summary";
import type { AuditClass, AuditFile, AuditIssue, AuditReport, CrossDuplicate, DuplicateKind, UnreadableFile } from "./types";

export const DUPLICATE_KINDS: DuplicateKind[] = ["idNumber", "registerNumber", "auxNumber", "certificateNumber", "continuationId"];

/**
 * One child on the same rows of two schools repeats every number derived from the ID (学籍接续标识, G+ID
 * 学籍号): such a group, on exactly the rows of a group found before it, is that same finding again and is
 * dropped, so each double registration is said once, by its first kind (the ID).
 */
function saidOnce(byKind: CrossDuplicate[][]): CrossDuplicate[] {
  const seen = new Set<string>();
  const out: CrossDuplicate[] = [];
  for (const groups of byKind) {
    for (const d of groups) {
      const places = d.occurrences.map((o) => `${o.file}\u0000${o.sheet}\u0000${o.row}`).join("\u0001");
      if (seen.has(places)) continue;
      seen.add(places);
      out.push(d);
    }
  }
  return out;
}

/** At most this many places are spelled out in one message; the duplicates sheet lists them all. */
const PLACES_IN_MESSAGE = 5;

/**
 * The county audit over every school's checked file: what each file's own check found, plus what only
 * the whole county shows — the same ID or register number in several files or schools, classes split over
 * files, and per-school readiness. Linear in rows: one hash index per compared field.
 */
export function auditCounty(files: readonly AuditFile[], unreadable: readonly UnreadableFile[], profile: Profile): AuditReport {
  const duplicates = saidOnce(DUPLICATE_KINDS.map((kind) => crossDuplicates(files, kind)));
  const classes = auditClasses(files, profile);
  const schoolOf = new Map(files.map((f) => [f.path, f.school] as const));
  const auditIssues = [...duplicateIssues(duplicates, schoolOf), ...splitClassIssues(classes)];
  const schools = summariseSchools(files, auditIssues, classes);

  const issues: AuditIssue[] = [];
  for (const f of files) {
    for (const s of f.sheets) for (const i of s.issues) issues.push({ ...i, file: f.path, school: f.school });
  }
  issues.push(...auditIssues);

  return {
    profile: { id: profile.id, name: profile.name },
    schools,
    duplicates,
    classes,
    issues,
    unreadable: [...unreadable],
    totals: {
      files: files.length + unreadable.length,
      readFiles: files.length,
      schools: schools.length,
      rows: schools.reduce((n, s) => n + s.rows, 0),
      errors: schools.reduce((n, s) => n + s.errors, 0),
      warnings: schools.reduce((n, s) => n + s.warnings, 0),
      crossDuplicates: duplicates.length,
      classesOverCap: classes.filter((c) => c.status === "over-cap").length,
      readySchools: schools.filter((s) => s.ready).length,
    },
  };
}

/** Each occurrence of a cross-file duplicate becomes an issue on its own row, pointing at the others. */
function duplicateIssues(duplicates: readonly CrossDuplicate[], schoolOf: ReadonlyMap<string, string>): AuditIssue[] {
  const out: AuditIssue[] = [];
  for (const d of duplicates) {
    const code = DUPLICATE_CODES[d.kind];
    const listed = d.occurrences.slice(0, PLACES_IN_MESSAGE).map((o) => `${o.school} ${o.file} 第 ${o.row} 行`);
    const places = d.occurrences.length > PLACES_IN_MESSAGE ? `${listed.join("；")} 等` : listed.join("；");
    for (const o of d.occurrences) {
      out.push({
        code,
        severity: auditMessages[code].severity,
        source: auditMessages[code].source,
        sheet: o.sheet,
        row: o.row,
        key: d.kind,
        value: d.value,
        params: { count: d.occurrences.length, places },
        related: d.occurrences.filter((x) => x !== o).map((x) => ({ file: x.file, sheet: x.sheet, row: x.row })),
        file: o.file,
        school: schoolOf.get(o.file) ?? o.school,
      });
    }
  }
  return out;
}

/**
 * A class split over several files or sheets has a size no single file's check saw: report the total
 * when it is over the cap. A class within one sheet was already judged by that sheet's check.
 */
function splitClassIssues(classes: readonly AuditClass[]): AuditIssue[] {
  const code = "audit/class-over-cap";
  const entry = auditMessages[code];
  return classes
    .filter((c) => c.parts.length > 1 && c.status === "over-cap")
    .map((c) => ({
      code,
      severity: entry.severity,
      source: entry.source,
      sheet: c.parts[0].sheet,
      params: { grade: c.grade, className: c.className, parts: c.parts.length, count: c.count, cap: c.cap ?? "" },
      file: c.parts[0].file,
      school: c.school,
    }));
}
