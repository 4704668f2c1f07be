import { ascii, ByteWriter, indexOfBytes } from "./byte-writer";
import { RowRemoval } from "./cell-ref";
import { editRowCells, newRowXml } from "./edit-cells";
import { isXmlSpace } from "./xml-text";

/**
 * The rows of one worksheet's sheetData edited as UTF-8 bytes, a segment at a time: the sheet is
 * edited as it inflates, so a segment is any run of whole rows and the state (which fixed rows are
 * still to come, the last row number seen) carries over from one segment to the next.
 */
export class RowEditor {
  private readonly rowOpen: Uint8Array;
  // anchored on the "w", which cells do not contain (see indexOfBytes)
  private readonly rowW: number;
  private readonly rowClose: Uint8Array;
  private readonly cellOpen: Uint8Array;
  private readonly pending: number[];
  private next = 0;
  private prev = 0;

  constructor(
    private readonly p: string,
    private readonly removal: RowRemoval,
    private readonly byRow: Map<number, Map<number, string>>,
  ) {
    this.rowOpen = ascii(`<${p}row`);
    this.rowW = this.rowOpen.length - 1;
    this.rowClose = ascii(`</${p}row>`);
    this.cellOpen = ascii(`<${p}c`);
    this.pending = [...byRow.keys()].sort((a, b) => a - b);
  }

  /** Where the last row's start tag in xml[from, to) begins (rows before it are whole), or -1. */
  lastRowStart(xml: Uint8Array, from: number, to: number): number {
    const open = this.rowOpen;
    for (let i = to - open.length - 1; i >= from; i--) {
      if (xml[i] !== 60 || xml[i + this.rowW] !== 119) continue;
      let k = 1;
      while (k < open.length && xml[i + k] === open[k]) k++;
      const b = xml[i + open.length];
      if (k === open.length && (isXmlSpace(b) || b === 62 || b === 47)) return i;
    }
    return -1;
  }

  /** The whole rows in xml[start, end), edited, into w. */
  segment(xml: Uint8Array, start: number, end: number, w: ByteWriter): void {
    const { rowOpen, rowW, rowClose, cellOpen, pending, removal, byRow, p } = this;
    // rows that stay as they are are not copied one by one: the span since the last change goes at once
    let copyFrom = start;
    let at = findTag(xml, rowOpen, start, end, rowW);
    for (; at >= 0; at = findTag(xml, rowOpen, at, end, rowW)) {
      const rowStart = at;
      const gt = xml.indexOf(62, rowStart);
      if (gt < 0 || gt >= end) throw new Error("worksheet row tag cut off");
      const selfClosing = xml[gt - 1] === 47;
      let rowEnd = gt + 1;
      if (!selfClosing) {
        const c = indexOfBytes(xml, rowClose, gt + 1, end, rowW + 1);
        if (c < 0) throw new Error("worksheet row not closed");
        rowEnd = c + rowClose.length;
      }
      at = rowEnd;
      const v = rValue(xml, rowStart + rowOpen.length, gt);
      const vEnd = v < 0 ? -1 : xml.indexOf(xml[v - 1], v);
      if (v >= 0 && !(vEnd >= 0 && vEnd < gt)) throw new Error("worksheet row tag cut off");
      const row = v < 0 ? this.prev + 1 : Number(text(xml, v, vEnd));
      this.prev = row;
      const cells = byRow.get(row);
      const moved = removal.moved(row);
      const removed = removal.isRemoved(row);
      const newBefore = this.next < pending.length && pending[this.next] < row;
      if (!newBefore && !cells && !removed && moved === row) continue;

      w.copy(xml, copyFrom, rowStart);
      copyFrom = rowEnd;
      // fixed cells in rows the sheet does not have yet come in row order
      for (; this.next < pending.length && pending[this.next] < row; this.next++) this.newRow(pending[this.next], w);
      if (this.next < pending.length && pending[this.next] === row) this.next++;
      if (removed) continue;

      const tagEnd = selfClosing ? gt - 1 : gt;
      const nameEnd = rowStart + rowOpen.length;
      if (v < 0) {
        w.copy(xml, rowStart, nameEnd);
        w.text(` r="${moved}"`);
        w.copy(xml, nameEnd, tagEnd);
      } else {
        w.copy(xml, rowStart, v);
        w.text(String(moved));
        w.copy(xml, vEnd, tagEnd);
      }
      if (cells) {
        w.text(">");
        w.text(editRowCells(selfClosing ? "" : text(xml, gt + 1, rowEnd - rowClose.length), p, row, moved, cells));
        w.bytes(rowClose);
      } else if (selfClosing) w.copy(xml, tagEnd, gt + 1);
      else {
        w.text(">");
        copyRenumbered(xml, gt + 1, rowEnd - rowClose.length, ascii(String(moved)), cellOpen, w);
        w.bytes(rowClose);
      }
    }
    w.copy(xml, copyFrom, end);
  }

  /** After the last row: fixed cells in rows below all the sheet has. */
  finish(w: ByteWriter): void {
    for (; this.next < this.pending.length; this.next++) this.newRow(this.pending[this.next], w);
  }

  private newRow(row: number, w: ByteWriter): void {
    if (!this.removal.isRemoved(row)) w.text(newRowXml(this.p, this.removal.moved(row), this.byRow.get(row)!));
  }
}

const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

function text(xml: Uint8Array, from: number, to: number): string {
  return utf8.decode(xml.subarray(from, to));
}

/** `<name` followed by whitespace, `>` or `/` (so `<row` does not match `<rowBreaks`) */
export function findTag(xml: Uint8Array, open: Uint8Array, from: number, end: number, anchor = 0): number {
  for (let at = indexOfBytes(xml, open, from, end, anchor); at >= 0; at = indexOfBytes(xml, open, at + 1, end, anchor)) {
    const b = xml[at + open.length];
    if (isXmlSpace(b) || b === 62 || b === 47) return at;
  }
  return -1;
}

/**
 * Where the value of attribute `r` lies in a start tag xml[from, to), quoted values skipped so an
 * attribute's text cannot be taken for one; -1 when the tag has no r.
 */
function rValue(xml: Uint8Array, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const b = xml[i];
    if (b === 34 || b === 39) {
      const q = xml.indexOf(b, i + 1);
      if (q < 0 || q >= to) return -1;
      i = q;
    } else if (b === 114 && isXmlSpace(xml[i - 1]) && xml[i + 1] === 61 && (xml[i + 2] === 34 || xml[i + 2] === 39)) return i + 3;
  }
  return -1;
}

/**
 * xml[from, to) with the row digits of every cell's r="A5" set to `digits`. This runs over nearly every
 * byte of a sheet once a row near the top is removed. Mostly the new number has as many digits as the
 * old, so the row is copied at once and its references patched where they landed; otherwise the spans
 * between references are copied one by one.
 */
function copyRenumbered(xml: Uint8Array, from: number, to: number, digits: Uint8Array, cellOpen: Uint8Array, w: ByteWriter): void {
  const start = w.length;
  w.copy(xml, from, to);
  const buf = w.reserve(0);
  const ref = new Int32Array(2);
  for (let r = from; nextRef(xml, r, to, cellOpen, ref); r = ref[1]) {
    if (ref[1] - ref[0] !== digits.length) {
      w.length = start;
      copySpans(xml, from, to, digits, cellOpen, w);
      return;
    }
    const o = start + ref[0] - from;
    for (let n = 0; n < digits.length; n++) buf[o + n] = digits[n];
  }
}

function copySpans(xml: Uint8Array, from: number, to: number, digits: Uint8Array, cellOpen: Uint8Array, w: ByteWriter): void {
  const ref = new Int32Array(2);
  let copied = from;
  for (; nextRef(xml, copied, to, cellOpen, ref); copied = ref[1]) {
    w.copy(xml, copied, ref[0]);
    w.bytes(digits);
  }
  w.copy(xml, copied, to);
}

/**
 * The next cell reference's row digits at or after `from` (before `to`) into ref[0..1]; false when none.
 * It jumps from one "r" to the next: a cell of numbers or shared strings has only the one of r="…".
 */
function nextRef(xml: Uint8Array, from: number, to: number, cellOpen: Uint8Array, ref: Int32Array): boolean {
  for (let r = xml.indexOf(114, from); r >= 0 && r < to; r = xml.indexOf(114, r + 1)) {
    if (!(isXmlSpace(xml[r - 1]) && xml[r + 1] === 61)) continue;
    const q = xml[r + 2];
    if ((q !== 34 && q !== 39) || !inCellTag(xml, r, from, cellOpen)) continue;
    let d = r + 3;
    if (xml[d] === 36) d++;
    const letters = d;
    while ((xml[d] >= 65 && xml[d] <= 90) || (xml[d] >= 97 && xml[d] <= 122)) d++;
    const at = d;
    while (xml[d] >= 48 && xml[d] <= 57) d++;
    if (at === letters || d === at || xml[d] !== q) continue;
    ref[0] = at;
    ref[1] = d;
    return true;
  }
  return false;
}

/**
 * True when the attribute starting at `r` belongs to a cell's start tag: not text, not inside another
 * attribute's value (the quotes since the tag's name are balanced only outside values).
 */
function inCellTag(xml: Uint8Array, r: number, floor: number, cellOpen: Uint8Array): boolean {
  let lt = r - 1;
  while (lt >= floor && xml[lt] !== 60 && xml[lt] !== 62) lt--;
  if (lt < floor || xml[lt] !== 60) return false;
  for (let k = 1; k < cellOpen.length; k++) if (xml[lt + k] !== cellOpen[k]) return false;
  const after = lt + cellOpen.length;
  if (!isXmlSpace(xml[after])) return false;
  let quote = 0;
  for (let i = after; i < r; i++) {
    const c = xml[i];
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
  }
  return quote === 0;
}
