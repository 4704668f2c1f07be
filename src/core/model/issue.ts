/**
 * Every problem the engine finds is plain, serialisable data. The message a user reads is rendered
 * from `code` + `params` by the catalogue in core/messages — the engine never builds message text.
 */
export type Severity = "error" | "warning" | "fix";

export interface Place {
  sheet?: string;
  /** 1-based sheet row as Excel shows it. */
  row: number;
  file?: string;
}

export interface Issue {
  /** Namespaced code, e.g. "id/checksum", "cell/required", "table/duplicate-id"; see messages/catalogue. */
  code: string;
  severity: Severity;
  sheet: string;
  /** 1-based sheet row as Excel shows it (absent for sheet-level issues). */
  row?: number;
  /** 0-based sheet column index. */
  col?: number;
  /** Column letter as Excel shows it, e.g. "G". */
  column?: string;
  /** The column's header as written in the file. */
  header?: string;
  /** Template field key. */
  key?: string;
  /** The cell's value as text, as found. */
  value?: string;
  /** The corrected value, when the engine knows it (severity "fix", or a suggestion). */
  fix?: string;
  /** Values for the message template. */
  params?: Record<string, string | number>;
  /** Other places the same thing occurs (duplicates). */
  related?: Place[];
  /** What the rule enforces: a regulation article (RULES.md) or a standard (GB 11643-1999 …). */
  source: string;
}
