import * as XLSX from "@e965/xlsx";
import cptable from "@e965/xlsx/dist/cpexcel.js";
import type { RawCell } from "../core/model/table";
import type { SampleSheet } from "./planted";

/** An .xlsx with one sheet; strings stay text cells and numbers number cells, as the sample planted them. */
export function sampleXlsx(sample: SampleSheet): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(sample.rows), sample.sheet);
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer);
}

function csvField(v: RawCell): string {
  const s = v === null ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV in GBK (code page 936) with CRLF line ends: what Excel's "CSV (逗号分隔)" writes on Chinese Windows. */
export function gbkCsv(rows: readonly RawCell[][]): Uint8Array {
  const text = rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
  return new Uint8Array(cptable.utils.encode(936, text) as ArrayLike<number>);
}
