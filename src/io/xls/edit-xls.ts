import type * as XLSX from "@e965/xlsx";
import { sheetjs } from "../sheetjs";
import type { SheetEdits } from "../../core/model/edits";
import { RowRemoval } from "../xlsx/cell-ref";
import { addRowRecords, type SheetRows } from "./biff-rows";
import { editBiff } from "./edit-biff";

/**
 * The school's .xls with the edits applied: edited in place record by record (editBiff: styles and
 * everything else kept), or, where that editor stops (BIFF5, shared formulas in a sheet losing rows …),
 * written again as BIFF8 by SheetJS: importers that
 * read .xls only get an .xls. Cell values, sheet names and order, merged cells, column widths, hidden rows
 * and row heights are kept (the last two by ROW records we add: SheetJS writes none). The community build
 * of SheetJS writes no cell styles to BIFF8, so fonts and fills are lost — the values an importer reads are not.
 */
export function editXls(source: Uint8Array, edits: readonly SheetEdits[]): Uint8Array {
  return editBiff(source, edits) ?? rewriteXls(source, edits);
}

/** The fallback: SheetJS reads the file and writes it anew; ROW records are added back for hidden rows. */
export function rewriteXls(source: Uint8Array, edits: readonly SheetEdits[]): Uint8Array {
  const wb = sheetjs().read(source, { type: "array", cellStyles: true, cellNF: true, cellDates: false, cellFormula: true, sheetStubs: false });
  for (const e of edits) {
    const ws = wb.Sheets[e.sheet];
    if (!ws) throw new Error(`editXls: no sheet named ${e.sheet}`);
    for (const c of e.cells) ws[sheetjs().utils.encode_cell({ r: c.row - 1, c: c.col })] = { t: "s", v: c.value, z: "@" };
    if (e.removeRows.length > 0) removeRows(ws, new RowRemoval(e.removeRows));
    else if (e.cells.length > 0) extendRef(ws);
  }
  const written = new Uint8Array(sheetjs().write(wb, { type: "array", bookType: "biff8" }) as ArrayBuffer);
  return addRowRecords(written, wb.SheetNames, rowsToKeep(wb));
}

/** Per sheet, the rows that are hidden or have their own height. */
function rowsToKeep(wb: XLSX.WorkBook): Map<string, SheetRows> {
  const out = new Map<string, SheetRows>();
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    const rows = (ws["!rows"] ?? []).flatMap((info, row) =>
      info && (info.hidden || info.hpt !== undefined) ? [{ row, hidden: !!info.hidden, ...(info.hpt !== undefined ? { heightPt: info.hpt } : {}) }] : [],
    );
    if (rows.length === 0 || !ws["!ref"]) continue;
    const range = sheetjs().utils.decode_range(ws["!ref"]);
    out.set(name, { rows, cols: [range.s.c, range.e.c + 1] });
  }
  return out;
}

function removeRows(ws: XLSX.WorkSheet, removal: RowRemoval): void {
  const moved: [string, XLSX.CellObject][] = [];
  for (const key of Object.keys(ws)) {
    if (key.startsWith("!")) continue;
    const at = sheetjs().utils.decode_cell(key);
    const cell = ws[key] as XLSX.CellObject;
    delete ws[key];
    if (!removal.isRemoved(at.r + 1)) moved.push([sheetjs().utils.encode_cell({ r: removal.moved(at.r + 1) - 1, c: at.c }), cell]);
  }
  for (const [key, cell] of moved) ws[key] = cell;
  if (ws["!rows"]) ws["!rows"] = ws["!rows"].filter((_, r) => !removal.isRemoved(r + 1));
  if (ws["!merges"]) {
    ws["!merges"] = ws["!merges"].flatMap((m) => {
      const r = removal.range(m.s.r + 1, m.e.r + 1);
      return r ? [{ s: { r: r[0] - 1, c: m.s.c }, e: { r: r[1] - 1, c: m.e.c } }] : [];
    });
  }
  extendRef(ws);
}

/** the used range after cells moved or were added */
function extendRef(ws: XLSX.WorkSheet): void {
  let maxR = 0;
  let maxC = 0;
  for (const key of Object.keys(ws)) {
    if (key.startsWith("!")) continue;
    const at = sheetjs().utils.decode_cell(key);
    if (at.r > maxR) maxR = at.r;
    if (at.c > maxC) maxC = at.c;
  }
  ws["!ref"] = sheetjs().utils.encode_range({ s: { r: 0, c: 0 }, e: { r: maxR, c: maxC } });
}
