/** Showing the user a problem cell: activate its sheet and select it. */
import { columnLetter } from "../core/model/table";
import { syncBatch } from "./yield";

/** row is 1-based as Excel shows it, col 0-based (as in Issue). */
export async function selectCell(context: Excel.RequestContext, sheet: string, row: number, col: number): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(`${columnLetter(col)}${row}`).select();
  await syncBatch(context);
}
