/**
 * Writing the 校验报告 (one row per issue, with a link to the cell) and 班额统计 (class sizes, with a
 * column chart when a class is over its cap) sheets. Re-running replaces the old sheets.
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
import { CLASS_SHEET, REPORT_SHEET } from "./sheet-names";
import type { WriteProgress } from "./step-error";
import { type OutCell, writeRows } from "./write-rows";
import { syncBatch } from "./yield";

/** Delete the sheet if it exists and add a fresh one (in one sync). */
async function freshSheet(context: Excel.RequestContext, name: string): Promise<Excel.Worksheet> {
  const old = context.workbook.worksheets.getItemOrNullObject(name);
  await syncBatch(context);
  if (!old.isNullObject) old.delete();
  return context.workbook.worksheets.add(name);
}

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

export async function writeReportSheet(context: Excel.RequestContext, result: CheckResult, progress: WriteProgress = { rows: 0 }): Promise<void> {
  const sheet = await freshSheet(context, REPORT_SHEET);
  progress.target = `工作表「${REPORT_SHEET}」`;
  setWidths(sheet, [42, 48, 36, 90, 320, 110, 110, 50]);
  await writeTable(context, sheet, reportRows(result), REPORT_TEXT_COLUMNS, progress, [REPORT_LINK_COLUMN]);
}

export async function writeClassSheet(context: Excel.RequestContext, result: CheckResult, progress: WriteProgress = { rows: 0 }): Promise<void> {
  const sheet = await freshSheet(context, CLASS_SHEET);
  progress.target = `工作表「${CLASS_SHEET}」`;
  progress.rows = 0;
  const rows = classRows(result.classes);
  setWidths(sheet, [70, 70, 48, 60, 70, 130]);
  await writeTable(context, sheet, rows, CLASS_TEXT_COLUMNS, progress);
  if (anyOverCap(result.classes)) {
    // grade and class columns become two-level category labels; 人数 is the one series
    const chart = sheet.charts.add("ColumnClustered", sheet.getRangeByIndexes(0, 0, rows.length, 3), "Columns");
    chart.title.text = "各班人数（有班级超出班额上限）";
    chart.setPosition("H2", "Q22");
    await syncBatch(context);
  }
}

export async function writeReportSheets(context: Excel.RequestContext, result: CheckResult, progress?: WriteProgress): Promise<void> {
  await writeReportSheet(context, result, progress);
  await writeClassSheet(context, result, progress);
}
