import { createCodeLists } from "../codes";
import type { CheckResult, ClassSize } from "../model/report";
import type { SheetTable } from "../model/table";
import { checkSheet, type CheckOptions } from "./check-sheet";
import { markCrossSheetDuplicates } from "./cross-sheet";
import { workbookClasses } from "./workbook-classes";

export interface WorkbookCheck {
  /** one result per sheet that is an import template (or, when none is, the first non-empty sheet's failure) */
  results: CheckResult[];
  /** sheets passed over, with why (code-list sheets, empty sheets, sheets that are no template) */
  skipped: { sheet: string; reason: "empty" | "not-a-template" }[];
  /** the workbook's classes, each once with the sheets its pupils are on (sheets are added up) */
  classes?: ClassSize[];
  /** no sheet is an import template: the template the first sheet comes closest to, and the headers it lacks */
  noTemplate?: { templateName: string; missing: string[] };
}

function isEmptySheet(t: SheetTable): boolean {
  return !t.rows.some((r) => r && r.some((v) => v !== null && v !== ""));
}

/**
 * Check every sheet of a workbook that is an import template. Workbooks carry helper sheets
 * (字典, 出生地以及户口所在地对照表 …): those are skipped, not reported as errors — unless no sheet at all
 * is a template, when the user needs to hear why.
 */
export function checkWorkbook(tables: readonly SheetTable[], options: CheckOptions): WorkbookCheck {
  const codeLists = options.codeLists ?? createCodeLists(options.profile);
  const results: CheckResult[] = [];
  const skipped: WorkbookCheck["skipped"] = [];
  let firstFailure: CheckResult | null = null;
  for (const table of tables) {
    if (isEmptySheet(table)) {
      skipped.push({ sheet: table.sheet, reason: "empty" });
      continue;
    }
    // who each row is, to find the same child on two sheets (dropped again unless the caller asked)
    const result = checkSheet(table, { ...options, codeLists, students: options.students || tables.length > 1 });
    if (result.template) results.push(result);
    else {
      skipped.push({ sheet: table.sheet, reason: "not-a-template" });
      firstFailure ??= result;
    }
  }
  markCrossSheetDuplicates(results, tables);
  const classes = results.length > 1 ? workbookClasses(results, options.profile) : undefined;
  if (!options.students) for (const r of results) delete r.students;
  if (results.length === 0 && firstFailure) {
    skipped.splice(skipped.findIndex((s) => s.sheet === firstFailure!.sheet), 1);
    results.push(firstFailure);
    const closest = firstFailure.issues.find((i) => i.code === "header/unknown-template" || i.code === "header/template-mismatch");
    const missing = String(closest?.params?.missing ?? "");
    return {
      results,
      skipped,
      noTemplate: closest
        ? { templateName: String(closest.params?.template ?? ""), missing: missing ? missing.split("、") : [] }
        : { templateName: "", missing: [] },
    };
  }
  return { results, skipped, ...(classes ? { classes } : {}) };
}
