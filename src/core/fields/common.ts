import { exportQuirk } from "../normalise/export-quirks";
import { CHANGED_FULLWIDTH, cleanText } from "../normalise/text";
import type { RawCell } from "../model/table";
import type { TemplateColumn } from "../model/template";
import type { CellInput, NormaliseResult, RuleContext } from "../rules/types";

/** Shared pieces of the field handlers: a cell's text, the first clean-up, the one fix a cell reports. */

/** A cell as text. Non-integers are rounded to 15 significant digits, as Excel shows them (0.1+0.2 → 0.3). */
export function rawText(raw: RawCell): string {
  if (typeof raw === "string") return raw;
  if (typeof raw === "number") return Number.isInteger(raw) ? String(raw) : String(Number(raw.toPrecision(15)));
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  return "";
}

/**
 * Work in progress on one cell: the text as found, the text so far, and the fix code that describes the
 * change. A cell reports at most one fix (before → after); a later, more specific step overrides the code.
 */
export class CellWork {
  before = "";
  text = "";
  code: string | null = null;
  settled = false;

  /** Starts on a cell: its text after cleanText and without a text export's quirks ('0123…, NULL). */
  start(raw: RawCell): this {
    this.before = rawText(raw);
    const c = cleanText(this.before);
    this.text = c ? c.value : this.before;
    this.code = c ? (c.changed & CHANGED_FULLWIDTH ? "fix/fullwidth" : "fix/whitespace") : null;
    const q = exportQuirk(this.text);
    if (q) {
      this.text = q.value;
      this.code = q.code;
    }
    this.settled = false;
    return this;
  }

  /** Records a change to the text under a fix code. */
  change(text: string, code: string): void {
    if (text === this.text) return;
    this.text = text;
    this.code = code;
  }

  /** One result object per CellWork, refilled for every clean cell: the engine reads it at once and keeps
   * nothing, and millions of throw-away objects were a fifth of the engine's time (garbage collection). */
  private readonly clean: { value: string; fixes?: undefined; settled: true | undefined } = { value: "", settled: undefined };

  /** A cell a fast path recognised as needing no clean-up: its text as it is, without start(). */
  asIs(text: string, settled = false): NormaliseResult {
    this.clean.value = text;
    this.clean.settled = settled || undefined;
    return this.clean;
  }

  /** Says the value is proven valid already, so the engine need not call check() for it. */
  settle(): void {
    this.settled = true;
  }

  result(): NormaliseResult {
    const value = this.text;
    // a cell of spaces is blank, not fixed; NULL is a value that stands for blank, and goes
    if (this.code === null || value === this.before || (value === "" && this.code !== "fix/null-word")) return this.asIs(value, this.settled);
    return { value, fixes: [{ code: this.code, before: this.before, after: value }], settled: this.settled || undefined };
  }
}

/** Days between the 1904 and the 1900 date systems' day 0. */
const DAYS_1904 = 1462;

/** A date cell's number in the 1900 system, which the date parser reads. */
export function serial1900(n: number, ctx: RuleContext): number {
  return ctx.date1904 ? n + DAYS_1904 : n;
}

const siblings = new Map<string, Map<string, string>>();

/**
 * The same field of the same person: "member1.name" + "idType" → "member1.idType"; "name" → "idType".
 * Memoised: it runs for every name and ID cell, and a string built afresh each time would also have to be
 * hashed afresh by the row's key lookup.
 */
export function siblingKey(key: string, field: string): string {
  let byKey = siblings.get(field);
  if (!byKey) siblings.set(field, (byKey = new Map()));
  let sibling = byKey.get(key);
  if (sibling === undefined) {
    const dot = key.lastIndexOf(".");
    sibling = dot < 0 ? field : key.slice(0, dot + 1) + field;
    byKey.set(key, sibling);
  }
  return sibling;
}

/** Reports a problem with the current cell. */
export function reportCell(
  cell: CellInput,
  ctx: RuleContext,
  code: string,
  params?: Record<string, string | number>,
  fix?: string,
): void {
  ctx.report({ code, row: cell.row.row, key: cell.column.key, value: cell.value, fix, params });
}

/** Whether the text fits the column's maxLength, counted in UTF-16 units: then checkMaxLength, which counts characters, reports nothing. */
export function fitsMaxLength(text: string, column: TemplateColumn): boolean {
  return column.maxLength === undefined || text.length <= column.maxLength;
}

/** cell/too-long when the column has a maxLength (counted in characters, not UTF-16 units). */
export function checkMaxLength(cell: CellInput, ctx: RuleContext): void {
  const max = cell.column.maxLength;
  if (max === undefined || cell.value.length <= max) return;
  const length = [...cell.value].length;
  if (length > max) reportCell(cell, ctx, "cell/too-long", { max, length });
}
