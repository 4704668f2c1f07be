/**
 * The hostile-file corpus of issue 13: broken, odd and malicious inputs made on the fly (a few MB on disk at
 * most; the bombs inflate to gigabytes), each with what the command line must answer. Every case is
 * either refused (exit 2 with a Chinese reason) or read with every one of its rows accounted for.
 */
import * as XLSX from "@e965/xlsx";
import type { RawCell } from "../../core/model/table";
import { nationalContinuation } from "../../core/templates/national-continuation";
import { writeZip } from "../../io/zip/write-zip";
import { openZip } from "../../io/zip/zip-archive";
import { gbkCsv } from "../sample-files";
import { biff5Book } from "./biff5-book";
import { generateStudents } from "../students";
import { templateRows } from "../template-rows";
import {
  bookParts,
  cellXml,
  entryData,
  patchDirectory,
  patchEntryCount,
  repeatedEntry,
  rowsXml,
  sheetXml,
  simpleBook,
} from "./hostile-xlsx";

export type HostileExpect =
  /** exit 2, and the reason says this */
  | { refused: RegExp }
  /** exit 0 or 1 (or exactly `exit`), the template sheet read with this many data rows, and output saying `says` */
  | { rows: number; exit?: 0 | 1; says?: RegExp };

export interface HostileCase {
  /** the issue's point (1–9) */
  point: number;
  file: string;
  bytes: () => Uint8Array;
  expect: HostileExpect;
}

/** Twelve students whose every field is valid (the clean file of main.test.ts): a correct reading exits 0. */
export const STUDENTS = 12;
export function cleanRows(): RawCell[][] {
  return templateRows(nationalContinuation, generateStudents({ count: STUDENTS, seed: 9, schoolYear: 2025 }));
}

const SHEET = "xl/worksheets/sheet1.xml";
const enc = new TextEncoder();
const CORRUPT = /已损坏或不完整/;
const TOO_LARGE = /上限|拆分/;

function cleanBook(): Uint8Array {
  return simpleBook("学生", cleanRows());
}

function withSheetBytes(f: (b: Uint8Array, at: { start: number; length: number }) => void): Uint8Array {
  const bytes = cleanBook();
  f(bytes, entryData(bytes, SHEET));
  return bytes;
}

/** A workbook whose one sheet XML is the given text (a valid zip around damaged XML). */
function bookWithSheetText(xml: string): Uint8Array {
  return writeZip([...bookParts([{ name: "学生", part: SHEET }]), { name: SHEET, data: enc.encode(xml) }]);
}

function csv(rows: readonly RawCell[][]): string {
  return rows.map((r) => r.map((v) => (v === null ? "" : String(v))).join(",")).join("\r\n") + "\r\n";
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

function sheetJsBook(rows: RawCell[][], bookType: XLSX.BookType, date1904 = false): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), "学生");
  if (date1904) wb.Workbook = { ...(wb.Workbook ?? {}), WBProps: { date1904: true } };
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType }) as ArrayBuffer);
}

/** The clean rows with 出生日期 as date cells (serial numbers in the given date system). */
function rowsWithDateCells(date1904: boolean): RawCell[][] {
  const rows = cleanRows();
  const col = rows[0].indexOf("出生日期");
  for (const row of rows.slice(1)) {
    const s = String(row[col]).replace(/\D/g, "");
    const serial = (Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6, 8)) - Date.UTC(1899, 11, 30)) / 86_400_000;
    row[col] = date1904 ? serial - 1462 : serial;
  }
  return rows;
}

function htmlTable(rows: readonly RawCell[][]): string {
  const cells = rows.map((r) => `<tr>${r.map((v) => `<td>${v ?? ""}</td>`).join("")}</tr>`).join("\n");
  return `<html><head><meta charset="utf-8"></head><body><table>\n${cells}\n</table></body></html>`;
}

export function hostileCorpus(): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (point: number, file: string, bytes: () => Uint8Array, expect: HostileExpect) => cases.push({ point, file, bytes, expect });

  // ---- 1. damaged zips
  add(1, "deflate-garbled.xlsx", () => withSheetBytes((b, at) => b.fill(0xff, at.start + 20, at.start + 60)), { refused: CORRUPT });
  add(1, "cut-in-half.xlsx", () => cleanBook().slice(0, Math.floor(cleanBook().length / 2)), { refused: CORRUPT });
  add(1, "sheet-data-cut.xlsx", () => withSheetBytes((b, at) => b.subarray(at.start + Math.floor(at.length / 2)).fill(0)), { refused: CORRUPT });
  add(1, "flipped-bytes.xlsx", () => withSheetBytes((b, at) => { for (let i = at.start + 5; i < at.start + at.length; i += 97) b[i] ^= 0x5a; }), { refused: CORRUPT });
  add(1, "sheet-xml-cut-in-a-cell.xlsx", () => { const x = sheetXml(rowsXml(cleanRows())); return bookWithSheetText(x.slice(0, Math.floor(x.length / 2))); }, { refused: CORRUPT });
  add(1, "sheet-xml-cut-between-rows.xlsx", () => { const x = sheetXml(rowsXml(cleanRows())); return bookWithSheetText(x.slice(0, x.indexOf("</row>", x.length / 2) + 6)); }, { refused: CORRUPT });
  add(1, "sheet-xml-cut-before-data.xlsx", () => bookWithSheetText(sheetXml("").slice(0, 40)), { refused: CORRUPT });
  add(1, "size-says-less.xlsx", () => patchDirectory(cleanBook(), SHEET, { size: 100 }), { refused: CORRUPT });
  add(1, "size-says-more.xlsx", () => { const b = cleanBook(); return patchDirectory(b, SHEET, { size: openZip(b).get(SHEET)!.size + 1000 }); }, { refused: CORRUPT });
  add(1, "crc-lies.xlsx", () => patchDirectory(cleanBook(), SHEET, { crc: 0x12345678 }), { refused: CORRUPT });

  // ---- 2. bombs and giant sheets
  add(2, "directory-count-too-high.xlsx", () => patchEntryCount(cleanBook(), 60000), { refused: CORRUPT });
  add(2, "directory-count-zero.xlsx", () => patchEntryCount(cleanBook(), 0), { rows: STUDENTS, exit: 0 });
  add(2, "sixty-thousand-shared-strings.xlsx", () => simpleBook("学生", cleanRows(), "", { sst: repeatedEntry("xl/sharedStrings.xml", "<sst>", "<si><t>未用</t></si>", 60_000, "</sst>") }), { rows: STUDENTS, exit: 0 });
  add(2, "six-million-shared-strings.xlsx", () => simpleBook("学生", cleanRows(), "", { sst: repeatedEntry("xl/sharedStrings.xml", "<sst>", "<si><t>x</t></si>", 6_000_000, "</sst>") }), { refused: /共享字符串/ });
  add(2, "one-shared-string-of-300mb.xlsx", () => simpleBook("学生", cleanRows(), "", { sst: repeatedEntry("xl/sharedStrings.xml", "<sst><si><t>", "长", 100_000_000, "</t></si></sst>") }), { refused: TOO_LARGE });
  add(2, "one-cell-of-300mb.xlsx", () => writeZip([...bookParts([{ name: "学生", part: SHEET }]), repeatedEntry(SHEET, `<worksheet><sheetData>${rowsXml(cleanRows())}<row r="20"><c r="A20" t="inlineStr"><is><t>`, "长", 100_000_000, "</t></is></c></row></sheetData></worksheet>")]), { refused: TOO_LARGE });
  add(2, "row-1048576.xlsx", () => simpleBook("学生", cleanRows(), `<row r="1048576">${cellXml(1048575, 0, "末行")}</row>`), { rows: STUDENTS + 1, exit: 1 });
  add(2, "row-1048577.xlsx", () => simpleBook("学生", cleanRows(), `<row r="1048577">${cellXml(1048576, 0, "x")}</row>`), { refused: /1,048,576/ });
  add(2, "eighty-sheets-to-row-1048576.xlsx", () => {
    const sheets = Array.from({ length: 80 }, (_, i) => ({ name: `表${i + 1}`, part: `xl/worksheets/s${i}.xml` }));
    const last = enc.encode(sheetXml(`<row r="1048576">${cellXml(1048575, 0, "末行")}</row>`));
    return writeZip([...bookParts(sheets), ...sheets.map((s) => ({ name: s.part, data: last }))]);
  }, { refused: TOO_LARGE });
  add(2, "xfd-in-every-row.xlsx", () => simpleBook("学生", [], Array.from({ length: 3000 }, (_, r) => `<row r="${r + 1}">${cellXml(r, 16383, "边")}</row>`).join("")), { refused: TOO_LARGE });
  add(2, "hundred-entries-of-8mb.xlsx", () => {
    const sheets = Array.from({ length: 100 }, (_, i) => ({ name: `表${i + 1}`, part: `xl/worksheets/s${i}.xml` }));
    return writeZip([...bookParts(sheets), ...sheets.map((s) => repeatedEntry(s.part, "<worksheet><sheetData>", " ", 8 << 20, "</sheetData></worksheet>"))]);
  }, { refused: /600 MB/ });
  add(2, "one-entry-two-hundred-sheets.xlsx", () => {
    const sheets = Array.from({ length: 200 }, (_, i) => ({ name: `表${i + 1}`, part: SHEET }));
    return writeZip([...bookParts(sheets), repeatedEntry(SHEET, "<worksheet><sheetData>", " ", 5 << 20, "</sheetData></worksheet>")]);
  }, { refused: /600 MB/ });
  add(2, "declares-1kb-inflates-700mb.xlsx", () => {
    const b = writeZip([...bookParts([{ name: "学生", part: SHEET }]), repeatedEntry(SHEET, "<worksheet><sheetData>", " ", 700 << 20, "</sheetData></worksheet>")]);
    return patchDirectory(b, SHEET, { size: 1000 });
  }, { refused: /损坏|600 MB/ });

  // ---- 3. names that no file system takes
  add(3, "学".repeat(80) + ".xlsx", cleanBook, { rows: STUDENTS, exit: 0 });
  add(3, "ctl\u0001name\u001f.xlsx", cleanBook, { rows: STUDENTS, exit: 0 });
  add(3, "sheet-name-control-chars.xlsx", () => simpleBook("学\u0001生\u0007名单", cleanRows()), { rows: STUDENTS, exit: 0 });

  // ---- 4. columns at the edge
  add(4, "cell-at-xfd.xlsx", () => simpleBook("学生", cleanRows(), `<row r="30">${cellXml(29, 16383, "最后一列")}</row>`), { rows: STUDENTS + 1, exit: 1 });
  add(4, "xfd-in-a-data-row.xlsx", () => {
    const rows = cleanRows();
    rows[1][16383] = "边";
    return simpleBook("学生", rows);
  }, { rows: STUDENTS });
  add(4, "row-of-16384-columns.xlsx", () => {
    const rows = cleanRows();
    rows[0] = [...rows[0], ...Array.from({ length: 16384 - rows[0].length }, (_, i) => `附加${i + 1}`)];
    return simpleBook("学生", rows);
  }, { rows: STUDENTS });
  add(4, "xfd-with-a-fix.xlsx", () => {
    const rows = cleanRows();
    rows[1][1] = ` ${rows[1][1]} `;
    rows[1][16383] = "边";
    return simpleBook("学生", rows);
  }, { rows: STUDENTS, says: /已去掉多余的空格/ });

  add(4, "wider-than-xfd.csv", () => {
    const rows = cleanRows().map((r) => r.join(","));
    rows[1] += "," + Array.from({ length: 17_000 }, (_, i) => `x${i}`).join(",");
    return enc.encode(rows.join("\r\n"));
  }, { refused: /16,384/ });
  add(4, "more-rows-than-excel.csv", () => enc.encode(csv(cleanRows()) + "x\n".repeat(1_048_600)), { refused: /1,048,576/ });

  // ---- 5. characters XML forbids
  add(5, "control-chars-in-cells.xlsx", () => {
    const rows = cleanRows();
    rows[0].push("备注");
    rows[2][1] = `${rows[2][1]}\u0001`;
    rows[3].push("转\u0008入\u001f");
    return simpleBook("学生", rows);
  }, { rows: STUDENTS, exit: 0, says: /看不见的字符/ });
  add(5, "control-chars-in-cells.csv", () => {
    const rows = cleanRows();
    rows[0].push("备注");
    rows[2][1] = `${rows[2][1]}\u0001`;
    rows[3].push("转\u0008入");
    return enc.encode(csv(rows));
  }, { rows: STUDENTS, exit: 0, says: /看不见的字符/ });

  // ---- 6. values changed on reading
  add(6, "date-1904.xlsx", () => simpleBook("学生", rowsWithDateCells(true), "", { workbookPr: '<workbookPr date1904="1"/>' }), { rows: STUDENTS, exit: 0 });
  add(6, "date-1904.xls", () => sheetJsBook(rowsWithDateCells(true), "biff8", true), { rows: STUDENTS, exit: 0 });
  add(6, "html-table.xls", () => enc.encode(htmlTable(cleanRows())), { rows: STUDENTS, exit: 0 });

  // ---- 7. text decoding
  add(7, "one-bad-byte-utf8.csv", () => {
    const b = enc.encode(csv(cleanRows()));
    const name = enc.encode(String(cleanRows()[3][1]));
    b[indexOf(b, name)] = 0xff;
    return b;
  }, { rows: STUDENTS, exit: 1, says: /UTF-8/ });
  add(7, "cut-multibyte-utf8.csv", () => {
    const rows = cleanRows();
    rows[0].push("备注");
    rows[rows.length - 1].push("转入");
    const b = enc.encode(csv(rows).replace(/\r\n$/, ""));
    return b.subarray(0, b.length - 1);
  }, { rows: STUDENTS, says: /UTF-8/ });
  add(7, "utf16le-no-bom.csv", () => utf16(csv(cleanRows()), false), { rows: STUDENTS, exit: 0, says: /UTF-16/ });
  add(7, "utf16be-no-bom.txt", () => utf16(csv(cleanRows()).replace(/,/g, "\t"), true), { rows: STUDENTS, exit: 0, says: /UTF-16/ });
  add(7, "gbk.csv", () => gbkCsv(cleanRows()), { rows: STUDENTS, exit: 0 });
  add(7, "excel95-biff5.xls", () => biff5Book(cleanRows()), { rows: STUDENTS, exit: 0 });
  return cases;
}

function indexOf(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  throw new Error("needle not found");
}
