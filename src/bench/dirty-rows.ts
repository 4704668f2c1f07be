import type { RawCell } from "../core/model/table";
import type { Template } from "../core/model/template";
import { fullWidthDigits, slashDate, wrongCheckChar } from "../samples/planted";
import { SheetEditor } from "../samples/template-rows";

/**
 * The bench's rows with the mistakes a school's file has, so `xueji check` really edits its upload copy:
 * every 25th student a fixable cell (a phone number in full-width digits, a date typed 2018/9/1), every
 * 100th an ID with a wrong check character (the row is rejected and taken out of the copy).
 */
export function dirtyRows(rows: RawCell[][], template: Template, firstDataRow: number): RawCell[][] {
  const sheet = new SheetEditor(rows, template, firstDataRow);
  for (let row = firstDataRow; row <= rows.length; row++) {
    const n = row - firstDataRow + 1;
    if (n % 100 === 0) sheet.set(row, "idNumber", wrongCheckChar(String(sheet.get(row, "idNumber"))));
    else if (n % 50 === 0) sheet.set(row, "birthDate", slashDate(String(sheet.get(row, "birthDate"))));
    else if (n % 25 === 0) sheet.set(row, "phone", fullWidthDigits(String(sheet.get(row, "phone"))));
  }
  return rows;
}
