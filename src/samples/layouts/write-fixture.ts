import * as XLSX from "@e965/xlsx";
import cptable from "@e965/xlsx/dist/cpexcel.js";
import ExcelJS from "exceljs";
import type { RawCell } from "../../core/model/table";
import { addRowRecords, type SheetRows } from "../../io/xls/biff-rows";
import type { FixtureSheet, LayoutFixture } from "./fixture-sheet";

/** The fixture as the file its layout is: .xlsx (styled, by ExcelJS), .xls (BIFF8, by SheetJS) or GBK text named .xls. */
export async function writeFixture(fixture: LayoutFixture): Promise<Uint8Array> {
  if (fixture.format === "text") return gbkText(fixture.sheets[0].rows);
  if (fixture.format === "xls") return biff8(fixture.sheets);
  return styledXlsx(fixture.sheets);
}

async function styledXlsx(sheets: readonly FixtureSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state ?? "visible" });
    for (const r of s.rows) ws.addRow(r.map((v) => (v === null ? undefined : v)));
    for (const j of s.textColumns ?? []) ws.getColumn(j + 1).numFmt = "@";
    (s.widths ?? []).forEach((w, j) => (ws.getColumn(j + 1).width = w));
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
    for (const m of s.merges ?? []) ws.mergeCells(m);
    if (s.headerRow) {
      ws.getRow(s.headerRow).eachCell((c) => {
        c.font = { bold: true };
        c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
      });
    }
    for (const l of s.lists ?? []) {
      for (let r = l.fromRow; r <= s.rows.length; r++) {
        ws.getCell(r, l.col + 1).dataValidation = { type: "list", allowBlank: true, formulae: [`"${l.values.join(",")}"`] };
      }
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** BIFF8 as an importer's .xls: SheetJS writes the cells and widths, the hidden rows get ROW records. */
function biff8(sheets: readonly FixtureSheet[]): Uint8Array {
  const wb = XLSX.utils.book_new();
  const hidden = new Map<string, SheetRows>();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows);
    if (s.widths) ws["!cols"] = s.widths.map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
    const width = Math.max(...s.rows.map((r) => r.length));
    if (s.hiddenRows?.length) hidden.set(s.name, { rows: s.hiddenRows.map((r) => ({ row: r - 1, hidden: true })), cols: [0, width] });
  }
  return addRowRecords(new Uint8Array(XLSX.write(wb, { type: "array", bookType: "biff8" }) as ArrayBuffer), wb.SheetNames, hidden);
}

/** Tab-separated GBK text, each caption followed by a TAB: what a 2013 collection site sent as .xls. */
function gbkText(rows: readonly RawCell[][]): Uint8Array {
  const text = rows.map((r, i) => r.map((v) => (v === null ? "" : String(v))).join("\t") + (i === 0 ? "\t" : "")).join("\r\n") + "\r\n";
  return new Uint8Array(cptable.utils.encode(936, text) as ArrayLike<number>);
}
