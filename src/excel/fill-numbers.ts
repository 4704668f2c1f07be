/**
 * Writing generated register numbers into the template's 学籍号 / 学籍辅号 column: only empty cells
 * unless asked to overwrite; a column the sheet lacks is added after the last used column.
 */
import type { CheckResult, GeneratedNumber } from "../core/model/report";
import { columnLetter } from "../core/model/table";
import { groupBy } from "./group-by";
import { readArea } from "./read-sheet";
import type { WriteProgress } from "./step-error";
import { ExcelGuardError } from "./step-error";
import { guardProtection } from "./protection";
import { type CellValue, restoreOrKeep, WriteJournal, writeColumnCells } from "./write-runs";
import { syncBatch } from "./yield";

/** Header written when the sheet has no column for the key. */
export const NUMBER_HEADERS: Record<string, string> = { registerNumber: "学籍号", auxNumber: "学籍辅号" };

export interface FillNumbersResult {
  written: number;
  /** numbers not written because the cell already held a value */
  kept: number;
  /** columns added, e.g. ["学籍号（新增于 BV 列）"] — say so to the user */
  addedColumns: string[];
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** The numbers grouped by the column key they go into. */
export function numbersByKey(numbers: readonly GeneratedNumber[]): Map<string, GeneratedNumber[]> {
  return groupBy(numbers, (n) => n.key);
}

export async function fillNumbers(
  context: Excel.RequestContext,
  result: CheckResult,
  options: { overwrite: boolean },
  progress: WriteProgress = { rows: 0 },
): Promise<FillNumbersResult> {
  const summary: FillNumbersResult = { written: 0, kept: 0, addedColumns: [] };
  if (result.numbers.length === 0) return summary;
  const layout = result.layout;
  if (!layout) throw new ExcelGuardError(`没有识别出工作表「${result.sheet}」的表头，无法确定学籍号写在哪一列：请先让校验通过表头识别。`);
  await guardProtection(context, "填入学籍号", { sheets: [result.sheet] });
  const worksheet = context.workbook.worksheets.getItem(result.sheet);
  progress.target = `工作表「${result.sheet}」`;
  progress.unit = "cells";
  const journal = new WriteJournal();
  try {
    return await fillInto(context, worksheet, result, layout, options, progress, journal, summary);
  } catch (err) {
    await restoreOrKeep(context, journal, progress);
    throw err;
  }
}

async function fillInto(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  result: CheckResult,
  layout: NonNullable<CheckResult["layout"]>,
  options: { overwrite: boolean },
  progress: WriteProgress,
  journal: WriteJournal,
  summary: FillNumbersResult,
): Promise<FillNumbersResult> {
  let nextFree = -1;
  for (const [key, numbers] of numbersByKey(result.numbers)) {
    let col = layout.columns.find((c) => c.key === key)?.col;
    let added = false;
    if (col === undefined) {
      if (nextFree < 0) nextFree = await firstFreeColumn(context, worksheet);
      col = nextFree++;
      added = true;
      const header = NUMBER_HEADERS[key] ?? key;
      await writeColumnCells(context, worksheet, col, [{ row: layout.headerRow, value: header }], undefined, undefined, journal);
      summary.addedColumns.push(`${header}（新增于 ${columnLetter(col)} 列）`);
    }
    const top = numbers.reduce((m, n) => Math.min(m, n.row), Infinity);
    const bottom = numbers.reduce((m, n) => Math.max(m, n.row), 0);
    const current = added
      ? null
      : (await readArea(context, { sheet: result.sheet, top: top - 1, left: col, rows: bottom - top + 1, cols: 1 })).rows;
    const cells: CellValue[] = [];
    for (const n of numbers) {
      const existing = current ? current[n.row - top]?.[0] : null;
      if (!options.overwrite && !isEmpty(existing)) summary.kept++;
      else cells.push({ row: n.row, value: n.value });
    }
    summary.written += await writeColumnCells(context, worksheet, col, cells, progress, undefined, journal);
  }
  return summary;
}

async function firstFreeColumn(context: Excel.RequestContext, worksheet: Excel.Worksheet): Promise<number> {
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("columnIndex,columnCount");
  await syncBatch(context);
  return used.isNullObject ? 0 : used.columnIndex + used.columnCount;
}
