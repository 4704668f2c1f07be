/**
 * Applying the engine's corrections in place, after keeping a copy of the sheet (copy-sheet.ts:
 * worksheet.copy, or its values and number formats where the copy fails). No backup, no fixes.
 */
import type { CheckResult } from "../core/model/report";
import { backupSheet } from "./copy-sheet";
import { backupName } from "./sheet-names";
import type { WriteProgress } from "./step-error";
import { guardProtection } from "./protection";
import { type CellValue, restoreOrKeep, WriteJournal, writeColumnCells } from "./write-runs";
import { syncBatch } from "./yield";

/** One fix per cell (the first the engine gave), grouped by 0-based column. */
export function fixesByColumn(result: CheckResult): Map<number, CellValue[]> {
  const seen = new Set<number>();
  const out = new Map<number, CellValue[]>();
  for (const issue of result.issues) {
    if (issue.severity !== "fix" || issue.fix === undefined || issue.row === undefined || issue.col === undefined) continue;
    const key = issue.row * 16384 + issue.col;
    if (seen.has(key)) continue;
    seen.add(key);
    const cell = { row: issue.row, value: issue.fix };
    const column = out.get(issue.col);
    if (column) column.push(cell);
    else out.set(issue.col, [cell]);
  }
  return out;
}

/** Copy the sheet, then write the fixes as text; returns the copy's name and the cells changed. */
export async function applyFixes(
  context: Excel.RequestContext,
  result: CheckResult,
  progress: WriteProgress = { rows: 0 },
): Promise<{ backupSheet: string; applied: number; backup: "copy" | "values" }> {
  await guardProtection(context, "应用修正", { sheets: [result.sheet], structure: true });
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await syncBatch(context);
  const name = backupName(result.sheet, new Set(sheets.items.map((s) => s.name)));
  const backup = await backupSheet(context, result.sheet, name);
  const worksheet = sheets.getItem(result.sheet);
  progress.target = `工作表「${result.sheet}」（原表已备份为「${name}」）`;
  let applied = 0;
  progress.unit = "cells";
  const journal = new WriteJournal();
  try {
    for (const [col, cells] of fixesByColumn(result)) {
      applied += await writeColumnCells(context, worksheet, col, cells, progress, undefined, journal);
    }
  } catch (err) {
    await restoreOrKeep(context, journal, progress);
    throw err;
  }
  return { backupSheet: name, applied, backup };
}
