import type { CellEdit, SheetEdits } from "../../core/model/edits";
import { ascii, ByteWriter, indexOfBytes, lastIndexOfBytes } from "./byte-writer";
import { RowRemoval } from "./cell-ref";
import { editRowCells, newRowXml } from "./edit-cells";
import { shiftHead, shiftTail } from "./sheet-ranges";

/**
 * One worksheet part with the upload-ready edits applied, on its UTF-8 bytes: everything not touched is
 * copied verbatim (styles, widths, validations, the rows above the data), rows that neither move nor
 * hold a fixed cell as one span. Fixed cells become inline-string cells that keep their style; removed
 * rows go, later rows and the ranges that point at them move up. Formulas' own references are not
 * rewritten: upload templates carry values, not formulas.
 */
export function editSheetXml(xml: Uint8Array, edits: SheetEdits): Uint8Array {
  const removal = new RowRemoval(edits.removeRows);
  const byRow = groupByRow(edits.cells);
  if (!removal.any && byRow.size === 0) return xml;

  const p = prefixOf(xml);
  const open = findTag(xml, ascii(`<${p}sheetData`), 0, xml.length);
  if (open < 0) throw new Error("worksheet part without sheetData");
  const openEnd = xml.indexOf(62, open) + 1;
  const selfClosing = xml[openEnd - 2] === 47;
  const closeTag = ascii(`</${p}sheetData>`);
  const close = selfClosing ? openEnd : lastIndexOfBytes(xml, closeTag, openEnd);
  if (close < 0) throw new Error("worksheet part with an unclosed sheetData");

  const w = new ByteWriter(xml.length + edits.cells.reduce((n, c) => n + 160 + c.value.length * 6, 65536));
  const head = text(xml, 0, open);
  w.text(removal.any ? shiftHead(head, removal) : head);
  if (selfClosing) w.text(`<${p}sheetData>`);
  else w.copy(xml, open, openEnd);
  editRows(xml, openEnd, close, p, removal, byRow, w);
  w.bytes(closeTag);
  const tail = text(xml, selfClosing ? openEnd : close + closeTag.length, xml.length);
  w.text(removal.any ? shiftTail(tail, p, removal) : tail);
  return w.result();
}

// ignoreBOM keeps a byte-order mark in the head as it was
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

function text(xml: Uint8Array, from: number, to: number): string {
  return utf8.decode(xml.subarray(from, to));
}

function prefixOf(xml: Uint8Array): string {
  const at = indexOfBytes(xml, ascii("worksheet"), 0);
  if (at < 0) return "";
  let lt = at - 1;
  while (lt >= 0 && xml[lt] !== 60 && at - lt < 64) lt--;
  const m = /^<(\w+:)?$/.exec(text(xml, Math.max(0, lt), at));
  return m?.[1] ?? "";
}

function groupByRow(cells: readonly CellEdit[]): Map<number, Map<number, string>> {
  const out = new Map<number, Map<number, string>>();
  for (const c of cells) {
    let row = out.get(c.row);
    if (!row) out.set(c.row, (row = new Map()));
    row.set(c.col, c.value);
  }
  return out;
}

function isWs(b: number): boolean {
  return b === 32 || b === 9 || b === 10 || b === 13;
}

/** `<name` followed by whitespace, `>` or `/` (so `<row` does not match `<rowBreaks`) */
function findTag(xml: Uint8Array, open: Uint8Array, from: number, end: number, anchor = 0): number {
  for (let at = indexOfBytes(xml, open, from, end, anchor); at >= 0; at = indexOfBytes(xml, open, at + 1, end, anchor)) {
    const b = xml[at + open.length];
    if (isWs(b) || b === 62 || b === 47) return at;
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
    } else if (b === 114 && isWs(xml[i - 1]) && xml[i + 1] === 61 && (xml[i + 2] === 34 || xml[i + 2] === 39)) return i + 3;
  }
  return -1;
}

function editRows(xml: Uint8Array, start: number, end: number, p: string, removal: RowRemoval, byRow: Map<number, Map<number, string>>, w: ByteWriter): void {
  const rowOpen = ascii(`<${p}row`);
  // anchored on the "w", which cells do not contain (see indexOfBytes)
  const rowW = rowOpen.length - 1;
  const rowClose = ascii(`</${p}row>`);
  const cellOpen = ascii(`<${p}c`);
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  let next = 0;
  let prev = 0;
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
    const row = v < 0 ? prev + 1 : Number(text(xml, v, vEnd));
    prev = row;
    const cells = byRow.get(row);
    const moved = removal.moved(row);
    const removed = removal.isRemoved(row);
    const newBefore = next < pending.length && pending[next] < row;
    if (!newBefore && !cells && !removed && moved === row) continue;

    w.copy(xml, copyFrom, rowStart);
    copyFrom = rowEnd;
    // fixed cells in rows the sheet does not have yet come in row order
    for (; next < pending.length && pending[next] < row; next++) newRow(p, pending[next], byRow.get(pending[next])!, removal, w);
    if (next < pending.length && pending[next] === row) next++;
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
  for (; next < pending.length; next++) newRow(p, pending[next], byRow.get(pending[next])!, removal, w);
}

function newRow(p: string, row: number, cells: Map<number, string>, removal: RowRemoval, w: ByteWriter): void {
  if (!removal.isRemoved(row)) w.text(newRowXml(p, removal.moved(row), cells));
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
    if (!(isWs(xml[r - 1]) && xml[r + 1] === 61)) continue;
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
  if (!isWs(xml[after])) return false;
  let quote = 0;
  for (let i = after; i < r; i++) {
    const c = xml[i];
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
  }
  return quote === 0;
}
