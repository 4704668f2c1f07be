/**
 * Values-only .xlsx reader: locates parts through workbook-parts, inflates each under the shared
 * budget and scans sheet XML with indexOf (no DOM), giving the same tables as SheetJS + sheetToTable.
 */
import type { RawCell, SheetTable } from "../../core/model/table";
import { corruptError, encryptedError, ReadError, tooLargeError } from "../read-error";
import { entryText, InflateBudget } from "../zip/inflate";
import { openZip, ZipArchive, ZipError } from "../zip/zip-archive";
import { readWorkbookParts } from "./workbook-parts";
import { richText, unescapeCellText } from "./xml-text";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** Excel's own limit for one range read by the add-in; a student list is far below it */
export const MAX_CELLS = 5_000_000;
export const MAX_SHARED_STRINGS = 5_000_000;
/** Same cap as readWorkbook's MAX_UNPACKED_BYTES, counted as really inflated */
export const MAX_INFLATED_BYTES = 600 * 1024 * 1024;

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"]);
const SST_OPEN = /<(?:\w+:)?sst\b[^<>]*>/;
const SST_CLOSE = /<\/(?:\w+:)?sst>/;
const SI_OPEN = /<(?:\w+:)?(?:si|sstItem)>/g;
const SI_CLOSE = /<\/(?:\w+:)?(?:si|sstItem)>/;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function limitError(fileName: string, what: string): ReadError {
  return new ReadError(
    "too-large",
    `文件「${fileName}」${what}，超出可检查的上限。请按年级或班级拆分成几个文件（每个文件少于 ${MAX_CELLS.toLocaleString("en")} 个单元格）后分别检查。`,
  );
}

export function readXlsx(bytes: Uint8Array, fileName: string): SheetTable[] {
  try {
    const zip = openZip(bytes);
    const budget: InflateBudget = { remaining: MAX_INFLATED_BYTES };
    const parts = readWorkbookParts(zip, budget);
    const strings = parts.sharedStringsPath ? readSharedStrings(zip, parts.sharedStringsPath, budget, fileName) : [];
    const cells = { count: 0 };
    const tables: SheetTable[] = [];
    for (const sheet of parts.sheets) {
      const entry = zip.get(sheet.path);
      if (!entry) throw new ZipError("corrupt", `sheet part ${sheet.path} missing`);
      const table = scanSheet(entryText(entry, budget), strings, cells, fileName);
      table.sheet = sheet.name;
      table.source = fileName;
      if (sheet.state !== "visible") table.state = sheet.state;
      if (parts.date1904) table.date1904 = true;
      tables.push(table);
    }
    if (tables.length === 0) throw new ZipError("corrupt", "no worksheets");
    return tables;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    if (e instanceof ZipError) {
      if (e.reason === "encrypted") throw encryptedError(fileName);
      if (e.reason === "too-large") throw tooLargeError(fileName, Math.ceil(MAX_INFLATED_BYTES / 2 ** 20), MAX_INFLATED_BYTES / 2 ** 20);
      throw corruptError(fileName, e.message);
    }
    throw corruptError(fileName, e instanceof Error ? e.message : String(e));
  }
}

function readSharedStrings(zip: ZipArchive, path: string, budget: InflateBudget, fileName: string): (string | null)[] {
  const entry = zip.get(path);
  if (!entry) return [];
  const xml = entryText(entry, budget);
  const open = SST_OPEN.exec(xml);
  if (!open) return [];
  const start = open.index + open[0].length;
  const close = SST_CLOSE.exec(xml.slice(start));
  const inner = close ? xml.slice(start, start + close.index) : xml.slice(start);
  // split the way SheetJS does, so every index lands on the same string
  const items = inner.replace(SI_OPEN, "").split(SI_CLOSE);
  if (items.length > MAX_SHARED_STRINGS) throw limitError(fileName, "的共享字符串过多");
  return items.map((x) => richText(x.trim()));
}

/** The value of attribute `name` in a start tag's text, or undefined; prefixes are not used on r/t/hidden */
function attr(tag: string, name: string): string | undefined {
  let at = 0;
  for (;;) {
    at = tag.indexOf(name + "=", at);
    if (at < 0) return undefined;
    const before = tag.charCodeAt(at - 1);
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      const q = tag[at + name.length + 1];
      const end = tag.indexOf(q, at + name.length + 2);
      return tag.slice(at + name.length + 2, end);
    }
    at += name.length;
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

/** The row digits of a cell reference → 0-based row, NaN if none */
function refRow(ref: string): number {
  let i = 0;
  while (i < ref.length && !(ref.charCodeAt(i) >= 48 && ref.charCodeAt(i) <= 57)) i++;
  return parseInt(ref.slice(i), 10) - 1;
}

/** Body of the first child element `local` (any prefix), "" for an empty one; undefined when absent */
function childText(body: string, local: string): string | undefined {
  const re = local === "v" ? V_RE : IS_RE;
  re.lastIndex = 0;
  const m = re.exec(body);
  return m ? m[1] : undefined;
}
const V_RE = /<(?:\w+:)?v\b[^<>]*>([\s\S]*?)<\/(?:\w+:)?v>/g;
const IS_RE = /<(?:\w+:)?is\b[^<>]*>([\s\S]*?)<\/(?:\w+:)?is>/g;

function isWs(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

/** One cell's value by SheetJS's rules; undefined = no cell (SheetJS keeps none), null = a cell with no value */
function cellValue(t: string | undefined, body: string, strings: (string | null)[]): RawCell | undefined {
  if (t === "inlineStr") {
    const is = childText(body, "is");
    return is === undefined ? "" : richText(is);
  }
  const vRaw = childText(body, "v");
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
      return v === undefined ? "" : unescapeCellText(v, true);
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
      return v === undefined ? null : v;
  }
}

function scanSheet(xml: string, strings: (string | null)[], cells: { count: number }, fileName: string): SheetTable {
  const rows: RawCell[][] = [];
  const hiddenRows: number[] = [];
  let lastNonEmpty = -1;
  let rowTag = -1; // 0-based row of the last <row>, for cells without r
  let col = -1;
  let pos = xml.search(/<(?:\w+:)?sheetData[\s>/]/);
  if (pos < 0) return { sheet: "", rows };
  for (;;) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0) break;
    const gt = xml.indexOf(">", lt);
    if (gt < 0) throw new ZipError("corrupt", "sheet XML cut off");
    let nameEnd = lt + 1;
    while (nameEnd < gt && !isWs(xml.charCodeAt(nameEnd)) && xml.charCodeAt(nameEnd) !== 47) nameEnd++;
    const qname = xml.slice(lt + 1, nameEnd);
    const colon = qname.indexOf(":");
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    pos = gt + 1;
    if (qname.charCodeAt(0) === 47) {
      if (local === "sheetData" || qname === "/sheetData") break;
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const tag = xml.slice(nameEnd, selfClosing ? gt - 1 : gt);
    if (local === "row") {
      const r = attr(tag, "r");
      rowTag = r !== undefined ? parseInt(r, 10) - 1 : rowTag + 1;
      if (!(rowTag >= 0 && rowTag < MAX_ROWS)) throw limitError(fileName, "的行数超过 1,048,576 行");
      col = -1;
      const h = attr(tag, "hidden");
      if (h === "1" || h === "true") hiddenRows.push(rowTag + 1);
      continue;
    }
    if (local !== "c") continue;
    const r = attr(tag, "r");
    let row = rowTag;
    if (r !== undefined) {
      col = refColumn(r);
      const rr = refRow(r);
      if (rr >= 0) row = rr;
    } else col++;
    if (row < 0 || col < 0) continue;
    if (row >= MAX_ROWS) throw limitError(fileName, "的行数超过 1,048,576 行");
    if (col >= MAX_COLS) throw limitError(fileName, "的列数超过 16,384 列");
    let body = "";
    if (!selfClosing) {
      const endTag = colon < 0 ? "</c>" : `</${qname}>`;
      const end = xml.indexOf(endTag, pos);
      if (end < 0) throw new ZipError("corrupt", "sheet XML cut off");
      body = xml.slice(pos, end);
      pos = end + endTag.length;
    }
    const value = cellValue(attr(tag, "t"), body, strings);
    if (value === undefined) continue;
    if (++cells.count > MAX_CELLS) throw limitError(fileName, `的单元格超过 ${MAX_CELLS.toLocaleString("en")} 个`);
    while (rows.length <= row) rows.push([]);
    const out = rows[row];
    while (out.length < col) out.push(null);
    out[col] = value;
    if (value !== null && value !== "" && row > lastNonEmpty) lastNonEmpty = row;
  }
  rows.length = lastNonEmpty + 1;
  const table: SheetTable = { sheet: "", rows };
  if (hiddenRows.length > 0) table.hiddenRows = hiddenRows;
  return table;
}
