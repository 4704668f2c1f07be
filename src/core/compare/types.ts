import type { GradeInfo } from "../grade";
import type { UnreadableFile } from "../audit/types";

/**
 * Comparing two rosters (人籍核对): last term's register export and this term's, or the register and a
 * class teacher's list. Each side is checked by the engine as `xueji check` would, then reduced to who is
 * on it; the two are joined by hash on 身份证件号, then on 姓名+性别+出生日期, never two rows to one.
 */

export type Side = "before" | "after";

/** One student row of one side, its values as the engine normalised them. */
export interface RosterRow {
  side: Side;
  file: string;
  sheet: string;
  /** 1-based sheet row */
  row: number;
  /** 学校标识码 of the row, or "" when the sheet has none */
  school: string;
  name: string;
  /** 男 / 女 as written (normalised); "" when the sheet has no 性别 or the cell is empty */
  sex: string;
  birthDate: string;
  idNumber: string;
  registerNumber: string;
  /** 年级 as written (normalised) */
  grade: string;
  className: string;
  /** the grade as a number 1–12 with its stage under the profile's school system; null when 年级 is empty or unreadable */
  gradeInfo: GradeInfo | null;
}

/** Which columns a side has: a change or a flag is only reported about a field both sides could carry. */
export interface SideColumns {
  idNumber: boolean;
  name: boolean;
  sex: boolean;
  birthDate: boolean;
  registerNumber: boolean;
  grade: boolean;
  className: boolean;
  schoolCode: boolean;
}

/** One sheet of a side, for the summary. */
export interface SideSheet {
  sheet: string;
  template: string;
  rows: number;
  errors: number;
  warnings: number;
}

export interface CompareSide {
  side: Side;
  /** the path as the user gave it */
  path: string;
  sheets: SideSheet[];
  columns: SideColumns;
  rows: RosterRow[];
}

/** How a pair was found: the same 身份证件号, or (an ID missing or different) the same 姓名+性别+出生日期. */
export type MatchMethod = "idNumber" | "nameSexBirth";

export interface MatchedPair {
  before: RosterRow;
  after: RosterRow;
  method: MatchMethod;
}

/**
 * Why a row found no partner, beyond "not on the other list": its ID appears more than once on its own
 * side (one of them was paired, in sheet order), or several rows on either side share its 姓名+性别+出生日期
 * so no pairing would be safe, or it has neither an ID nor all of 姓名, 性别, 出生日期 to be matched by.
 */
export type UnmatchedNote = "duplicate-id" | "ambiguous-name" | "no-key";

export interface UnmatchedRow {
  row: RosterRow;
  note?: UnmatchedNote;
  /** how many rows share the key, for the notes that have one */
  count?: number;
}

/** 只在前表: gone from the later list — left, moved or dropped out (控辍保学 follow-ups). */
export interface LeaverRow extends UnmatchedRow {
  /** in a grade of compulsory education (1–9): these are followed up first */
  compulsory: boolean;
  /** in the last grade of its stage and the lists a school year apart: most likely graduated */
  finalGrade: boolean;
  /** compulsory, not graduating, and not possibly on the later list under a shared name or ID: find out where the child is */
  followUp: boolean;
}

/** 只在后表: new, or transferred in. */
export interface ArrivalRow extends UnmatchedRow {
  /** above its stage's entry grade with no 学籍号: a transfer whose register did not come along */
  transferWithoutRegister: boolean;
}

/** The key fields that change only on a written request (关键数据变更). */
export type KeyField = "name" | "sex" | "birthDate" | "idNumber" | "registerNumber";

export interface KeyFieldChange {
  pair: MatchedPair;
  field: KeyField;
  before: string;
  after: string;
}

/** A grade change that is not the expected one, or a class move. */
export interface GradeChange {
  pair: MatchedPair;
  /** held-back: fewer grades than expected (留级/降级); skipped: more (跳级); class-move: same grade step, another class */
  kind: "held-back" | "skipped" | "class-move";
  /** grades moved: after − before */
  step: number;
  expected: number;
  compulsory: boolean;
}

/** How far apart the two lists are in school years, and how that was decided. */
export interface Span {
  /** 0: within one school year; 1: across one; null: no matched pair has readable grades on both sides */
  years: 0 | 1 | null;
  from: "given" | "inferred" | "none";
  /** the matched pairs whose grades moved 0 and +1, on which the inference was made */
  sameGrade: number;
  nextGrade: number;
}

/** Students per school, grade and class on each side. */
export interface CountRow {
  school: string;
  /** the grade as one label for both sides (一年级 and 1 are one grade), or as written when unreadable */
  grade: string;
  gradeNo: number | null;
  className: string;
  before: number;
  after: number;
}

export interface CompareTotals {
  beforeRows: number;
  afterRows: number;
  matched: number;
  matchedById: number;
  matchedByName: number;
  onlyBefore: number;
  /** of those, the 控辍保学 follow-ups (LeaverRow.followUp) */
  followUps: number;
  onlyAfter: number;
  transfersWithoutRegister: number;
  keyFieldChanges: number;
  /** students with at least one key-field change */
  studentsWithKeyChanges: number;
  gradeAnomalies: number;
  classMoves: number;
}

export interface CompareReport {
  profile: { id: string; name: string };
  before: Omit<CompareSide, "rows">;
  after: Omit<CompareSide, "rows">;
  span: Span;
  onlyBefore: LeaverRow[];
  onlyAfter: ArrivalRow[];
  keyFieldChanges: KeyFieldChange[];
  gradeChanges: GradeChange[];
  /** per school, per school and grade, per class */
  counts: { schools: CountRow[]; grades: CountRow[]; classes: CountRow[] };
  totals: CompareTotals;
}

export type CompareInput = CompareSide | UnreadableFile;
