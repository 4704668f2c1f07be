import type { Issue } from "../model/issue";
import type { ClassBand, ClassSize, Counts, Stage, StudentRef } from "../model/report";

/**
 * A county audit reads dozens of schools' files. Each file is checked on its own by the engine and then
 * reduced to an AuditFile — only what the cross-file checks and the report need — so the audit can
 * forget a file's cleaned rows before it reads the next one.
 */

/** One template sheet of a school's file, reduced. */
export interface AuditSheet {
  sheet: string;
  template: { id: string; name: string };
  dataRows: number;
  counts: Counts;
  issues: Issue[];
  classes: ClassSize[];
  /** the engine's identifying fields of every data row, cleaned and rejected alike */
  rows: StudentRef[];
}

export interface AuditFile {
  /** path (CLI) or relative path (browser folder) as the user gave it */
  path: string;
  /** 学校标识码 when the file has one, else a name taken from the file or sheet name */
  school: string;
  /** where `school` came from */
  schoolFrom: "schoolCode" | "fileName" | "sheetName";
  sheets: AuditSheet[];
}

/** Why a file could not take part in the audit. */
export type UnreadableReason = "unreadable" | "encrypted" | "not-a-template" | "unsupported";

export interface UnreadableFile {
  path: string;
  reason: UnreadableReason;
  /** the reader's or the engine's own words, in Chinese */
  detail: string;
}

/** One row of one file where a value occurs. */
export interface Occurrence {
  file: string;
  sheet: string;
  row: number;
  school: string;
  grade: string;
  className: string;
  name: string;
}

/**
 * The numbers that must each belong to one student across a county too: 身份证件号, 学籍号 (个人标识码), the
 * province's 学籍辅号, 毕业证书编号 (issued by the county) and 学籍接续标识 — the catalogue's file-unique fields.
 */
export type DuplicateKind = "idNumber" | "registerNumber" | "auxNumber" | "certificateNumber" | "continuationId";

/** One value found on rows of more than one sheet or file. */
export interface CrossDuplicate {
  kind: DuplicateKind;
  value: string;
  /** "cross-school": several schools claim the student; "same-school": one school's files/sheets repeat them */
  scope: "cross-school" | "same-school";
  occurrences: Occurrence[];
}

/** One class of one school, summed over every file and sheet it appears in. */
export interface AuditClass {
  school: string;
  grade: string;
  className: string;
  stage: Stage | null;
  count: number;
  cap: number | null;
  band: ClassBand;
  status: "ok" | "over-cap";
  /** where its students are: more than one entry when a class is split across files or sheets */
  parts: { file: string; sheet: string; count: number }[];
}

export interface SchoolSummary {
  school: string;
  /** how the school was told apart: its 学校标识码, or its files' or sheets' names */
  schoolFrom: AuditFile["schoolFrom"];
  files: string[];
  templates: string[];
  rows: number;
  errors: number;
  warnings: number;
  /** rows of this school that share an ID or register number with a row of another sheet or file */
  crossDuplicateRows: number;
  classesOverCap: number;
  largeClasses: number;
  superLargeClasses: number;
  /** no errors in its files and no cross-file duplicates: its files can be uploaded as they are */
  ready: boolean;
}

/** An engine issue with the file it came from. */
export interface AuditIssue extends Issue {
  file: string;
  school: string;
}

export interface AuditTotals {
  files: number;
  readFiles: number;
  schools: number;
  rows: number;
  errors: number;
  warnings: number;
  crossDuplicates: number;
  classesOverCap: number;
  readySchools: number;
}

export interface AuditReport {
  profile: { id: string; name: string };
  /** schools, worst first */
  schools: SchoolSummary[];
  duplicates: CrossDuplicate[];
  /** every class, largest first within school */
  classes: AuditClass[];
  issues: AuditIssue[];
  unreadable: UnreadableFile[];
  totals: AuditTotals;
}
