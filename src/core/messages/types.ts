import type { Severity } from "../model/issue";

/**
 * One catalogue entry per issue code. Templates use {name} placeholders filled from the issue:
 * {value} {fix} {header} {column} {row} and any params. The zh text says what is wrong and what to do.
 */
export interface CatalogueEntry {
  severity: Severity;
  /** what the rule enforces: "GB 11643-1999", "RULES.md §3 (001 第六条)", "TEMPLATES.md §1.1" … */
  source: string;
  zh: string;
  en: string;
}

export type Catalogue = Record<string, CatalogueEntry>;
