/**
 * The values-only scan of one worksheet's XML with indexOf (no DOM), fed piece by piece as the part
 * inflates: an element cut by a piece's end waits for the next, so the sheet's whole XML is never one
 * string. Gives the same table as SheetJS + sheetToTable (read-xlsx.diff.test.ts).
 */
import type { RawCell, SheetTable } from "../../core/model/table";
import { ZipError } from "../zip/zip-archive";
import { limitError, MAX_AREA, MAX_CELLS, MAX_COLS, MAX_ELEMENT_CHARS, MAX_ROWS, type CellBudget } from "./xlsx-limits";
import { hasXmlForbidden } from "../xml-escape";
import { isXmlSpace, ownString, ownText, richText, unescapeCellText } from "./xml-text";

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"]);
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const SHEET_DATA = /<(?:\w+:)?sheetData[\s>/]/;
/** what an empty row array costs, in cells (a JS array header is ~4 pointers) */
const ROW_AREA = 4;
const WORKSHEET = /<(?:\w+:)?worksheet[\s>/]/;
const WORKSHEET_END = /<\/(?:\w+:)?worksheet\s*>/;

/**
 * The value of the attribute `needle` names (`r=`, with its "=": no string built per cell) in a start tag's
 * text, or undefined; prefixes are not used on r/t/hidden
 */
function attr(tag: string, needle: string): string | undefined {
  let at = 0;
  for (;;) {
    at = tag.indexOf(needle, at);
    if (at < 0) return undefined;
    const before = tag.charCodeAt(at - 1);
    if (isXmlSpace(before)) {
      const q = tag[at + needle.length];
      const end = tag.indexOf(q, at + needle.length + 1);
      return tag.slice(at + needle.length + 1, end);
    }
    at += needle.length - 1;
  }
}

/** Leading capital letters of a cell reference → 0-based column (SheetJS reads only A–Z here) */
function refColumn(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) - 64;
    if (c < 1 || c > 26) break;
    col = col * 26 + c;
  }
  return col - 1;
}

/** The row digits of a cell reference → 0-based row, NaN if none (parseInt's reading, without a slice per cell) */
function refRow(ref: string): number {
  let i = 0;
  while (i < ref.length && !isDigit(ref.charCodeAt(i))) i++;
  if (i === ref.length) return NaN;
  let n = 0;
  for (; i < ref.length && isDigit(ref.charCodeAt(i)); i++) n = n * 10 + (ref.charCodeAt(i) - 48);
  return n - 1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Body of the first child element `local` (any prefix), "" for an empty one; undefined when absent */
function childText(body: string, local: string): string | undefined {
  const re = local === "v" ? V_RE : IS_RE;
  re.lastIndex = 0;
  const m = re.exec(body);
  return m ? m[1] : undefined;
}
const V_RE = /<(?:\w+:)?v\b[^<>]*>([\s\S]*?)<\/(?:\w+:)?v>/g;

/**
 * The body of a cell's <v>: the common `<v>…</v>` alone without the regex (a fifth of the scan's time), the
 * rest by it. Same result: with no "<" before its "</v>", the regex's first match is this one.
 */
function vText(body: string): string | undefined {
  if (body.charCodeAt(0) === 60 && body.charCodeAt(1) === 118 && body.charCodeAt(2) === 62) {
    const end = body.indexOf("<", 3);
    if (end >= 0 && body.startsWith("</v>", end)) return body.slice(3, end);
  }
  return childText(body, "v");
}
const IS_RE = /<(?:\w+:)?is\b[^<>]*>([\s\S]*?)<\/(?:\w+:)?is>/g;

/** One cell's value by SheetJS's rules; undefined = no cell (SheetJS keeps none), null = a cell with no value */
function cellValue(t: string | undefined, body: string, strings: (string | null)[]): RawCell | undefined {
  if (t === "inlineStr") {
    const is = childText(body, "is");
    return is === undefined ? "" : ownText(richText(is));
  }
  const vRaw = vText(body);
  const v = vRaw === undefined || vRaw === "" ? undefined : unescapeCellText(vRaw);
  if (t === undefined || t === "n") return v === undefined ? undefined : parseFloat(v);
  if (v === undefined && t === "s") return undefined;
  switch (t) {
    case "s": {
      const s = strings[parseInt(v as string, 10)];
      if (s === undefined) throw new ZipError("corrupt", `shared string ${v} out of range`);
      return s;
    }
    case "str":
      return v === undefined ? "" : ownString(unescapeCellText(v, true));
    case "b":
      return v === "1" || v === "true";
    case "e":
      return v !== undefined && ERRORS.has(v) ? v : "#ERROR";
    case "d": {
      if (v === undefined) return null;
      const ms = Date.parse(v.length <= 10 ? v + "T00:00:00Z" : /[Zz]|[+-]\d\d:?\d\d$/.test(v) ? v : v + "Z");
      return Number.isFinite(ms) ? (ms - EXCEL_EPOCH_MS) / 86_400_000 : null;
    }
    default:
      // an unknown type: SheetJS keeps the cell with its text as value
      return v === undefined ? null : ownString(v);
  }
}

/**
 * A plain <v>'s value read from the XML itself: up to 15 digits (exact as parseFloat reads them) of a number or a
 * shared string's index; anything else is cut out and read by cellValue, so the result is always cellValue's.
 */
function plainValue(t: string | undefined, xml: string, from: number, to: number, strings: (string | null)[]): RawCell | undefined {
  if (to > from && to - from <= 15 && (t === undefined || t === "n" || t === "s")) {
    let n = 0;
    let i = from;
    for (; i < to; i++) {
      const d = xml.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === to) {
      if (t !== "s") return n;
      const s = strings[n];
      if (s === undefined) throw new ZipError("corrupt", `shared string ${xml.slice(from, to)} out of range`);
      return s;
    }
  }
  return cellValue(t, xml.slice(from - 3, to + 4), strings);
}

export class SheetScanner {
  private readonly rows: RawCell[][] = [];
  private readonly hiddenRows: number[] = [];
  private lastNonEmpty = -1;
  /** 0-based row of the last <row>, for cells without r */
  private rowTag = -1;
  private col = -1;
  private started = false;
  private done = false;
  /** the XML holds characters XML 1.0 forbids (see SheetTable.xmlForbidden) */
  private xmlForbidden = false;
  /** the part's root is a worksheet (not a chartsheet): it must hold a whole sheetData */
  private worksheet = false;
  /** a worksheet that ends (</worksheet>) without any sheetData is complete, and empty */
  private ended = false;
  /** the text from the first element not yet complete */
  private rest = "";
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(
    private readonly strings: (string | null)[],
    private readonly cells: CellBudget,
    private readonly fileName: string,
  ) {}

  /** the next piece of the sheet's text; `final` once the part has ended */
  push(text: string, final = false): void {
    if (this.done) return;
    if (text !== "") {
      this.pending.push(text);
      this.pendingLength += text.length;
    }
    // an unfinished element is scanned again only when at least as much text has come since, so
    // one cell as long as the sheet costs a few rescans, not one per piece
    if (!final && this.pendingLength < this.rest.length) return;
    const xml = this.rest + this.pending.join("");
    if (!this.xmlForbidden && hasXmlForbidden(xml)) this.xmlForbidden = true;
    this.pending = [];
    this.pendingLength = 0;
    const from = this.scan(xml, final);
    this.rest = from < xml.length ? xml.slice(from) : "";
    // one element longer than any cell Excel writes: a bomb, refused before it fills memory
    if (this.rest.length > MAX_ELEMENT_CHARS) throw limitError(this.fileName, "中有一个单元格的内容过长");
    // a sheet that stops before its data is complete is damaged, never an empty or shorter sheet
    if (final && this.worksheet && !this.done && !(this.ended && !this.started)) throw new ZipError("corrupt", "sheet XML ends before </sheetData>");
  }

  table(): SheetTable {
    const rows = this.rows;
    rows.length = this.lastNonEmpty + 1;
    const table: SheetTable = { sheet: "", rows };
    if (this.hiddenRows.length > 0) table.hiddenRows = this.hiddenRows;
    if (this.xmlForbidden) table.xmlForbidden = true;
    return table;
  }

  /** scans whole elements of xml; returns where the first incomplete one starts */
  private scan(xml: string, final: boolean): number {
    let pos = 0;
    if (!this.started) {
      if (!this.worksheet && WORKSHEET.test(xml)) this.worksheet = true;
      const open = SHEET_DATA.exec(xml);
      if (!open && WORKSHEET_END.test(xml)) this.ended = true;
      if (!open) return final ? xml.length : Math.max(0, xml.lastIndexOf("<"));
      this.started = true;
      pos = open.index;
    }
    const { rows, strings, cells, fileName } = this;
    for (;;) {
      const lt = xml.indexOf("<", pos);
      if (lt < 0) return xml.length;
      const gt = xml.indexOf(">", lt);
      if (gt < 0) {
        if (final) throw new ZipError("corrupt", "sheet XML cut off");
        return lt;
      }
      const closing = xml.charCodeAt(lt + 1) === 47;
      const nameStart = closing ? lt + 2 : lt + 1;
      let nameEnd = nameStart;
      while (nameEnd < gt && !isXmlSpace(xml.charCodeAt(nameEnd)) && xml.charCodeAt(nameEnd) !== 47) nameEnd++;
      const qname = xml.slice(nameStart, nameEnd);
      const colon = qname.indexOf(":");
      const local = colon < 0 ? qname : qname.slice(colon + 1);
      pos = gt + 1;
      if (closing) {
        if (local === "sheetData") {
          this.done = true;
          return xml.length;
        }
        continue;
      }
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      if (selfClosing && local === "sheetData") {
        this.done = true;
        return xml.length;
      }
      const tag = xml.slice(nameEnd, selfClosing ? gt - 1 : gt);
      if (local === "row") {
        const r = attr(tag, "r=");
        this.rowTag = r !== undefined ? parseInt(r, 10) - 1 : this.rowTag + 1;
        if (!(this.rowTag >= 0 && this.rowTag < MAX_ROWS)) throw limitError(fileName, "的行数超过 1,048,576 行");
        this.col = -1;
        const h = attr(tag, "hidden=");
        if (h === "1" || h === "true") this.hiddenRows.push(this.rowTag + 1);
        continue;
      }
      if (local !== "c") continue;
      // the cell's body first: a cell cut by the piece's end is scanned again, whole, with the next
      let body = "";
      // the common cell, <v>digits</v></c>, is read in place (no body cut out, no text for a shared string's index)
      let plain = false;
      let vFrom = 0;
      let vTo = 0;
      if (!selfClosing && colon < 0 && xml.startsWith("<v>", pos)) {
        const vEnd = xml.indexOf("<", pos + 3);
        if (vEnd >= 0 && vEnd - pos <= MAX_ELEMENT_CHARS && xml.startsWith("</v></c>", vEnd)) {
          plain = true;
          vFrom = pos + 3;
          vTo = vEnd;
          pos = vEnd + 8;
        }
      }
      if (!selfClosing && !plain) {
        const endTag = colon < 0 ? "</c>" : `</${qname}>`;
        const end = xml.indexOf(endTag, pos);
        if (end < 0) {
          if (final) throw new ZipError("corrupt", "sheet XML cut off");
          return lt;
        }
        if (end - pos > MAX_ELEMENT_CHARS) throw limitError(fileName, "中有一个单元格的内容过长");
        body = xml.slice(pos, end);
        pos = end + endTag.length;
      }
      const r = attr(tag, "r=");
      let row = this.rowTag;
      if (r !== undefined) {
        this.col = refColumn(r);
        const rr = refRow(r);
        if (rr >= 0) row = rr;
      } else this.col++;
      const col = this.col;
      if (row < 0 || col < 0) continue;
      if (row >= MAX_ROWS) throw limitError(fileName, "的行数超过 1,048,576 行");
      if (col >= MAX_COLS) throw limitError(fileName, "的列数超过 16,384 列");
      const t = attr(tag, "t=");
      const value = plain ? plainValue(t, xml, vFrom, vTo, strings) : cellValue(t, body, strings);
      if (value === undefined) continue;
      if (++cells.count > MAX_CELLS) throw limitError(fileName, `的单元格超过 ${MAX_CELLS.toLocaleString("en")} 个`);
      // the blank rows and cells before this one are allocated too: bound them all before allocating
      // (a blank row is an array of its own: it weighs ROW_AREA cells)
      const gap = Math.max(0, row + 1 - rows.length) * ROW_AREA + Math.max(0, col - (rows[row]?.length ?? 0));
      if ((cells.area += gap) > MAX_AREA) throw limitError(fileName, `的数据区域过大（行数 × 列数超过 ${MAX_AREA.toLocaleString("en")} 个单元格）`);
      while (rows.length <= row) rows.push([]);
      const out = rows[row];
      while (out.length < col) out.push(null);
      out[col] = value;
      if (value !== null && value !== "" && row > this.lastNonEmpty) this.lastNonEmpty = row;
    }
  }
}
