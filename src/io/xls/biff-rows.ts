import { BOF, DIMENSIONS, openBiff, readRecords, rec, ROW, saveBiff, writeRecords, type Rec } from "./biff-records";

/**
 * SheetJS writes BIFF8 without ROW records, so a hidden row (the KD_Fnn code row) would show again and
 * row heights would be lost. This puts ROW records into the written Workbook stream, after each sheet's
 * DIMENSIONS record, and moves the sheets' stream offsets in BOUNDSHEET8 by the bytes added.
 */

export interface RowRecord {
  /** 0-based row */
  row: number;
  hidden: boolean;
  /** height in points, when the source set one */
  heightPt?: number;
}

export interface SheetRows {
  rows: RowRecord[];
  /** first column and one past the last of the sheet's used range */
  cols: [number, number];
}

const DEFAULT_HEIGHT_TWIPS = 255;

function rowRecord(r: RowRecord, cols: [number, number]): Rec {
  const d = new Uint8Array(16);
  const v = new DataView(d.buffer);
  v.setUint16(0, r.row, true);
  v.setUint16(2, cols[0], true);
  v.setUint16(4, cols[1], true);
  const custom = r.heightPt !== undefined;
  v.setUint16(6, custom ? Math.round(r.heightPt! * 20) : DEFAULT_HEIGHT_TWIPS, true);
  // bit 8 is reserved and set; 0x20 fDyZero = hidden; 0x40 fUnsynced = height set by hand
  v.setUint16(12, 0x0100 | (r.hidden ? 0x20 : 0) | (custom || r.hidden ? 0x40 : 0), true);
  v.setUint16(14, 0x000f, true);
  return rec(ROW, d);
}

/** The BIFF8 file with ROW records for the given sheets (by name, in workbook order). */
export function addRowRecords(biff: Uint8Array, sheetNames: readonly string[], bySheet: ReadonlyMap<string, SheetRows>): Uint8Array {
  if (bySheet.size === 0) return biff;
  const file = openBiff(biff);
  if (!file) return biff;
  const out: Rec[] = [];
  // substreams: the globals, then one per sheet, each opened by BOF
  let sheet = -1;
  for (const r of readRecords(file.stream)) {
    if (r.type === BOF) sheet++;
    out.push(r);
    if (r.type === DIMENSIONS && sheet >= 1) {
      const rows = bySheet.get(sheetNames[sheet - 1]);
      if (rows) for (const x of [...rows.rows].sort((a, b) => a.row - b.row)) out.push(rowRecord(x, rows.cols));
    }
  }
  return saveBiff(file, writeRecords(out));
}
