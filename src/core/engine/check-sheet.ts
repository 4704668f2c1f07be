import { classSizes } from "../classes/class-sizes";
import { createCodeLists } from "../codes";
import { fieldKinds } from "../fields";
import { detectLayout } from "../layout/detect";
import type { CheckResult, Layout, StudentRef } from "../model/report";
import type { RawCell, SheetTable } from "../model/table";
import type { Template, TemplateColumn } from "../model/template";
import { generateNumbers } from "../numbering";
import type { Profile } from "../profiles/schema";
import { rowRules } from "../rules/row";
import { tableRules } from "../rules/table";
import type { CellInput, CodeLists, FieldKindHandler, RuleContext } from "../rules/types";
import { templates } from "../templates";
import { buildCleaned } from "./clean";
import { countIssues } from "./counts";
import { checkRequired, requiredColumns } from "./required";
import { DataRow, RowStore } from "./row-view";
import { IssueSink } from "./issue-sink";

export interface CheckOptions {
  profile: Profile;
  /** "auto" (default) detects the template by its headers; otherwise a template id */
  templateId?: string;
  /** "today" as YYYYMMDD, for future-date and age checks; defaults to the real date */
  today?: string;
  numbering?: { overwrite?: boolean; schoolFields?: Record<string, string> };
  /** called every few thousand rows */
  onProgress?: (done: number, total: number) => void;
  /** code lists built for the profile, when the caller checks many sheets with one profile */
  codeLists?: CodeLists;
}

export function todayString(d = new Date()): string {
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, "0")}${String(d.getDate()).padStart(2, "0")}`;
}

function isBlank(v: RawCell | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  if (v === "") return true;
  // most cells start with printable ASCII or a CJK character: no need to trim them to know
  const c = v.charCodeAt(0);
  if ((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c < 0xa000)) return false;
  return v.trim() === "";
}

interface Slot {
  column: TemplateColumn;
  handler: FieldKindHandler;
  /** index into the table's row arrays */
  at: number;
}

const PROGRESS_EVERY = 2000;

/** Check one worksheet: layout, normalisation, cell/row/table rules, class sizes, numbers, cleaning. */
export function checkSheet(table: SheetTable, options: CheckOptions): CheckResult {
  const { profile } = options;
  const codeLists = options.codeLists ?? createCodeLists(profile);
  const today = options.today ?? todayString();
  const templateId = options.templateId === "auto" ? undefined : options.templateId;
  const detected = detectLayout(table, templates, { templateId });

  if (!detected.ok) {
    const sink = new IssueSink(table.sheet, [], null);
    for (const d of detected.issues) sink.report(d);
    return emptyResult(table, profile, sink.issues);
  }

  const { template, layout } = detected;
  const sink = new IssueSink(table.sheet, layout.columns, template);
  for (const d of detected.issues) sink.report(d);
  const ctx: RuleContext = { profile, template, codeLists, today, report: sink.report };

  const keys = new Map<string, number>();
  template.columns.forEach((c, i) => keys.set(c.key, i));
  const colOrigin = table.origin?.col ?? 0;
  const rowOrigin = table.origin?.row ?? 0;
  const slots: (Slot | null)[] = template.columns.map(() => null);
  for (const m of layout.columns) {
    const i = keys.get(m.key)!;
    const column = template.columns[i];
    slots[i] = { column, handler: fieldKinds[column.kind], at: m.col - colOrigin };
  }

  const at = new Int32Array(slots.length).fill(-1);
  slots.forEach((s, i) => s && (at[i] = s.at));
  const rows = readRows(table, layout, rowOrigin, slots, new RowStore(keys, at), ctx, sink, options.onProgress);
  checkRows(rows, slots, template, ctx);
  for (const rule of tableRules) {
    try {
      rule.check(rows, ctx);
    } catch (err) {
      internalError(ctx, err);
    }
  }
  // a name list without grade or class columns has no classes to count
  const hasClasses = layout.columns.some((c) => c.key === "grade" || c.key === "className");
  const classes = hasClasses ? classSizes(rows, ctx) : [];
  const numbers = template.assignsNumbers === false ? [] : generateNumbers(rows, ctx, options.numbering);
  if (rows.length === 0) sink.report({ code: "sheet/empty" });

  const { cleaned, rejected } = buildCleaned(template, rows, sink.issues, numbers);
  return {
    sheet: table.sheet,
    source: table.source,
    template: { id: template.id, name: template.name },
    profile: { id: profile.id, name: profile.name },
    layout,
    dataRows: rows.length,
    issues: sink.issues,
    counts: countIssues(sink.issues, classes),
    students: rows.map(studentRef),
    classes,
    numbers,
    cleaned,
    rejected,
  };
}

/** Normalise every non-blank data row; blank rows carry nothing and are skipped. */
function readRows(
  table: SheetTable,
  layout: Layout,
  rowOrigin: number,
  slots: (Slot | null)[],
  store: RowStore,
  ctx: RuleContext,
  sink: IssueSink,
  onProgress?: (done: number, total: number) => void,
): DataRow[] {
  const out: DataRow[] = [];
  const first = layout.dataStartRow - 1 - rowOrigin;
  const total = table.rows.length - first;
  // sized once for every row that may hold data: growing a multi-million-slot array by push copies it
  const values = store.reserve(Math.max(0, total) * slots.length);
  let next = 0;
  for (let r = first; r < table.rows.length; r++) {
    const cells = table.rows[r] ?? [];
    if (cells.every(isBlank)) continue;
    const sheetRow = r + rowOrigin + 1;
    const base = next;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i];
      const raw = slot ? cells[slot.at] : null;
      if (!slot || isBlank(raw)) {
        values[next++] = "";
        continue;
      }
      let n;
      try {
        n = slot.handler.normalise(raw!, slot.column, ctx);
      } catch (err) {
        // a bug of ours must not cost the user the file: keep the cell as found and say so
        internalError(ctx, err, sheetRow, slot.column.key, String(raw));
        values[next++] = String(raw);
        continue;
      }
      if (n.settled) store.settled[next] = 1;
      values[next++] = n.value;
      if (n.fixes) {
        for (const f of n.fixes) sink.report({ code: f.code, row: sheetRow, key: slot.column.key, value: f.before, fix: f.after });
      }
    }
    out.push(new DataRow(sheetRow, store, base, cells));
    if (onProgress && (r - first) % PROGRESS_EVERY === 0) onProgress(r - first, total);
  }
  onProgress?.(total, total);
  return out;
}

/** Cell checks need every cell of the row normalised first (the ID check reads the ID type). */
function checkRows(rows: readonly DataRow[], slots: (Slot | null)[], template: Template, ctx: RuleContext): void {
  const required = requiredColumns(template, slots);
  // one CellInput refilled per cell: handlers read it and keep nothing (see FieldKindHandler)
  const cell: { -readonly [K in keyof CellInput]: CellInput[K] } = { raw: null, value: "", column: template.columns[0], row: rows[0] };
  for (const row of rows) {
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i];
      if (!slot || !slot.handler.check || row.isSettled(i)) continue;
      const value = row.value(i);
      if (value !== "") {
        cell.raw = row.rawAt(i) ?? null;
        cell.value = value;
        cell.column = slot.column;
        cell.row = row;
        try {
          slot.handler.check(cell, ctx);
        } catch (err) {
          internalError(ctx, err, row.row, slot.column.key, value);
        }
      }
    }
    checkRequired(row, required, ctx);
    for (const rule of rowRules) {
      try {
        rule.check(row, ctx);
      } catch (err) {
        internalError(ctx, err, row.row);
      }
    }
  }
}

/** An exception in a rule becomes an error on its cell or row (the row is then rejected, not lost). */
function internalError(ctx: RuleContext, err: unknown, row?: number, key?: string, value?: string): void {
  const error = err instanceof Error ? err.message : String(err);
  ctx.report({ code: "engine/internal-error", row, key, value, params: { error } });
}

function studentRef(r: DataRow): StudentRef {
  return {
    row: r.row,
    idNumber: r.get("idNumber"),
    name: r.get("name"),
    birthDate: r.get("birthDate"),
    registerNumber: r.get("registerNumber"),
    auxNumber: r.get("auxNumber"),
    schoolCode: r.get("schoolCode"),
    grade: r.get("grade"),
    className: r.get("className"),
  };
}

function emptyResult(table: SheetTable, profile: Profile, issues: CheckResult["issues"]): CheckResult {
  return {
    sheet: table.sheet,
    source: table.source,
    template: null,
    profile: { id: profile.id, name: profile.name },
    layout: null,
    dataRows: 0,
    issues,
    counts: countIssues(issues, []),
    students: [],
    classes: [],
    numbers: [],
    cleaned: { headers: [], keys: [], rows: [], sourceRows: [] },
    rejected: [],
  };
}
