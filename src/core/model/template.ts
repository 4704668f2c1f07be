/**
 * A template is data: which columns an import sheet has, how each is recognised by its header,
 * what kind of value it holds and when it is required. Detection is by header text, never position.
 */

/** What a column holds; decides the normaliser and the cell checks. */
export type ValueKind =
  | "text" // free text, trimmed
  | "name" // a person's name: Chinese characters and the middle dot
  | "date" // YYYYMMDD
  | "yearMonth" // YYYYMM
  | "code" // one value of a code list (codeList names it)
  | "idNumber" // 身份证件号 — checked as a resident ID when the row's ID type says so
  | "phone"
  | "postcode" // 6 digits
  | "region" // 12-digit 行政区划代码
  | "flag" // 是 / 否
  | "integer"
  | "number"
  | "registerNumber" // 学籍号 / 个人标识码: G/J/L + 18
  | "schoolCode" // 10-digit 学校标识码
  | "email"
  | "url";

/** A condition on another field of the same row (values are normalised names, e.g. "其他"). */
export interface FieldCondition {
  key: string;
  /** the other field's value is one of these */
  in?: string[];
  /** the other field's value is none of these (an empty value counts as "none of these") */
  notIn?: string[];
  /** the other field is empty (true) / filled (false) */
  empty?: boolean;
}

export interface TemplateColumn {
  /** Stable field key used by rules, e.g. "idNumber", "member1.idNumber". */
  key: string;
  /** The header as the template writes it. */
  header: string;
  /** Other spellings seen in the wild (matched after normalising spaces, brackets and ★/* marks). */
  aliases?: string[];
  /** Machine field code in the optional hidden row under the header, e.g. "KD_F13". */
  kdCode?: string;
  kind: ValueKind;
  /** For kind "code": which code list (see core/codes). */
  codeList?: string;
  /** true = always required; a condition = required when it holds; absent/false = optional. */
  required?: boolean | FieldCondition;
  maxLength?: number;
  /**
   * No two rows may hold the same value: in the whole file (身份证件号, 学籍号, 毕业证书编号 …) or within one
   * class (班内学号: the same grade and 班级). One table rule checks every field marked so.
   */
  unique?: "file" | "class";
  /** How sure we are of this column (TEMPLATES.md legend): verified, partly verified, inferred. */
  confidence?: "V" | "P" | "I";
}

export interface Template {
  id: string;
  /** Chinese name shown to users. */
  name: string;
  description: string;
  /** The document the layout comes from, as a registrar names it (messages/documents.ts). */
  source: string;
  columns: TemplateColumn[];
  /** Keys whose headers must all be present for a sheet to count as this template. */
  identifyBy: string[];
  /** Another way to recognise it: every group needs one of its keys (a graduate list without 毕业结论). */
  alsoIdentifiedBy?: string[][];
  /** What a missing column means on this list (a graduate list without 毕业结论: every row 毕业); said on the header. */
  assumedWhenMissing?: { key: string; value: string }[];
  /** false for lists that are not registers (the new-entrant matching list): no register numbers are generated */
  assignsNumbers?: boolean;
}
