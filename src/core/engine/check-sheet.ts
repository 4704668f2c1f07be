import { classSizes } from "../classes/class-sizes";
import { createCodeLists } from "../codes";
import { fieldKinds } from "../fields";
import { detectLayout } from "../layout/detect";
import type { CheckResult, StudentRef } from "../model/report";
import type { SheetTable } from "../model/table";
import type { Template } from "../model/template";
import { generateNumbers } from "../numbering";
import type { Profile } from "../profiles/schema";
import { rowRules } from "../rules/row";
import { tableRules } from "../rules/table";
import type { CellInput, CodeLists, RuleContext } from "../rules/types";
import { templates } from "../templates";
import { buildCleaned } from "./clean";
import { countIssues } from "./counts";
import { checkRequired, requiredColumns } from "./required";
import { internalError } from "./internal-error";
import { checkedAfterRead, makeSlot, readRows, type Slot } from "./read-rows";
import { DataRow, RowStore, type KeyIndex } from "./row-view";
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
  /** also list every row's identifying fields (CheckResult.students): the county audit compares them across files */
  students?: boolean;
}

export function todayString(d = new Date()): string {
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, "0")}${String(d.getDate()).padStart(2, "0")}`;
}

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
    return emptyResult(table, options, sink.issues);
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
    slots[i] = makeSlot(column, fieldKinds[column.kind], m.col - colOrigin);
  }

  const at = new Int32Array(slots.length).fill(-1);
  slots.forEach((s, i) => s && (at[i] = s.at));
  const store = new RowStore(keys, at);
  const checkRow = rowChecker(slots, template, ctx);
  const refOf = studentRef(keys);
  const students: StudentRef[] | undefined = options.students ? [] : undefined;
  // each row is checked and noted while the reader has it at hand
  const rows = readRows(table, layout, rowOrigin, slots, store, ctx, sink, (row) => {
    checkRow(row);
    students?.push(refOf(row));
  }, options.onProgress);
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

  // last: the cleaned rows take the store's values over
  const { cleaned, rejected } = buildCleaned(template, rows, store, sink.issues, numbers);
  return {
    sheet: table.sheet,
    source: table.source,
    template: { id: template.id, name: template.name },
    profile: { id: profile.id, name: profile.name },
    layout,
    dataRows: rows.length,
    issues: sink.issues,
    counts: countIssues(sink.issues, classes),
    ...(students ? { students } : {}),
    classes,
    numbers,
    cleaned,
    rejected,
  };
}

/**
 * The checks that read other cells of the row (the ID check reads the ID type), the required cells and the
 * row rules, for one row once all its cells are normalised. The reader calls it as it finishes each row,
 * while the row's strings are still in the processor's cache.
 */
function rowChecker(slots: readonly (Slot | null)[], template: Template, ctx: RuleContext): (row: DataRow) => void {
  const required = requiredColumns(template, slots);
  const has = (key: string) => slots.some((s) => s?.column.key === key);
  const rules = rowRules.filter((rule) => !rule.appliesTo || rule.appliesTo(has, template));
  const later: number[] = [];
  slots.forEach((s, i) => checkedAfterRead(s) && later.push(i));
  // one CellInput refilled per cell: handlers read it and keep nothing (see FieldKindHandler)
  const cell = { raw: null, value: "", column: template.columns[0], row: null } as unknown as { -readonly [K in keyof CellInput]: CellInput[K] };
  return (row) => {
    for (const i of later) {
      const value = row.value(i);
      if (value === "" || row.isSettled(i)) continue;
      const slot = slots[i]!;
      cell.raw = row.rawAt(i) ?? null;
      cell.value = value;
      cell.column = slot.column;
      cell.row = row;
      try {
        slot.handler.check!(cell, ctx);
      } catch (err) {
        internalError(ctx, err, row.row, slot.column.key, value);
      }
    }
    checkRequired(row, required, ctx);
    for (const rule of rules) {
      try {
        rule.check(row, ctx);
      } catch (err) {
        internalError(ctx, err, row.row);
      }
    }
  };
}

/** Who a row is, for the audit across files: the fields' slots are looked up once, not per row. */
function studentRef(keys: KeyIndex): (r: DataRow) => StudentRef {
  const slot = (key: string) => keys.get(key) ?? -1;
  const [id, name, birth, regNo, auxNo, school, grade, cls] = [
    "idNumber",
    "name",
    "birthDate",
    "registerNumber",
    "auxNumber",
    "schoolCode",
    "grade",
    "className",
  ].map(slot);
  const at = (r: DataRow, i: number) => (i < 0 ? "" : r.value(i));
  return (r) => ({
    row: r.row,
    idNumber: at(r, id),
    name: at(r, name),
    birthDate: at(r, birth),
    registerNumber: at(r, regNo),
    auxNumber: at(r, auxNo),
    schoolCode: at(r, school),
    grade: at(r, grade),
    className: at(r, cls),
  });
}

function emptyResult(table: SheetTable, { profile, students }: CheckOptions, issues: CheckResult["issues"]): CheckResult {
  return {
    sheet: table.sheet,
    source: table.source,
    template: null,
    profile: { id: profile.id, name: profile.name },
    layout: null,
    dataRows: 0,
    issues,
    counts: countIssues(issues, []),
    ...(students ? { students: [] } : {}),
    classes: [],
    numbers: [],
    cleaned: { headers: [], keys: [], cells: [], sourceRows: [] },
    rejected: [],
  };
}
