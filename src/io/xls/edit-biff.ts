import type { SheetEdits } from "../../core/model/edits";
import { RowRemoval } from "../xlsx/cell-ref";
import { BOF, BOUNDSHEET8, CONTINUE, DIMENSIONS, EOF, ROW, openBiff, readRecords, rec, saveBiff, u16, u32, writeRecords, type Rec } from "./biff-records";

/**
 * The school's .xls edited in place, record by record: a fixed cell's record becomes a LABEL (text) record
 * with the cell's own format (XF) index, removed rows lose their ROW and cell records and every row below
 * moves up (cells, ROW records, merged ranges, data-validation and conditional-format ranges, hyperlinks,
 * page breaks, DIMENSIONS). Every other record — fonts, formats, styles, column widths, the other sheets —
 * is written back as the bytes it was. Returns null for what this editor does not handle (BIFF5, a cell
 * without a record, shared formulas in a sheet that loses rows …): the caller then writes the file anew.
 */

const T = {
  DIMENSIONS,
  ROW,
  INDEX: 0x020b,
  DBCELL: 0x00d7,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  RK: 0x027e,
  NUMBER: 0x0203,
  BOOLERR: 0x0205,
  FORMULA: 0x0006,
  STRING: 0x0207,
  BLANK: 0x0201,
  MULRK: 0x00bd,
  MULBLANK: 0x00be,
  RSTRING: 0x00d6,
  NOTE: 0x001c,
  MERGEDCELLS: 0x00e5,
  DVAL: 0x01b2,
  DV: 0x01be,
  CONDFMT: 0x01b0,
  HLINK: 0x01b8,
  HPAGEBREAKS: 0x001b,
  FEAT: 0x0868,
};

/** Records that refer to rows in ways we do not rewrite: a sheet with these does not lose rows here. */
const ROW_BOUND = new Set([0x04bc /* SHRFMLA */, 0x0221 /* ARRAY */, 0x0236 /* TABLE */, 0x0879 /* CONDFMT12 */, 0x087a /* CF12 */]);
const SINGLE_CELL = new Set([T.LABELSST, T.LABEL, T.RK, T.NUMBER, T.BOOLERR, T.FORMULA, T.BLANK, T.RSTRING]);
const MAX_LABEL = 255;

class Unsupported extends Error {}

export function editBiff(source: Uint8Array, edits: readonly SheetEdits[]): Uint8Array | null {
  let file;
  try {
    file = openBiff(source);
  } catch {
    return null;
  }
  if (!file) return null;
  const recs = readRecords(file.stream);
  const sheets = sheetRanges(recs);
  try {
    let out = recs;
    // from the last sheet back, so the ranges of the ones before stay right
    const byStart = edits.map((e) => ({ e, range: sheets.get(e.sheet) })).sort((a, b) => (b.range?.[0] ?? 0) - (a.range?.[0] ?? 0));
    for (const { e, range } of byStart) {
      if (!range) throw new Error(`editBiff: no sheet named ${e.sheet}`);
      if (e.cells.length === 0 && e.removeRows.length === 0) continue;
      const edited = editSheet(out.slice(range[0], range[1] + 1), e);
      out = [...out.slice(0, range[0]), ...edited, ...out.slice(range[1] + 1)];
    }
    return saveBiff(file, writeRecords(out));
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

/** Sheet name → [index of its BOF, index of its EOF] in the records. */
function sheetRanges(recs: readonly Rec[]): Map<string, [number, number]> {
  const byOffset = new Map<number, number>();
  recs.forEach((r, i) => r.type === BOF && byOffset.set(r.at, i));
  const out = new Map<string, [number, number]>();
  for (const r of recs) {
    if (r.type !== BOUNDSHEET8) continue;
    const start = byOffset.get(u32(r.data, 0));
    if (start === undefined) continue;
    let end = start;
    while (end < recs.length && recs[end].type !== EOF) end++;
    out.set(shortString(r.data, 6), [start, end]);
  }
  return out;
}

/** ShortXLUnicodeString: cch (1 byte), fHighByte, the characters. */
function shortString(d: Uint8Array, at: number): string {
  const cch = d[at];
  const high = d[at + 1] & 1;
  let s = "";
  for (let i = 0; i < cch; i++) s += String.fromCharCode(high ? u16(d, at + 2 + 2 * i) : d[at + 2 + i]);
  return s;
}

function editSheet(sheet: Rec[], e: SheetEdits): Rec[] {
  const removal = new RowRemoval(e.removeRows);
  const edits = new Map(e.cells.map((c) => [`${c.row - 1}:${c.col}`, c.value] as const));
  const done = new Set<string>();
  const out: Rec[] = [];
  let dropContinue = false;
  let dvDropped = 0;
  for (let i = 0; i < sheet.length; i++) {
    const r = sheet[i];
    if (r.type === CONTINUE) {
      if (!dropContinue) out.push(r);
      continue;
    }
    dropContinue = false;
    if (removal.any && ROW_BOUND.has(r.type)) throw new Unsupported();
    // stale once records change size; SheetJS's own files have none and open everywhere
    if (r.type === T.INDEX || r.type === T.DBCELL) continue;
    const isCell = SINGLE_CELL.has(r.type) || r.type === T.MULRK || r.type === T.MULBLANK || r.type === T.ROW || r.type === T.NOTE;
    if (isCell) {
      const row = u16(r.data, 0);
      if (removal.isRemoved(row + 1)) {
        if (r.type === T.NOTE) throw new Unsupported(); // its drawing object lives elsewhere
        dropContinue = true;
        if (r.type === T.FORMULA && sheet[i + 1]?.type === T.STRING) i++;
        continue;
      }
      const moved = removal.moved(row + 1) - 1;
      let cells = [r];
      if (r.type !== T.ROW && r.type !== T.NOTE) cells = editCells(r, row, edits, done);
      if (r.type === T.FORMULA && cells[0] !== r && sheet[i + 1]?.type === T.STRING) i++;
      for (const c of cells) out.push(moved === row ? c : withRow(c, moved));
      continue;
    }
    if (!removal.any) {
      out.push(r);
      continue;
    }
    const shifted = shiftRecord(r, removal);
    if (shifted === null) {
      if (r.type === T.DV) dvDropped++;
      dropContinue = true;
      continue;
    }
    out.push(shifted);
  }
  if (done.size !== edits.size) throw new Unsupported(); // a fixed cell with no record of its own
  if (dvDropped > 0) {
    const i = out.findIndex((r) => r.type === T.DVAL);
    if (i >= 0) {
      const d = out[i].data.slice();
      const v = new DataView(d.buffer);
      v.setUint32(14, v.getUint32(14, true) - dvDropped, true);
      out[i] = rec(T.DVAL, d);
    }
  }
  return out;
}

function withRow(r: Rec, row: number): Rec {
  const d = r.data.slice();
  new DataView(d.buffer).setUint16(0, row, true);
  return rec(r.type, d);
}

/** A cell record with the fixed cells among it turned into LABEL records (MULRK/MULBLANK split around them). */
function editCells(r: Rec, row: number, edits: Map<string, string>, done: Set<string>): Rec[] {
  if (SINGLE_CELL.has(r.type)) {
    const col = u16(r.data, 2);
    const key = `${row}:${col}`;
    const value = edits.get(key);
    if (value === undefined) return [r];
    done.add(key);
    return [label(row, col, u16(r.data, 4), value)];
  }
  // MULRK: rw, colFirst, (ixfe, rk)×n, colLast; MULBLANK: rw, colFirst, ixfe×n, colLast
  const first = u16(r.data, 2);
  const last = u16(r.data, r.data.length - 2);
  const size = r.type === T.MULRK ? 6 : 2;
  const hit: number[] = [];
  for (let c = first; c <= last; c++) if (edits.has(`${row}:${c}`)) hit.push(c);
  if (hit.length === 0) return [r];
  const out: Rec[] = [];
  let from = first;
  const part = (a: number, b: number) => {
    if (b < a) return;
    const cells = r.data.subarray(4 + (a - first) * size, 4 + (b - first + 1) * size);
    if (a === b) {
      // one cell left: RK (rw, col, ixfe, rk) or BLANK (rw, col, ixfe)
      const d = new Uint8Array(4 + size);
      const v = new DataView(d.buffer);
      v.setUint16(0, row, true);
      v.setUint16(2, a, true);
      d.set(cells, 4);
      out.push(rec(r.type === T.MULRK ? T.RK : T.BLANK, d));
      return;
    }
    const d = new Uint8Array(6 + cells.length);
    const v = new DataView(d.buffer);
    v.setUint16(0, row, true);
    v.setUint16(2, a, true);
    d.set(cells, 4);
    v.setUint16(4 + cells.length, b, true);
    out.push(rec(r.type, d));
  };
  for (const c of hit) {
    part(from, c - 1);
    const key = `${row}:${c}`;
    done.add(key);
    out.push(label(row, c, u16(r.data, 4 + (c - first) * size), edits.get(key)!));
    from = c + 1;
  }
  part(from, last);
  return out;
}

/** LABEL: rw, col, ixfe, then the text as an XLUnicodeString (cch, fHighByte = 1, UTF-16LE). */
function label(row: number, col: number, ixfe: number, value: string): Rec {
  if (value.length > MAX_LABEL) throw new Unsupported();
  const d = new Uint8Array(9 + 2 * value.length);
  const v = new DataView(d.buffer);
  v.setUint16(0, row, true);
  v.setUint16(2, col, true);
  v.setUint16(4, ixfe, true);
  v.setUint16(6, value.length, true);
  d[8] = 1;
  for (let i = 0; i < value.length; i++) v.setUint16(9 + 2 * i, value.charCodeAt(i), true);
  return rec(T.LABEL, d);
}

/** Ref8 ranges (rwFirst, rwLast, colFirst, colLast) at `at`, `count` of them, moved; null where a range is gone. */
function shiftRefs(d: Uint8Array, at: number, count: number, removal: RowRemoval): (Uint8Array | null)[] {
  const out: (Uint8Array | null)[] = [];
  for (let k = 0; k < count; k++) {
    const p = at + 8 * k;
    const range = removal.range(u16(d, p) + 1, u16(d, p + 2) + 1);
    if (!range) {
      out.push(null);
      continue;
    }
    const ref = d.slice(p, p + 8);
    const v = new DataView(ref.buffer);
    v.setUint16(0, range[0] - 1, true);
    v.setUint16(2, range[1] - 1, true);
    out.push(ref);
  }
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function count16(n: number): Uint8Array {
  return new Uint8Array([n & 0xff, n >> 8]);
}

/** A sheet record with row references, after the removal; null when it refers to removed rows only. */
function shiftRecord(r: Rec, removal: RowRemoval): Rec | null {
  const d = r.data;
  switch (r.type) {
    case T.DIMENSIONS: {
      const out = d.slice();
      const v = new DataView(out.buffer);
      const first = v.getUint32(0, true);
      const pastLast = v.getUint32(4, true);
      v.setUint32(0, removal.moved(first + 1) - 1, true);
      v.setUint32(4, removal.moved(pastLast + 1) - 1, true);
      return rec(r.type, out);
    }
    case T.MERGEDCELLS: {
      // a merge that shrank to one cell is no merge
      const isMerge = (x: Uint8Array | null): x is Uint8Array => x !== null && (u16(x, 0) !== u16(x, 2) || u16(x, 4) !== u16(x, 6));
      const refs = shiftRefs(d, 2, u16(d, 0), removal).filter(isMerge);
      return refs.length === 0 ? null : rec(r.type, concat([count16(refs.length), ...refs]));
    }
    case T.HLINK: {
      const [ref] = shiftRefs(d, 0, 1, removal);
      if (!ref) throw new Unsupported(); // its tooltip record would be left over
      return rec(r.type, concat([ref, d.subarray(8)]));
    }
    case T.CONDFMT: {
      // ccf, flags, refBound (Ref8U), sqref (cref, Ref8U×cref)
      const refs = shiftRefs(d, 14, u16(d, 12), removal).filter((x): x is Uint8Array => x !== null);
      if (refs.length === 0) throw new Unsupported(); // its CF records follow; keep it simple
      const bound = d.slice(4, 12);
      const bv = new DataView(bound.buffer);
      bv.setUint16(0, Math.min(...refs.map((x) => u16(x, 0))), true);
      bv.setUint16(2, Math.max(...refs.map((x) => u16(x, 2))), true);
      return rec(r.type, concat([d.subarray(0, 4), bound, count16(refs.length), ...refs, d.subarray(14 + 8 * u16(d, 12))]));
    }
    case T.DV: {
      const at = dvSqref(d);
      if (at < 0) throw new Unsupported();
      const refs = shiftRefs(d, at + 2, u16(d, at), removal).filter((x): x is Uint8Array => x !== null);
      return refs.length === 0 ? null : rec(r.type, concat([d.subarray(0, at), count16(refs.length), ...refs]));
    }
    case T.FEAT: {
      // FrtHeader (12), isf, reserved (1 + 4), cref at 19, cbFeatData, reserved, then Ref8U×cref at 27
      const n = u16(d, 19);
      const refs = shiftRefs(d, 27, n, removal).filter((x): x is Uint8Array => x !== null);
      if (refs.length === 0) return null;
      const head = d.slice(0, 27);
      head.set(count16(refs.length), 19);
      return rec(r.type, concat([head, ...refs, d.subarray(27 + 8 * n)]));
    }
    case T.HPAGEBREAKS: {
      const breaks: Uint8Array[] = [];
      for (let k = 0; k < u16(d, 0); k++) {
        const p = 2 + 6 * k;
        const row = u16(d, p);
        if (removal.isRemoved(row + 1)) continue;
        const b = d.slice(p, p + 6);
        new DataView(b.buffer).setUint16(0, removal.moved(row + 1) - 1, true);
        breaks.push(b);
      }
      return breaks.length === 0 ? null : rec(r.type, concat([count16(breaks.length), ...breaks]));
    }
    default:
      return r;
  }
}

/** Where a DV record's sqref starts: after the flags, four XLUnicodeStrings and two formulas; -1 if it does not add up. */
function dvSqref(d: Uint8Array): number {
  let p = 4;
  for (let k = 0; k < 4; k++) {
    if (p + 3 > d.length) return -1;
    const cch = u16(d, p);
    p += 3 + cch * (d[p + 2] & 1 ? 2 : 1);
  }
  for (let k = 0; k < 2; k++) {
    if (p + 4 > d.length) return -1;
    p += 4 + u16(d, p);
  }
  if (p + 2 > d.length || p + 2 + 8 * u16(d, p) !== d.length) return -1;
  return p;
}
