import { classSizes } from "../classes/class-sizes";
import { createCodeLists } from "../codes";
import { fieldKinds } from "../fields";
import { detectLayout } from "../layout/detect";
import type { CheckResult } from "../model/report";
import type { SheetTable } from "../model/table";
import type { Template } from "../model/template";
import { generateNumbers } from "../numbering";
import type { Profile } from "../profiles/schema";
import { tableRules } from "../rules/table";
import type { CodeLists, RuleContext } from "../rules/types";
import { templates } from "../templates";
import { buildCleaned } from "./clean";
import { countIssues } from "./counts";
import { internalError } from "./internal-error";
import { makeSlot, readRows, type Slot } from "./read-rows";
import { RowChecker } from "./row-checker";
import { RowStore } from "./row-view";
import { IssueSink } from "./issue-sink";
import { uncheckedRules } from "./unchecked";

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
  /** the templates a sheet may be (default: the import templates); comparing rosters adds the bare roster */
  templates?: Template[];
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
  const detected = detectLayout(table, options.templates ?? templates, { templateId });

  if (!detected.ok) {
    const sink = new IssueSink(table.sheet, [], null);
    for (const d of detected.issues) sink.report(d);
    return emptyResult(table, options, sink.issues);
  }

  const { template, layout } = detected;
  const sink = new IssueSink(table.sheet, layout.columns, template);
  for (const d of detected.issues) sink.report(d);
  const ctx: RuleContext = { profile, template, codeLists, today, date1904: table.date1904, report: sink.report };

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
  // each row is checked and noted while the reader has it at hand
  const checker = new RowChecker(slots, template, ctx, options.students ? keys : null);
  const rows = readRows(table, layout, rowOrigin, slots, store, ctx, sink, checker, options.onProgress);
  const students = checker.students;
  for (const rule of tableRules) {
    try {
      rule.check(rows, ctx);
    } catch (err) {
      internalError(ctx, err);
    }
  }
  // a name list without grade or class columns has no classes to count
  const hasClasses = layout.columns.some((c) => c.key === "grade" || c.key === "className");
  const hasGrade = layout.columns.some((c) => c.key === "grade");
  const classes = hasClasses ? classSizes(rows, ctx, { hasGrade }) : [];
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
    unchecked: uncheckedRules(layout, template),
  };
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
    unchecked: [],
  };
}
