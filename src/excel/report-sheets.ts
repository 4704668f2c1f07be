/**
 * Writing the 校验报告 (one row per issue, with a link to the cell) and 班额统计 (class sizes, with a
 * column chart when a class is over its cap) sheets. Re-running replaces the add-in's own earlier
 * sheets only; a school's sheet of the same name stays, and ours goes beside it ("校验报告 (2)").
 */
import type { CheckResult } from "../core/model/report";
import {
  anyOverCap,
  CLASS_TEXT_COLUMNS,
  classRows,
  REPORT_LINK_COLUMN,
  REPORT_TEXT_COLUMNS,
  reportRows,
} from "./report-rows";
import { freshOwnSheet } from "./own-sheets";
import { guardProtection } from "./protection";
import { CLASS_SHEET, REPORT_SHEET } from "./sheet-names";
import type { WriteProgress } from "./step-error";
import { type OutCell, writeRows } from "./write-rows";
import { syncBatch } from "./yield";

function setWidths(sheet: Excel.Worksheet, widths: readonly number[]): void {
  widths.forEach((w, j) => {
    sheet.getRangeByIndexes(0, j, 1, 1).format.columnWidth = w;
  });
}

async function writeTable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rows: OutCell[][],
  textColumns: readonly number[],
  progress: WriteProgress,
  formulaColumns: readonly number[] = [],
): Promise<void> {
  sheet.freezePanes.freezeRows(1);
  sheet.getRangeByIndexes(0, 0, 1, rows[0].length).format.font.bold = true;
  await writeRows(context, sheet, 0, 0, rows, { textColumns, formulaColumns, progress });
}

/** Each returns the name its sheet got, and adds it to `made` as soon as the sheet exists. */
async function writeReportSheet(context: Excel.RequestContext, result: CheckResult, progress: WriteProgress, made: string[]): Promise<string> {
  const { sheet, name } = await freshOwnSheet(context, REPORT_SHEET);
  made.push(name);
  progress.target = `工作表「${name}」`;
  setWidths(sheet, [42, 48, 36, 90, 320, 110, 110, 50]);
  await writeTable(context, sheet, reportRows(result), REPORT_TEXT_COLUMNS, progress, [REPORT_LINK_COLUMN]);
  return name;
}

async function writeClassSheet(context: Excel.RequestContext, result: CheckResult, progress: WriteProgress, made: string[]): Promise<string> {
  const { sheet, name } = await freshOwnSheet(context, CLASS_SHEET);
  made.push(name);
  progress.target = `工作表「${name}」`;
  progress.rows = 0;
  const rows = classRows(result.classes);
  setWidths(sheet, [70, 70, 48, 60, 70, 130]);
  await writeTable(context, sheet, rows, CLASS_TEXT_COLUMNS, progress);
  if (anyOverCap(result.classes)) {
    // grade and class columns become two-level category labels; 人数 is the one series
    const chart = sheet.charts.add("ColumnClustered", sheet.getRangeByIndexes(0, 0, rows.length, 3), "Columns");
    chart.title.text = "各班人数（有班级超出班额上限）";
    chart.setPosition("J2", "S22");
    await syncBatch(context);
  }
  return name;
}

export async function writeReportSheets(
  context: Excel.RequestContext,
  result: CheckResult,
  progress: WriteProgress = { rows: 0 },
): Promise<{ report: string; classes: string }> {
  await guardProtection(context, "生成校验报告表", { structure: true });
  const made: string[] = [];
  try {
    const report = await writeReportSheet(context, result, progress, made);
    const classes = await writeClassSheet(context, result, progress, made);
    return { report, classes };
  } catch (err) {
    await dropHalfWritten(context, made, progress);
    throw err;
  }
}

/** A report step that failed leaves no half-written sheet behind: the ones it made are deleted. */
async function dropHalfWritten(context: Excel.RequestContext, made: readonly string[], progress: WriteProgress): Promise<void> {
  if (made.length === 0) return;
  try {
    for (const name of made) context.workbook.worksheets.getItem(name).delete();
    await syncBatch(context);
    progress.restored = `写了一半的工作表${made.map((n) => `「${n}」`).join("、")}已删除，请再点一次这个按钮。`;
  } catch {
    // the step's own error is the one to show; the progress note says what is left written
  }
}
