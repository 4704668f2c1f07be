import { issueText, type CheckResult, type Issue } from "../core";

/** One checked sheet in the machine-readable report (`xueji check --json`). */
export interface JsonFileReport {
  path: string;
  sheet: string;
  template: string | null;
  profile: string;
  headerRow: number | null;
  dataRows: number;
  issues: JsonIssue[];
  classes: { grade: string; class: string; count: number; cap: number | null; status: string }[];
  /** checks this sheet's layout did not allow, and the columns they lack */
  unchecked: { check: string; missing: string[] }[];
  /** the upload-ready file (the source, edited) and the report; shared by the sheets of one file */
  cleaned: { path: string; report: string; rows: number; rejected: number } | null;
}

export interface JsonIssue {
  code: string;
  severity: Issue["severity"];
  row: number | null;
  /** the header as written in the file */
  column: string | null;
  /** e.g. "G5" */
  cell: string | null;
  value: string | null;
  message: string;
  fix: string | null;
}

/** A file that could not be read: the reason instead of results. */
export interface JsonReadFailure {
  path: string;
  error: string;
}

export function jsonIssue(issue: Issue): JsonIssue {
  return {
    code: issue.code,
    severity: issue.severity,
    row: issue.row ?? null,
    column: issue.header ?? null,
    cell: issue.column && issue.row !== undefined ? `${issue.column}${issue.row}` : null,
    value: issue.value ?? null,
    message: issueText(issue, "zh"),
    fix: issue.fix ?? null,
  };
}

export function jsonFileReport(path: string, result: CheckResult, outputs: { upload: string; report: string } | null): JsonFileReport {
  return {
    path,
    sheet: result.sheet,
    template: result.template?.id ?? null,
    profile: result.profile.id,
    headerRow: result.layout?.headerRow ?? null,
    dataRows: result.dataRows,
    issues: result.issues.map(jsonIssue),
    classes: result.classes.map((c) => ({
      grade: c.grade,
      class: c.className,
      count: c.count,
      cap: c.cap,
      status: c.status,
    })),
    unchecked: result.unchecked.map((u) => ({ check: u.check, missing: [...u.missing] })),
    cleaned:
      outputs && result.template
        ? { path: outputs.upload, report: outputs.report, rows: result.cleaned.sourceRows.length, rejected: result.rejected.length }
        : null,
  };
}
