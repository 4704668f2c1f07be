/**
 * An Excel 95 (BIFF5) workbook as Chinese Windows writes it: text in code page 936 (GBK). SheetJS writes
 * BIFF5 only in Latin-1, so its file is made with ASCII placeholders and every LABEL record is then
 * rewritten with the GBK bytes of its text (BOUNDSHEET offsets follow the longer records).
 */
import * as XLSX from "@e965/xlsx";
import cptable from "@e965/xlsx/dist/cpexcel.js";
import type { RawCell } from "../../core/model/table";

const LABEL = 0x0204;
const BOUNDSHEET = 0x0085;
const CODEPAGE = 0x0042;

export function biff5Book(rows: readonly RawCell[][]): Uint8Array {
  const texts: string[] = [];
  const placeholders = rows.map((r) => r.map((v) => (typeof v === "string" && v !== "" ? `S${texts.push(v) - 1}` : v)));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(placeholders), "Sheet1");
  const cfb = XLSX.CFB.read(new Uint8Array(XLSX.write(wb, { type: "array", bookType: "biff5" }) as ArrayBuffer), { type: "array" });
  const book = XLSX.CFB.find(cfb, "Book")!;
  const src = Uint8Array.from(book.content as ArrayLike<number>);
  const records: { type: number; data: Uint8Array; oldAt: number }[] = [];
  for (let at = 0; at + 4 <= src.length; ) {
    const type = src[at] | (src[at + 1] << 8);
    const len = src[at + 2] | (src[at + 3] << 8);
    let data = src.slice(at + 4, at + 4 + len);
    if (type === LABEL) {
      const text = new TextDecoder("latin1").decode(data.subarray(8, 8 + (data[6] | (data[7] << 8))));
      const m = /^S(\d+)$/.exec(text);
      if (m) {
        const gbk = Uint8Array.from(cptable.utils.encode(936, texts[Number(m[1])]) as ArrayLike<number>);
        const next = new Uint8Array(8 + gbk.length);
        next.set(data.subarray(0, 6));
        next[6] = gbk.length & 0xff;
        next[7] = gbk.length >> 8;
        next.set(gbk, 8);
        data = next;
      }
    } else if (type === CODEPAGE) data = Uint8Array.of(936 & 0xff, 936 >> 8);
    records.push({ type, data, oldAt: at });
    at += 4 + len;
  }
  const newAt = new Map<number, number>();
  let size = 0;
  for (const r of records) newAt.set(r.oldAt, size), (size += 4 + r.data.length);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const r of records) {
    if (r.type === BOUNDSHEET) {
      const dv = new DataView(r.data.buffer, r.data.byteOffset);
      dv.setUint32(0, newAt.get(dv.getUint32(0, true))!, true);
    }
    view.setUint16(at, r.type, true);
    view.setUint16(at + 2, r.data.length, true);
    out.set(r.data, at + 4);
    at += 4 + r.data.length;
  }
  book.content = out as unknown as typeof book.content;
  book.size = out.length;
  return new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as ArrayBuffer);
}
