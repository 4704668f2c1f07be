import { columnIndex } from "../../core/model/table";
import type { CellEdit, SheetEdits } from "../../core/model/edits";
import { xmlText } from "../xml-escape";
import { cellRef, RowRemoval, shiftRange, shiftSqref } from "./cell-ref";

/**
 * One worksheet part with the upload-ready edits applied, as a string transform: everything not
 * touched is copied verbatim (styles, widths, validations, the rows above the data). Fixed cells become
 * inline-string cells that keep their style; removed rows go, later rows and the ranges that point at
 * them move up. Formulas' own references are not rewritten: upload templates carry values, not formulas.
 */
export function editSheetXml(xml: string, edits: SheetEdits): string {
  const p = prefixOf(xml);
  const removal = new RowRemoval(edits.removeRows);
  const byRow = groupByRow(edits.cells);
  if (!removal.any && byRow.size === 0) return xml;

  const open = xml.search(new RegExp(`<${p}sheetData[\\s/>]`));
  if (open < 0) throw new Error("worksheet part without sheetData");
  const openEnd = xml.indexOf(">", open) + 1;
  const selfClosing = xml[openEnd - 2] === "/";
  const close = selfClosing ? openEnd : xml.indexOf(`</${p}sheetData>`, openEnd);
  if (close < 0) throw new Error("worksheet part with an unclosed sheetData");
  const body = selfClosing ? "" : xml.slice(openEnd, close);
  const rows = editRows(body, p, removal, byRow);
  const head = removal.any ? shiftHead(xml.slice(0, open), removal) : xml.slice(0, open);
  const tail = selfClosing ? xml.slice(openEnd) : xml.slice(close + `</${p}sheetData>`.length);
  return `${head}<${p}sheetData>${rows}</${p}sheetData>${removal.any ? shiftTail(tail, p, removal) : tail}`;
}

function prefixOf(xml: string): string {
  const m = /<(\w+:)?worksheet[\s>]/.exec(xml);
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

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1];
}

function editRows(body: string, p: string, removal: RowRemoval, byRow: Map<number, Map<number, string>>): string {
  const rowRe = new RegExp(`<${p}row(?=[\\s>/])([^>]*?)(/>|>([\\s\\S]*?)</${p}row>)`, "g");
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  let next = 0;
  let out = "";
  let last = 0;
  let prev = 0;
  for (let m = rowRe.exec(body); m; m = rowRe.exec(body)) {
    out += body.slice(last, m.index);
    last = rowRe.lastIndex;
    const row = Number(attr(m[1], "r") ?? prev + 1);
    prev = row;
    // fixed cells in rows the sheet does not have yet come in row order
    for (; next < pending.length && pending[next] < row; next++) out += newRow(p, pending[next], byRow.get(pending[next])!, removal);
    if (next < pending.length && pending[next] === row) next++;
    if (removal.isRemoved(row)) continue;
    const moved = removal.moved(row);
    const attrs = setAttr(m[1], "r", String(moved));
    const cells = byRow.get(row);
    let inner = m[3] ?? "";
    if (cells) inner = editCells(inner, p, row, cells);
    if (moved !== row) inner = renumberCells(inner, p, moved);
    out += inner === "" && m[2] === "/>" ? `<${p}row${attrs}/>` : `<${p}row${attrs}>${inner}</${p}row>`;
  }
  out += body.slice(last);
  for (; next < pending.length; next++) out += newRow(p, pending[next], byRow.get(pending[next])!, removal);
  return out;
}

function newRow(p: string, row: number, cells: Map<number, string>, removal: RowRemoval): string {
  if (removal.isRemoved(row)) return "";
  const moved = removal.moved(row);
  const sorted = [...cells.entries()].sort((a, b) => a[0] - b[0]);
  return `<${p}row r="${moved}">${sorted.map(([col, v]) => textCell(p, cellRef(moved, col), undefined, v)).join("")}</${p}row>`;
}

function setAttr(attrs: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}=")[^"]*(")`);
  return re.test(attrs) ? attrs.replace(re, `$1${value}$2`) : ` ${name}="${value}"${attrs}`;
}

function editCells(inner: string, p: string, row: number, edits: Map<number, string>): string {
  const cellRe = new RegExp(`<${p}c(?=[\\s>/])([^>]*?)(/>|>([\\s\\S]*?)</${p}c>)`, "g");
  const todo = new Map(edits);
  let out = "";
  let last = 0;
  let prevCol = -1;
  const flushBefore = (col: number) => {
    for (const c of [...todo.keys()].sort((a, b) => a - b)) {
      if (c >= col) break;
      out += textCell(p, cellRef(row, c), undefined, todo.get(c)!);
      todo.delete(c);
    }
  };
  for (let m = cellRe.exec(inner); m; m = cellRe.exec(inner)) {
    const ref = attr(m[1], "r");
    const col = ref ? columnIndex(ref.replace(/\d+$/, "")) : prevCol + 1;
    prevCol = col;
    out += inner.slice(last, m.index);
    last = cellRe.lastIndex;
    flushBefore(col);
    const value = todo.get(col);
    if (value === undefined) {
      out += m[0];
      continue;
    }
    todo.delete(col);
    out += textCell(p, ref ?? cellRef(row, col), attr(m[1], "s"), value);
  }
  out += inner.slice(last);
  flushBefore(Number.MAX_SAFE_INTEGER);
  return out;
}

function renumberCells(inner: string, p: string, row: number): string {
  return inner.replace(new RegExp(`(<${p}c(?=[\\s>/])[^>]*?\\sr=")(\\$?[A-Za-z]+)\\d+"`, "g"), `$1$2${row}"`);
}

function textCell(p: string, ref: string, style: string | undefined, value: string): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${xmlText(value)}</${p}t></${p}is></${p}c>`;
}


/** A range whose rows were all removed keeps one row, so an attribute that must not be empty stays valid. */
function keepOne(range: string, removal: RowRemoval): string {
  const shifted = shiftRange(range, removal);
  if (shifted !== null) return shifted;
  const first = range.split(":")[0];
  return first.replace(/\d+$/, (d) => String(Math.max(1, removal.moved(Number(d)))));
}

function shiftHead(head: string, removal: RowRemoval): string {
  return head
    .replace(/(<(?:\w+:)?dimension\s[^>]*?ref=")([^"]*)"/, (_, a: string, ref: string) => `${a}${keepOne(ref, removal)}"`)
    .replace(/(\s(?:sqref|activeCell|topLeftCell)=")([^"]*)"/g, (_, a: string, ref: string) => `${a}${ref.split(/\s+/).map((r) => keepOne(r, removal)).join(" ")}"`);
}

function shiftTail(tail: string, p: string, removal: RowRemoval): string {
  const shiftList = (ref: string) => shiftSqref(ref, removal) || keepOne(ref.split(/\s+/)[0], removal);
  let out = tail.replace(/<(\w+:)?(\w+)(\s[^>]*?)(\/?)>/g, (whole, _p, name: string, attrs: string, end: string) => {
    if (name === "mergeCell") {
      // merged ranges whose rows are all gone are dropped, the rest shrink
      const ref = attr(attrs, "ref");
      const shifted = ref === undefined ? ref : shiftRange(ref, removal);
      return shifted === null ? "" : shifted === undefined ? whole : whole.replace(`ref="${ref}"`, `ref="${shifted}"`);
    }
    if (name === "brk") return whole.replace(/(\sid=")(\d+)"/, (_, a: string, id: string) => `${a}${removal.moved(Number(id))}"`);
    return `<${_p ?? ""}${name}${attrs.replace(/(\s(?:sqref|ref)=")([^"]*)"/g, (_, a: string, ref: string) => `${a}${shiftList(ref)}"`)}${end}>`;
  });
  out = out.replace(new RegExp(`(<${p}mergeCells\\b[^>]*?count=")\\d+"`), (_, a: string) => `${a}${(out.match(new RegExp(`<${p}mergeCell\\s`, "g")) ?? []).length}"`);
  // data validations and conditional formats in the x14 extension keep their ranges in an element
  return out.replace(/(<(?:\w+:)?sqref>)([^<]*)(<\/(?:\w+:)?sqref>)/g, (_, a: string, ref: string, b: string) => `${a}${shiftList(ref)}${b}`);
}
