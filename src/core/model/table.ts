/**
 * What every door (Excel adapter, file reader) hands the engine: one worksheet's cells as read.
 * A cell's JavaScript type is the cell's type — an ID that Excel stored as a number arrives as a
 * number, so the engine can say its last digits are lost instead of silently accepting them.
 */
export type RawCell = string | number | boolean | null;

export interface SheetTable {
  /** Sheet name as shown on the tab. */
  sheet: string;
  /** rows[i][j] is the cell at sheet row origin.row + i (0-based), column origin.col + j. Ragged rows are fine. */
  rows: RawCell[][];
  /** 0-based position of rows[0][0] in the sheet; absent means A1. */
  origin?: { row: number; col: number };
  /** Where the sheet came from (file path or name), for messages and audits. */
  source?: string;
  /** 1-based sheet rows the source hides (a KD_Fnn code row often is), when the reader knows */
  hiddenRows?: number[];
  /** the workbook counts dates from 1904 (old Mac Excel): a date cell's serial number is 1462 days smaller */
  date1904?: boolean;
  /**
   * how a text file (CSV, or HTML named .xls) was decoded: the encoding (by its byte-order mark, or assumed
   * from the bytes) and how many places held bytes it could not decode; absent for workbooks
   */
  textEncoding?: { name: string; byBom: boolean; undecodable: number };
  /** the source's XML for this sheet (its cells, name or shared strings) holds characters XML 1.0 forbids */
  xmlForbidden?: boolean;
  /** the sheet's tab state in the source; absent means visible */
  state?: "visible" | "hidden" | "veryHidden";
}

/** 0-based column index → Excel letters (0 → A, 26 → AA). */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Excel letters → 0-based column index ("A" → 0, "AA" → 26). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
