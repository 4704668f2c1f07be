import { sheetjs } from "../sheetjs";

/**
 * The records of a BIFF8 Workbook stream, read and written back, and the stream inside its compound file.
 * A record is a 2-byte type, a 2-byte length and its data; records we do not touch are written back as
 * the very bytes they were.
 */

export interface Rec {
  type: number;
  data: Uint8Array;
  /** the record's offset in the stream it was read from (-1 for records we made) */
  at: number;
}

export const BOF = 0x0809;
export const EOF = 0x000a;
export const BOUNDSHEET8 = 0x0085;
export const CONTINUE = 0x003c;
export const DIMENSIONS = 0x0200;
export const ROW = 0x0208;

export function readRecords(stream: Uint8Array): Rec[] {
  const out: Rec[] = [];
  for (let p = 0; p + 4 <= stream.length; ) {
    const type = stream[p] | (stream[p + 1] << 8);
    const len = stream[p + 2] | (stream[p + 3] << 8);
    out.push({ type, data: stream.subarray(p + 4, p + 4 + len), at: p });
    p += 4 + len;
  }
  return out;
}

/**
 * The stream of these records. Each BOUNDSHEET8 record's lbPlyPos is pointed at its sheet's BOF again:
 * the sheets are the BOF records after the globals, in BOUNDSHEET8 order.
 */
export function writeRecords(recs: readonly Rec[]): Uint8Array {
  const size = recs.reduce((n, r) => n + 4 + r.data.length, 0);
  const stream = new Uint8Array(size);
  const view = new DataView(stream.buffer);
  const offsets: number[] = [];
  let p = 0;
  for (const r of recs) {
    offsets.push(p);
    view.setUint16(p, r.type, true);
    view.setUint16(p + 2, r.data.length, true);
    stream.set(r.data, p + 4);
    p += 4 + r.data.length;
  }
  const bofs = recs.flatMap((r, i) => (r.type === BOF ? [offsets[i]] : [])).slice(1);
  let k = 0;
  recs.forEach((r, i) => {
    if (r.type === BOUNDSHEET8 && k < bofs.length) view.setUint32(offsets[i] + 4, bofs[k++], true);
  });
  return stream;
}

/** SheetJS bundles its compound-file library untyped: the two shapes used here. */
interface CfbEntry {
  content: unknown;
  size: number;
}
type CfbContainer = object;

export interface BiffFile {
  cfb: CfbContainer;
  entry: CfbEntry;
  stream: Uint8Array;
}

/** The Workbook stream of a BIFF8 file, or null (BIFF5 "Book" streams and anything else). */
export function openBiff(bytes: Uint8Array): BiffFile | null {
  const cfb = sheetjs().CFB.read(bytes, { type: "array" }) as CfbContainer;
  const entry = sheetjs().CFB.find(cfb, "Workbook") as CfbEntry | null;
  if (!entry?.content) return null;
  // CFB hands the stream back as a plain array or a Buffer; a Buffer's slice() is a view into a shared
  // pool, so the records are read from a plain copy whose slices are copies
  return { cfb, entry, stream: Uint8Array.from(entry.content as ArrayLike<number>) };
}

export function saveBiff(file: BiffFile, stream: Uint8Array): Uint8Array {
  file.entry.content = stream;
  file.entry.size = stream.length;
  return new Uint8Array(sheetjs().CFB.write(file.cfb, { type: "array", fileType: "cfb" }) as ArrayBuffer);
}

/** A record made here. */
export function rec(type: number, data: Uint8Array): Rec {
  return { type, data, at: -1 };
}

export function u16(d: Uint8Array, at: number): number {
  return d[at] | (d[at + 1] << 8);
}

export function u32(d: Uint8Array, at: number): number {
  return (d[at] | (d[at + 1] << 8) | (d[at + 2] << 16)) + d[at + 3] * 0x1000000;
}
