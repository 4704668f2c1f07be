import type { Issue } from "./issue";
import type { RawCell } from "./table";

/** Where a template field was found in the sheet. */
export interface ColumnMap {
  key: string;
  /** header text as written in the file */
  header: string;
  /** 0-based sheet column index */
  col: number;
  letter: string;
}

export interface Layout {
  templateId: string;
  /** 1-based sheet row of the header captions */
  headerRow: number;
  /** 1-based sheet row of the KD_Fnn field codes, when present */
  fieldCodeRow?: number;
  /** 1-based sheet row of the first data row */
  dataStartRow: number;
  columns: ColumnMap[];
  /** headers in the file that belong to no template column */
  extraColumns: { col: number; letter: string; header: string }[];
  /** keys of template columns not found in the file */
  missingKeys: string[];
}

export type Stage = "primary" | "junior" | "senior";
export type ClassBand = "normal" | "large" | "super-large";

export interface ClassSize {
  /** grade as written (normalised), e.g. "一年级" or "1" */
  grade: string;
  /** class as written (normalised) */
  className: string;
  school?: string;
  stage: Stage | null;
  /** where the stage came from: the class's 年级, its pupils' 入学年月, or the profile's default stage */
  stageFrom?: "grade" | "entryYearMonth" | "profile";
  /** the sheets the class's pupils are on, when a workbook spreads one class over several */
  sheets?: string[];
  count: number;
  /** the profile's cap for this class, null when the stage is unknown */
  cap: number | null;
  band: ClassBand;
  status: "ok" | "over-cap";
  /** 1-based sheet rows of the class's students */
  rows: number[];
}

export interface GeneratedNumber {
  /** 1-based sheet row */
  row: number;
  /** the field filled: "registerNumber" (学籍号) or "auxNumber" (学籍辅号) */
  key: string;
  value: string;
  /** "national" or the profile pattern's name */
  scheme: string;
}

export interface CleanedTable {
  /** template headers, in the template's column order */
  headers: string[];
  keys: string[];
  /**
   * every cell as text (IDs, dates and codes must be written as text cells), row after row, keys.length
   * cells to a row: one array for the sheet rather than one per row (see cleanedRow)
   */
  cells: string[];
  /** 1-based sheet row each cleaned row came from; its length is the number of cleaned rows */
  sourceRows: number[];
}

/** Cleaned row i, in template column order (a copy). */
export function cleanedRow(table: CleanedTable, i: number): string[] {
  const width = table.keys.length;
  return table.cells.slice(i * width, (i + 1) * width);
}

/** All cleaned rows as arrays (copies), for writers and tests. */
export function cleanedRows(table: CleanedTable): string[][] {
  return table.sourceRows.map((_, i) => cleanedRow(table, i));
}

export interface RejectedRow {
  sourceRow: number;
  /** the row as found, in sheet column order */
  cells: RawCell[];
  /** issue codes of the errors that kept it out */
  codes: string[];
}

export interface Counts {
  errors: number;
  warnings: number;
  fixes: number;
  byCode: Record<string, number>;
  /** by header text as in the file */
  byColumn: Record<string, number>;
  duplicateIds: number;
  classesOverCap: number;
}

/** The identifying fields of one data row, normalised: what cross-file audits need without the whole row. */
export interface StudentRef {
  /** 1-based sheet row */
  row: number;
  idNumber: string;
  name: string;
  /** 男 / 女 as normalised, "" when the sheet has no 性别 */
  sex: string;
  birthDate: string;
  registerNumber: string;
  auxNumber: string;
  certificateNumber: string;
  continuationId: string;
  schoolCode: string;
  grade: string;
  className: string;
}

/** A check this sheet's layout does not allow, and the columns it lacks (their usual headers). */
export interface UncheckedRule {
  check: string;
  missing: string[];
}

/** The engine's answer for one sheet. */
export interface CheckResult {
  sheet: string;
  source?: string;
  template: { id: string; name: string } | null;
  profile: { id: string; name: string };
  layout: Layout | null;
  /** number of non-blank data rows */
  dataRows: number;
  issues: Issue[];
  counts: Counts;
  /** every data row's identifying fields, in sheet order; only when the check was asked for them (CheckOptions.students) */
  students?: StudentRef[];
  classes: ClassSize[];
  numbers: GeneratedNumber[];
  cleaned: CleanedTable;
  rejected: RejectedRow[];
  /** checks the layout did not allow (no 年级, no 班级 …): said once per sheet, never silently skipped */
  unchecked: UncheckedRule[];
}
