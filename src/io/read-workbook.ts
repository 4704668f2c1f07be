import type * as XLSX from "@e965/xlsx";
import { sheetjs } from "./sheetjs";
import type { SheetTable } from "../core/model/table";
import { decodeText } from "./decode-text";
import { extensionOf, isTextExtension, isWorkbookExtension, sniffContainer } from "./file-kind";
import { corruptError, emptyError, encryptedError, ReadError, tooLargeError, unsupportedError } from "./read-error";
import type { OnWorkProgress } from "./progress";
import { sheetToTable } from "./sheet-to-table";
import { readXlsx } from "./xlsx/read-xlsx";
import { isBinaryWorkbook } from "./xlsx/workbook-parts";
import { limitError, MAX_COLS, MAX_ROWS } from "./xlsx/xlsx-limits";
import { checkZip } from "./zip-guard";
import { bytesOf, openZip, ZipError, type ZipBytes } from "./zip/zip-archive";

/** Larger files are split by grade or class long before this; the cap keeps a stray file from exhausting memory. */
export const MAX_FILE_BYTES = 80 * 1024 * 1024;
/** What an xlsx may unpack to (sheet XML is ~10× its zipped size). */
export const MAX_UNPACKED_BYTES = 600 * 1024 * 1024;

const MB = 1024 * 1024;

/** Only cell values are wanted: no formatting, formulas, styles, macros or metadata. */
const WORKBOOK_OPTIONS: XLSX.ParsingOptions = {
  type: "array",
  dense: true,
  cellDates: false,
  cellFormula: false,
  cellHTML: false,
  cellText: false,
  cellNF: false,
  cellStyles: false,
  sheetStubs: false,
  bookVBA: false,
  bookFiles: false,
  bookDeps: false,
  WTF: false,
};

/**
 * Read every sheet of a workbook or delimited text file into the engine's tables. Pure (no file
 * system), so the browser page and the command line share it. Throws ReadError with a Chinese
 * message a registrar can act on. `onProgress` follows an .xlsx as it is inflated; the other kinds are read in
 * one step, reported when done.
 */
export function readWorkbook(source: Uint8Array | ZipBytes, fileName: string, onProgress?: OnWorkProgress): SheetTable[] {
  try {
    if (!onProgress) return readAny(source, fileName);
    let reported = false;
    const tables = readAny(source, fileName, (done, total) => {
      reported = true;
      onProgress(done, total);
    });
    if (!reported) onProgress(1, 1);
    return tables;
  } catch (e) {
    // whatever a parser throws on a file it chokes on (a RangeError, a TypeError) is the file's damage to the user
    if (e instanceof ReadError) throw e;
    throw corruptError(fileName, e instanceof Error ? e.message : String(e));
  }
}

/** `source` may be a file read as needed (the command line): an .xlsx is then never whole in memory. */
function readAny(source: Uint8Array | ZipBytes, fileName: string, onProgress?: OnWorkProgress): SheetTable[] {
  const ext = extensionOf(fileName);
  if (!isWorkbookExtension(ext) && !isTextExtension(ext)) throw unsupportedError(fileName, ext);
  if (source.length === 0) throw emptyError(fileName);
  if (source.length > MAX_FILE_BYTES) {
    throw tooLargeError(fileName, Math.ceil(source.length / MB), MAX_FILE_BYTES / MB);
  }
  // a zip is known by its first 4 bytes; anything else is read whole and sniffed whole (text by its first KiB)
  if (sniffContainer(bytesOf(source, 0, 8)) === "zip" && !isXlsb(source, fileName)) return readXlsx(source, fileName, onProgress);
  const bytes = bytesOf(source);
  const container = sniffContainer(bytes);
  if (container === "zip") {
    // .xlsb stays with SheetJS: look at the directory before it inflates anything
    const zip = checkZip(bytes, MAX_UNPACKED_BYTES);
    if (!zip.ok && zip.reason === "truncated") throw corruptError(fileName, "zip directory missing or cut short");
    if (!zip.ok) throw tooLargeError(fileName, Math.ceil(MAX_UNPACKED_BYTES / MB), MAX_UNPACKED_BYTES / MB);
  }
  if (container === "binary") throw corruptError(fileName, "neither a workbook nor text");
  if (container === "text") return readText(bytes, fileName);
  return tablesOf(parseWith(() => sheetjs().read(bytes, WORKBOOK_OPTIONS), fileName), fileName, false);
}

/** An HTML table saved with an .xls name (many Chinese web systems export so): its cells are the text shown. */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|table|meta)\b/i;

/** .xlsb: our reader only reads XML workbooks */
function isXlsb(source: Uint8Array | ZipBytes, fileName: string): boolean {
  try {
    return isBinaryWorkbook(openZip(source));
  } catch (e) {
    if (e instanceof ZipError) throw corruptError(fileName, e.message);
    throw e;
  }
}

function readText(bytes: Uint8Array, fileName: string): SheetTable[] {
  const decoded = decodeText(bytes);
  const { text } = decoded;
  if (text.trim() === "") throw emptyError(fileName);
  if (text.includes("\u0000")) throw corruptError(fileName, "NUL character in text");
  const textEncoding = { name: decoded.encoding, byBom: decoded.byBom, undecodable: decoded.undecodable };
  let tables: SheetTable[];
  if (HTML_START.test(text)) {
    // raw: SheetJS would otherwise turn "110101…1234" into a number and "2015-01-01" into a date serial
    tables = tablesOf(parseWith(() => sheetjs().read(text, { ...WORKBOOK_OPTIONS, type: "string", raw: true }), fileName), fileName, true);
  } else if (text.trimStart().startsWith("<")) {
    // SpreadsheetML 2003 saved with an .xls name: its cells carry their own types
    tables = tablesOf(parseWith(() => sheetjs().read(text, { ...WORKBOOK_OPTIONS, type: "string" }), fileName), fileName, false);
  } else {
    const wb = parseWith(() => sheetjs().read(withSeparatorLine(text), { type: "string", raw: true, dense: true, cellText: false }), fileName);
    tables = tablesOf(wb, fileName, true);
    // a text file has one sheet and no sheet name of its own: call it after the file
    tables[0].sheet = baseName(fileName);
  }
  for (const t of tables) {
    t.textEncoding = textEncoding;
    // its upload copy is a new workbook: what Excel cannot hold is refused here, as for an .xlsx
    if (t.rows.length > MAX_ROWS) throw limitError(fileName, "的行数超过 1,048,576 行");
    if (t.rows.some((r) => r.length > MAX_COLS)) throw limitError(fileName, "的列数超过 16,384 列");
  }
  return tables;
}

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "").slice(0, 31) || "Sheet1";
}

/**
 * SheetJS sniffs strings for other formats ("<" → XML, "ID" → SYLK); a leading "sep=" line, which it
 * consumes, forces its delimited-text parser. The delimiter is the most frequent of , tab ; on line 1.
 */
function withSeparatorLine(text: string): string {
  if (text.startsWith("sep=")) return text;
  const firstLine = text.slice(0, Math.min(text.length, 4096)).split(/\r?\n|\r/, 1)[0];
  let best = ",";
  let bestCount = 0;
  for (const sep of [",", "\t", ";"]) {
    const count = firstLine.split(sep).length - 1;
    if (count > bestCount) [best, bestCount] = [sep, count];
  }
  return `sep=${best}\n${text}`;
}

function parseWith(parse: () => XLSX.WorkBook, fileName: string): XLSX.WorkBook {
  try {
    return parse();
  } catch (e) {
    if (e instanceof ReadError) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(detail)) throw encryptedError(fileName);
    throw corruptError(fileName, detail);
  }
}

function tablesOf(wb: XLSX.WorkBook, fileName: string, asText: boolean): SheetTable[] {
  if (!wb.SheetNames || wb.SheetNames.length === 0) throw corruptError(fileName, "no worksheets");
  const tables = wb.SheetNames.map((name) => sheetToTable(wb.Sheets[name] ?? {}, name, fileName, asText));
  if (tables.every((t) => t.rows.length === 0) && asText) throw emptyError(fileName);
  // old Mac workbooks count dates from 1904: the engine shifts their serial numbers back
  if (wb.Workbook?.WBProps?.date1904) for (const t of tables) t.date1904 = true;
  return tables;
}
