import type { Severity } from "../model/issue";

/**
 * One catalogue entry per issue code. Templates use {name} placeholders filled from the issue:
 * {value} {fix} {header} {column} {row} and any params. The zh text says what is wrong and what to do.
 */
export interface CatalogueEntry {
  severity: Severity;
  /** the document the rule enforces, as a registrar names it (see documents.ts): "GB 11643-1999《公民身份号码》" … */
  source: string;
  zh: string;
  en: string;
}

export type Catalogue = Record<string, CatalogueEntry>;
