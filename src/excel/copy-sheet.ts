/**
 * The backup before fixes are applied in place. worksheet.copy (ExcelApi 1.7) fails on some builds
 * ("Before"/"After" answered InvalidArgument: office-js #775), so a failed copy falls back to a new
 * sheet with the values and number formats copied block by block. No backup, no fixes.
 */
import { recordOwnSheet } from "./own-sheets";
import { isPayloadFailure, PAYLOAD_BUDGET, rowsForBudget } from "./payload";
import { guardCellCount, usedAreas } from "./read-sheet";
import { ExcelGuardError } from "./step-error";
import { syncBatch } from "./yield";

/** what a build whose worksheet.copy is broken answers */
const COPY_FAILURES = new Set(["InvalidArgument", "GeneralException", "ApiNotFound", "NotImplemented", "UnsupportedOperation"]);

function codeOf(err: unknown): string | undefined {
  const code = err && typeof err === "object" ? (err as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

/** bytes per cell of a value plus its number format, before anything is measured */
const GUESS_BYTES_PER_CELL = 48;

/** Copy `sheet` to a new sheet named `name`, placed after it; the user's sheet stays active. Says how it was made. */
export async function backupSheet(context: Excel.RequestContext, sheet: string, name: string): Promise<"copy" | "values"> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  try {
    const copy = worksheet.copy("After", worksheet);
    copy.name = name;
    worksheet.activate(); // copying activates the copy; the user keeps looking at their sheet
    await syncBatch(context);
    await recordOwnSheet(context, copy);
    return "copy";
  } catch (err) {
    // only a failing copy is worked around; cell editing or protection would stop the fallback too
    if (!COPY_FAILURES.has(codeOf(err) ?? "")) throw err;
  }
  const half = context.workbook.worksheets.getItemOrNullObject(name);
  await syncBatch(context);
  if (!half.isNullObject) {
    half.delete();
    await syncBatch(context);
  }
  const target = context.workbook.worksheets.add(name);
  await syncBatch(context);
  try {
    await copyValuesAndFormats(context, sheet, target);
  } catch (err) {
    target.delete();
    await syncBatch(context).catch(() => undefined);
    throw new ExcelGuardError(
      `无法备份工作表「${sheet}」（复制工作表和逐块复制都失败：${err instanceof Error ? err.message : String(err)}），为安全起见没有修改任何单元格。请手动复制一份该工作表后再试，或导出上传用工作簿。`,
    );
  }
  worksheet.activate();
  await syncBatch(context);
  await recordOwnSheet(context, target);
  return "values";
}

/**
 * Values and number formats of the source's used range, block by block. A text cell in General
 * format is written as text ("@"): as a value, "0123" or "2015/3/4" would turn into a number or a date.
 */
async function copyValuesAndFormats(context: Excel.RequestContext, sheet: string, target: Excel.Worksheet): Promise<void> {
  const [area] = await usedAreas(context, [sheet]);
  if (!area) return;
  guardCellCount(area);
  const source = context.workbook.worksheets.getItem(sheet);
  let budget = PAYLOAD_BUDGET;
  let at = 0;
  while (at < area.rows) {
    const n = Math.min(rowsForBudget(area.cols, GUESS_BYTES_PER_CELL, budget), area.rows - at);
    const range = source.getRangeByIndexes(area.top + at, area.left, n, area.cols);
    range.load("values,numberFormat");
    try {
      await syncBatch(context);
      const values = range.values;
      const formats = range.numberFormat.map((row, i) => row.map((f, j) => (typeof values[i][j] === "string" && values[i][j] !== "" && f === "General" ? "@" : f)));
      const out = target.getRangeByIndexes(area.top + at, area.left, n, area.cols);
      out.numberFormat = formats;
      out.values = values;
      await syncBatch(context);
    } catch (err) {
      if (isPayloadFailure(err) && n > 1) {
        budget = Math.floor(budget / 2);
        continue;
      }
      throw err;
    }
    at += n;
  }
}
