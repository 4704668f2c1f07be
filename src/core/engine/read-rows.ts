import type { Layout } from "../model/report";
import type { RawCell, SheetTable } from "../model/table";
import type { TemplateColumn } from "../model/template";
import { NOT_PLAIN, PLAIN, PLAIN_VALID, type CellInput, type FieldKindHandler, type IssueDraft, type RuleContext } from "../rules/types";
import { ColumnMemo, type CellOutcome } from "./column-memo";
import { internalErrorDraft } from "./internal-error";
import type { IssueSink } from "./issue-sink";
import { DataRow, RowStore } from "./row-view";

/** A template column the sheet has. */
export interface Slot {
  column: TemplateColumn;
  handler: FieldKindHandler;
  /** index into the table's row arrays */
  at: number;
  /** outcomes of this column's distinct cells */
  memo: ColumnMemo;
}

/** Whether the slot's check reads other cells of the row, so it runs once the whole row is read. */
export function checkedAfterRead(slot: Slot | null): boolean {
  return slot !== null && slot.handler.check !== undefined && slot.handler.cellOnly !== true;
}

export function makeSlot(column: TemplateColumn, handler: FieldKindHandler, at: number): Slot {
  return { column, handler, at, memo: new ColumnMemo() };
}

const PROGRESS_EVERY = 2000;

export function isBlank(v: RawCell | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  if (v === "") return true;
  // most cells start with printable ASCII or a CJK character: no need to trim them to know
  const c = v.charCodeAt(0);
  if ((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c < 0xa000)) return false;
  return v.trim() === "";
}

/**
 * Normalise every non-blank data row into the store (blank rows carry nothing and are skipped), run the
 * checks that need only the cell, and hand each finished row to checkRow. Each distinct cell of a column
 * is worked out once (ColumnMemo); its fixes and findings are reported on every row that holds it.
 */
export function readRows(
  table: SheetTable,
  layout: Layout,
  rowOrigin: number,
  slots: readonly (Slot | null)[],
  store: RowStore,
  ctx: RuleContext,
  sink: IssueSink,
  /** told of each row kept, once all its cells are read */
  checker: { check(row: DataRow): void },
  onProgress?: (done: number, total: number) => void,
): DataRow[] {
  const out: DataRow[] = [];
  const first = layout.dataStartRow - 1 - rowOrigin;
  const total = table.rows.length - first;
  const width = slots.length;
  const reader = new CellReader(ctx);
  const at = store.at;
  // per slot, the last two distinct cells met and their outcomes: a column filled down holds the same cell
  // row after row, a 性别 column one of two (the reader hands out one string object per shared string),
  // and comparing is cheaper than hashing
  const lastRaw: unknown[] = slots.map(() => null);
  const lastOut: CellOutcome[] = slots.map(() => BLANK);
  const prevRaw: unknown[] = slots.map(() => NOTHING);
  const prevOut: CellOutcome[] = slots.map(() => BLANK);
  // cells found by that comparison since the column's memo was last asked: repeats the memo counts as use
  const repeats = new Int32Array(width);
  // 1 once a column's memo has closed (names, ID and phone numbers: cells that do not repeat): its cells go
  // straight to the reader, without comparisons that would fail, into one outcome object per column
  const varied = new Uint8Array(width);
  const scratch: CellOutcome[] = slots.map(() => ({ value: "", fixes: undefined, done: false, findings: null, quiet: true }));
  // the settled flag matters only to checks run after the row is read (cell-only checks ran already)
  const flagged = Uint8Array.from(slots, (s) => (checkedAfterRead(s) ? 1 : 0));
  // a varied column's plain cells skip normalise(); PLAIN (check still to do) suffices where no cell-only check would run now
  const plain = slots.map((s) => (s?.handler.plain ? s.handler.plain : null));
  const plainSuffices = Uint8Array.from(slots, (s) => (s !== null && (s.handler.cellOnly !== true || s.handler.check === undefined) ? 1 : 0));
  store.reserve(Math.max(0, total));
  const values = store.values;
  const done = store.settled;
  let next = 0;
  for (let r = first; r < table.rows.length; r++) {
    const cells = table.rows[r] ?? [];
    const base = next;
    const row = new DataRow(r + rowOrigin + 1, store, base, cells);
    let filled = false;
    for (let i = 0; i < width; i++, next++) {
      const a = at[i];
      if (a < 0) {
        values[next] = "";
        continue;
      }
      const raw = cells[a];
      let o: CellOutcome;
      if (varied[i] === 1) {
        if (raw === undefined || isBlank(raw)) {
          values[next] = "";
          continue;
        }
        const verdict = typeof raw === "string" ? (plain[i]?.(raw, slots[i]!.column) ?? NOT_PLAIN) : NOT_PLAIN;
        if (verdict === PLAIN_VALID || (verdict === PLAIN && plainSuffices[i] === 1)) {
          // the cell is its own value: no outcome to make or report
          filled = true;
          values[next] = raw as string;
          if (verdict === PLAIN_VALID && flagged[i] === 1) done[next] = 1;
          continue;
        }
        o = reader.read(raw, slots[i]!, row, scratch[i]);
      } else if (raw === lastRaw[i]) {
        o = lastOut[i];
        repeats[i]++;
      } else {
        if (raw === prevRaw[i]) {
          o = prevOut[i];
          repeats[i]++;
        } else if (raw === undefined || isBlank(raw)) {
          o = BLANK;
        } else {
          const slot = slots[i]!;
          o = outcomeOf(raw, slot, row, reader, repeats[i]);
          repeats[i] = 0;
          if (!slot.memo.open) varied[i] = 1;
        }
        prevRaw[i] = lastRaw[i];
        prevOut[i] = lastOut[i];
        lastRaw[i] = raw;
        lastOut[i] = o;
      }
      if (o === BLANK) {
        values[next] = "";
        continue;
      }
      filled = true;
      values[next] = o.value;
      if (o.done && flagged[i] === 1) done[next] = 1;
      if (!o.quiet) report(o, row.row, slots[i]!.column.key, sink);
    }
    // nothing in the template's columns: a blank row (skipped) unless it has data in other columns
    if (!filled && cells.every(isBlank)) {
      next = base;
      continue;
    }
    out.push(row);
    checker.check(row);
    if (onProgress && (r - first) % PROGRESS_EVERY === 0) onProgress(r - first, total);
  }
  onProgress?.(total, total);
  return out;
}

/** Outcome of a blank cell: nothing stored, nothing reported. */
const BLANK: CellOutcome = { value: "", fixes: undefined, done: true, findings: null, quiet: true };
/** matches no cell (not even undefined), so the next cell of the column is looked up */
const NOTHING = Symbol("no cell");

/** A non-blank cell's outcome: from the column's memo, or worked out (and offered to the memo). */
function outcomeOf(raw: RawCell, slot: Slot, row: DataRow, reader: CellReader, repeats: number): CellOutcome {
  const known = slot.memo.get(raw);
  if (known !== undefined) return known;
  const o = reader.read(raw, slot, row, null);
  slot.memo.set(raw, o, repeats);
  return o;
}

function report(o: CellOutcome, row: number, key: string, sink: IssueSink): void {
  if (o.fixes !== undefined) {
    for (const f of o.fixes) sink.report({ code: f.code, row, key, value: f.before, fix: f.after });
  }
  if (o.findings !== null) {
    for (const d of o.findings) sink.report(d.row === row ? d : { ...d, row });
  }
}

/** Works out one cell: normalise, and check() when it needs nothing but the cell. */
class CellReader {
  /** where the capturing context puts what the current check reports */
  private found: IssueDraft[] | null = null;
  private readonly capture: RuleContext;
  // one CellInput refilled per cell: handlers read it and keep nothing (see FieldKindHandler)
  private readonly cell: { -readonly [K in keyof CellInput]: CellInput[K] };

  constructor(ctx: RuleContext) {
    this.capture = {
      profile: ctx.profile,
      template: ctx.template,
      codeLists: ctx.codeLists,
      today: ctx.today,
      date1904: ctx.date1904,
      report: (d) => (this.found ??= []).push(d),
    };
    this.cell = { raw: null, value: "", column: ctx.template.columns[0], row: null as unknown as DataRow };
  }

  /** `into`: an outcome object to refill instead of making a new one */
  read(raw: RawCell, slot: Slot, row: DataRow, into: CellOutcome | null): CellOutcome {
    this.found = null;
    const { handler, column } = slot;
    let value: string;
    let fixes: CellOutcome["fixes"];
    let settled = false;
    try {
      const n = handler.normalise(raw, column, this.capture);
      value = n.value;
      fixes = n.fixes;
      settled = n.settled === true;
    } catch (err) {
      // a bug of ours must not cost the user the file: keep the cell as found and say so
      value = String(raw);
      this.capture.report(internalErrorDraft(err, row.row, column.key, value));
    }
    // bytes the reader could not decode: the text is not what the school typed, whatever the field
    if (typeof raw === "string" && raw.indexOf("\uFFFD") >= 0) this.capture.report({ code: "cell/undecodable", row: row.row, key: column.key, value: raw });
    const checkNow = handler.cellOnly === true && handler.check !== undefined && !settled && value !== "";
    if (checkNow) {
      const cell = this.cell;
      cell.raw = raw;
      cell.value = value;
      cell.column = column;
      cell.row = row;
      try {
        handler.check!(cell, this.capture);
      } catch (err) {
        this.capture.report(internalErrorDraft(err, row.row, column.key, value));
      }
    }
    const findings = this.found;
    const quiet = fixes === undefined && findings === null;
    if (into === null) return { value, fixes, done: settled || checkNow, findings, quiet };
    into.value = value;
    into.fixes = fixes;
    into.done = settled || checkNow;
    into.findings = findings;
    into.quiet = quiet;
    return into;
  }
}
