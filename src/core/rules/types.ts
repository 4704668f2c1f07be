import type { CodeList, CodeMatch } from "../model/code-list";
import type { Place, Severity } from "../model/issue";
import type { RawCell } from "../model/table";
import type { Template, TemplateColumn } from "../model/template";
import type { Profile } from "../profiles/schema";

/**
 * The contracts between the engine and its rules. A rule never builds message text and never knows
 * sheet coordinates: it names a field key and a row, and the engine fills in sheet, column letter and
 * header, and the catalogue supplies severity, source and the words.
 */

/** One data row, after normalisation. */
export interface RowView {
  /** 1-based sheet row as Excel shows it */
  readonly row: number;
  /** normalised value of a field; "" when empty or when the sheet has no such column */
  get(key: string): string;
  /** the cell as read (before normalisation); undefined when the sheet has no such column */
  raw(key: string): RawCell | undefined;
  /** whether the sheet has this column */
  has(key: string): boolean;
}

/** What a rule reports. `code` must exist in the message catalogue (core/messages). */
export interface IssueDraft {
  code: string;
  /** 1-based sheet row; omitted for sheet-level issues */
  row?: number;
  /** template field key; the engine turns it into column letter + header */
  key?: string;
  value?: string;
  fix?: string;
  params?: Record<string, string | number>;
  related?: Place[];
  /** only when a rule must override the catalogue's default severity */
  severity?: Severity;
}

export interface CodeLists {
  get(id: string): CodeList | undefined;
  /** match a (already trimmed, half-width) input against a list, applying the profile's additions */
  match(id: string, input: string): CodeMatch | null;
}

export interface RuleContext {
  readonly profile: Profile;
  readonly template: Template;
  readonly codeLists: CodeLists;
  /** "today" for future-date and age checks, as YYYYMMDD (fixed in tests) */
  readonly today: string;
  /** the workbook counts dates from 1904 (old Mac Excel): its date numbers are 1462 days short of the 1900 system's */
  readonly date1904?: boolean;
  report(issue: IssueDraft): void;
}

export interface NormaliseResult {
  /** the value as the template wants it ("" for empty) */
  value: string;
  /** each change made, reported to the user as a fix with before/after */
  fixes?: Array<{ code: string; before: string; after: string }>;
  /** normalise() already proved the value valid (e.g. it matched its code list): check() is skipped */
  settled?: boolean;
}

export interface CellInput {
  raw: RawCell;
  /** normalised value */
  value: string;
  column: TemplateColumn;
  row: RowView;
}

/**
 * How one kind of value (see ValueKind) is normalised and checked. The engine reads a NormaliseResult and
 * a CellInput at once and keeps neither, so both may be reused objects: handlers must not hold on to them.
 */
export interface FieldKindHandler {
  normalise(raw: RawCell, column: TemplateColumn, ctx: RuleContext): NormaliseResult;
  /** called for non-empty values only, after every cell of the row is normalised */
  check?(cell: CellInput, ctx: RuleContext): void;
  /**
   * check() reads only the cell (raw, value, column) and the context, never `cell.row` beyond its row
   * number: the engine then checks each distinct cell of a column once and repeats the findings for
   * every row holding the same cell (a 民族 column has a handful of values in 50,000 rows).
   */
  cellOnly?: true;
  /**
   * A fast path for the commonest cells, asked before normalise() in columns whose cells seldom repeat
   * (names, ID and phone numbers, addresses), where the general path is most of the engine's time.
   * PLAIN: normalise() would return the string as it is, with no fix; PLAIN_VALID: and check() would find
   * nothing in it, whatever the rest of the row; NOT_PLAIN: ask normalise(). Must only say what is certain.
   */
  plain?(raw: string, column: TemplateColumn): PlainVerdict;
}

export const NOT_PLAIN = 0;
export const PLAIN = 1;
export const PLAIN_VALID = 2;
export type PlainVerdict = typeof NOT_PLAIN | typeof PLAIN | typeof PLAIN_VALID;

/** A rule about one row across fields (required-when, 随班就读 vs 残疾类型, entry age …). */
export interface RowRule {
  id: string;
  /**
   * Whether the rule can find anything on a sheet with these columns (asked once per sheet): a rule about
   * fields the sheet lacks is not run on each of its rows. Absent: always run.
   */
  appliesTo?(has: (key: string) => boolean, template: Template): boolean;
  check(row: RowView, ctx: RuleContext): void;
}

/** A rule about the whole sheet (duplicates, class sizes …). Must be linear in rows. */
export interface TableRule {
  id: string;
  check(rows: readonly RowView[], ctx: RuleContext): void;
}
