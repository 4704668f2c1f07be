/** A code table (GB/T 3304 民族, 身份证件类型 …). Templates are filled in by *name*; codes and old spellings are mapped. */
export interface CodeEntry {
  /** the standard's code, e.g. "01" */
  code: string;
  /** the name the import template expects, e.g. "汉族" */
  name: string;
  /** other spellings that mean the same (old names, short forms), normalised to `name` with a fix */
  aliases?: string[];
}

export interface CodeList {
  id: string;
  /** Chinese name of the list, e.g. "民族" */
  name: string;
  /** the standard or document it comes from */
  standard: string;
  entries: CodeEntry[];
}

/** How an input matched a code list. */
export interface CodeMatch {
  entry: CodeEntry;
  /** "name": exactly the expected name; otherwise it needs a fix to become `entry.name` */
  via: "name" | "alias" | "code" | "code-name";
}
