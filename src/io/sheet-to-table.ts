import type { CellObject, WorkSheet } from "@e965/xlsx";
import type { RawCell, SheetTable } from "../core/model/table";

/** Excel's error codes as SheetJS stores them (cell.v of a type "e" cell). */
const ERROR_TEXT: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A cell as Office.js would hand it over: numbers stay numbers (an 18-digit ID typed as a number
 * must reach the engine as one), dates stay serial numbers, text stays text, formulas give their
 * cached value, errors their "#N/A" text.
 */
export function rawCell(cell: CellObject | undefined): RawCell {
  if (!cell) return null;
  const v = cell.v;
  switch (cell.t) {
    case "n":
      return typeof v === "number" ? v : null;
    case "s":
      return typeof v === "string" ? v : v === undefined || v === null ? null : String(v);
    case "b":
      return typeof v === "boolean" ? v : null;
    case "e":
      return typeof v === "number" ? (ERROR_TEXT[v] ?? "#ERROR") : "#ERROR";
    case "d":
      return v instanceof Date ? (v.getTime() - EXCEL_EPOCH_MS) / DAY_MS : null;
    default:
      return null;
  }
}

/** A dense SheetJS worksheet → the engine's table, trailing blank rows dropped. */
export function sheetToTable(sheet: WorkSheet, name: string, source: string, asText = false): SheetTable {
  const data = (sheet["!data"] ?? []) as (CellObject[] | undefined)[];
  const rows: RawCell[][] = [];
  let lastNonEmpty = -1;
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    if (!src) {
      rows.push([]);
      continue;
    }
    const out = new Array<RawCell>(src.length);
    let any = false;
    for (let c = 0; c < src.length; c++) {
      const cell = src[c];
      const value = asText ? textCell(cell) : rawCell(cell);
      out[c] = value;
      if (value !== null && value !== "") any = true;
    }
    rows.push(out);
    if (any) lastNonEmpty = r;
  }
  rows.length = lastNonEmpty + 1;
  return { sheet: name, rows, source };
}

/** Delimited text: every value stays the characters in the file ("0571…", "…002X"). */
function textCell(cell: CellObject | undefined): RawCell {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  return typeof cell.v === "string" ? cell.v : String(cell.w ?? cell.v);
}
