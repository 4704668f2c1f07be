/**
 * Hand-built .xlsx files for the hostile-file corpus: every part written as text, so a case controls the
 * XML exactly, and the zip's bytes patched afterwards where a case needs a lying or damaged archive.
 */
import { constants as zlibConstants, crc32 as zlibCrc32, deflateRawSync } from "node:zlib";
import type { RawCell } from "../../core/model/table";
import { columnLetter } from "../../core/model/table";
import { escapeXml } from "../../io/xml-escape";
import { writeZip, type ZipOut } from "../../io/zip/write-zip";
import { openZip, type ZipEntry } from "../../io/zip/zip-archive";

const enc = new TextEncoder();
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface BookSheet {
  name: string;
  /** the part holding the sheet; sheets may share one (a bomb does) */
  part: string;
}

export interface BookOptions {
  workbookPr?: string;
  /** the sharedStrings part's data, when there is one */
  sst?: Uint8Array | ZipOut;
}

/** The parts that tie sheets to a workbook: rels, workbook.xml and its rels. */
export function bookParts(sheets: BookSheet[], opts: BookOptions = {}): ZipOut[] {
  const rels = sheets.map((s, i) => `<Relationship Id="s${i}" Type="${REL}/worksheet" Target="${s.part.replace(/^xl\//, "")}"/>`);
  if (opts.sst) rels.push(`<Relationship Id="ss" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  const text: ZipOut[] = [
    { name: "_rels/.rels", data: enc.encode(`<Relationships><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    {
      name: "xl/workbook.xml",
      data: enc.encode(
        `<workbook xmlns:r="${REL}">${opts.workbookPr ?? ""}<sheets>${sheets
          .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="s${i}"/>`)
          .join("")}</sheets></workbook>`,
      ),
    },
    { name: "xl/_rels/workbook.xml.rels", data: enc.encode(`<Relationships>${rels.join("")}</Relationships>`) },
  ];
  if (opts.sst) text.push("name" in opts.sst ? opts.sst : { name: "xl/sharedStrings.xml", data: opts.sst });
  return text;
}

/** One cell as inline text or a number; `col` 0-based. */
export function cellXml(row: number, col: number, v: RawCell): string {
  const r = `${columnLetter(col)}${row + 1}`;
  if (v === null || v === "") return "";
  if (typeof v === "number") return `<c r="${r}"><v>${v}</v></c>`;
  return `<c r="${r}" t="inlineStr"><is><t>${escapeXml(String(v))}</t></is></c>`;
}

export function rowsXml(rows: readonly RawCell[][], firstRow = 0): string {
  return rows.map((cells, i) => `<row r="${firstRow + i + 1}">${cells.map((v, c) => cellXml(firstRow + i, c, v)).join("")}</row>`).join("");
}

export function sheetXml(body: string): string {
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** A one-sheet workbook of these rows. */
export function simpleBook(name: string, rows: readonly RawCell[][], extraBody = "", opts: BookOptions = {}): Uint8Array {
  const part = "xl/worksheets/sheet1.xml";
  return writeZip([...bookParts([{ name, part }], opts), { name: part, data: enc.encode(sheetXml(rowsXml(rows) + extraBody)) }]);
}

/**
 * An entry of `head`, `unit` repeated `times` times and `tail` (a bomb's part, a few KB zipped) made without
 * ever holding the inflated text: a 1 MB block of units is deflated once with a full flush (byte-aligned, no
 * back-references across it), so its compressed bytes can simply be repeated in the stream.
 */
export function repeatedEntry(name: string, head: string, unit: string, times: number, tail: string): ZipOut {
  const perBlock = Math.max(1, Math.floor((1 << 20) / Buffer.byteLength(unit)));
  const block = Buffer.from(unit.repeat(perBlock));
  const blocks = Math.floor(times / perBlock);
  const last = Buffer.from(unit.repeat(times - blocks * perBlock) + tail);
  const flushed = { finishFlush: zlibConstants.Z_FULL_FLUSH, level: 9 };
  const headZ = deflateRawSync(Buffer.from(head), flushed);
  const blockZ = deflateRawSync(block, flushed);
  const lastZ = deflateRawSync(last, { level: 9 });
  const raw = new Uint8Array(headZ.length + blocks * blockZ.length + lastZ.length);
  raw.set(headZ, 0);
  for (let i = 0; i < blocks; i++) raw.set(blockZ, headZ.length + i * blockZ.length);
  raw.set(lastZ, headZ.length + blocks * blockZ.length);
  let crc = zlibCrc32(Buffer.from(head));
  for (let i = 0; i < blocks; i++) crc = zlibCrc32(block, crc);
  crc = zlibCrc32(last, crc) >>> 0;
  const size = Buffer.byteLength(head) + blocks * block.length + last.length;
  return { name, copy: fakeEntry(name, raw, crc, size) };
}

function fakeEntry(name: string, raw: Uint8Array, crc: number, size: number): ZipEntry {
  return { name, method: 8, crc32: crc, compressedSize: raw.length, size, raw: () => raw };
}

/** Where an entry's compressed bytes lie in the file. */
export function entryData(bytes: Uint8Array, name: string): { start: number; length: number } {
  const entry = openZip(bytes).get(name);
  if (!entry) throw new Error(`no entry ${name}`);
  const raw = entry.raw();
  return { start: raw.byteOffset - bytes.byteOffset, length: raw.length };
}

/** Rewrites fields of an entry's central directory record (a directory that lies). */
export function patchDirectory(bytes: Uint8Array, name: string, fields: { size?: number; crc?: number }): Uint8Array {
  const out = bytes.slice();
  const v = new DataView(out.buffer);
  const want = enc.encode(name);
  for (let at = out.length - 46; at >= 0; at--) {
    if (v.getUint32(at, true) !== 0x02014b50 || v.getUint16(at + 28, true) !== want.length) continue;
    if (!want.every((b, i) => out[at + 46 + i] === b)) continue;
    if (fields.crc !== undefined) v.setUint32(at + 16, fields.crc, true);
    if (fields.size !== undefined) v.setUint32(at + 24, fields.size, true);
    return out;
  }
  throw new Error(`no directory record for ${name}`);
}

/** Sets the end record's entry counts (a directory whose counts lie). */
export function patchEntryCount(bytes: Uint8Array, count: number): Uint8Array {
  const out = bytes.slice();
  const v = new DataView(out.buffer);
  const eocd = out.length - 22;
  v.setUint16(eocd + 8, count, true);
  v.setUint16(eocd + 10, count, true);
  return out;
}
