import * as XLSX from "@e965/xlsx";

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

const BOUNDSHEET8 = 0x0085;
const BOF = 0x0809;
const DIMENSIONS = 0x0200;
const ROW = 0x0208;
const DEFAULT_HEIGHT_TWIPS = 255;

interface Rec {
  type: number;
  data: Uint8Array;
}

function records(stream: Uint8Array): Rec[] {
  const out: Rec[] = [];
  for (let p = 0; p + 4 <= stream.length; ) {
    const type = stream[p] | (stream[p + 1] << 8);
    const len = stream[p + 2] | (stream[p + 3] << 8);
    out.push({ type, data: stream.subarray(p + 4, p + 4 + len) });
    p += 4 + len;
  }
  return out;
}

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
  return { type: ROW, data: d };
}

/** The BIFF8 file with ROW records for the given sheets (by name, in workbook order). */
export function addRowRecords(biff: Uint8Array, sheetNames: readonly string[], bySheet: ReadonlyMap<string, SheetRows>): Uint8Array {
  if (bySheet.size === 0) return biff;
  const cfb = XLSX.CFB.read(biff, { type: "array" });
  const entry = XLSX.CFB.find(cfb, "Workbook");
  if (!entry) return biff;
  // CFB hands the stream back as a plain array or a Buffer, depending on how the file was read
  const content = entry.content as unknown as ArrayLike<number>;
  const recs = records(content instanceof Uint8Array ? content : Uint8Array.from(content));
  // substreams: the globals, then one per sheet, each opened by BOF
  const out: Rec[] = [];
  const bofAt: number[] = [];
  let sheet = -1;
  for (const rec of recs) {
    if (rec.type === BOF) {
      sheet++;
      bofAt.push(out.length);
    }
    out.push(rec);
    if (rec.type === DIMENSIONS && sheet >= 1) {
      const rows = bySheet.get(sheetNames[sheet - 1]);
      if (rows) for (const r of [...rows.rows].sort((a, b) => a.row - b.row)) out.push(rowRecord(r, rows.cols));
    }
  }
  const size = out.reduce((n, r) => n + 4 + r.data.length, 0);
  const stream = new Uint8Array(size);
  const offsets: number[] = [];
  let p = 0;
  for (const r of out) {
    offsets.push(p);
    stream[p] = r.type & 0xff;
    stream[p + 1] = r.type >> 8;
    stream[p + 2] = r.data.length & 0xff;
    stream[p + 3] = r.data.length >> 8;
    stream.set(r.data, p + 4);
    p += 4 + r.data.length;
  }
  // BOUNDSHEET8 starts with lbPlyPos, the stream offset of its sheet's BOF
  let k = 0;
  for (let i = 0; i < out.length; i++) {
    if (out[i].type !== BOUNDSHEET8) continue;
    k++;
    const at = offsets[i] + 4;
    const pos = offsets[bofAt[k]];
    new DataView(stream.buffer).setUint32(at, pos, true);
  }
  entry.content = stream as unknown as typeof entry.content;
  entry.size = stream.length;
  return new Uint8Array(XLSX.CFB.write(cfb, { type: "array", fileType: "cfb" }) as ArrayBuffer);
}
