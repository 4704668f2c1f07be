import type { SheetEdits } from "../core/model/edits";
import type { SheetTable } from "../core/model/table";
import { sniffContainer } from "./file-kind";
import type { OnWorkProgress } from "./progress";
import { bytesOf, openZip, type ZipBytes } from "./zip/zip-archive";
import { editXls } from "./xls/edit-xls";
import { editXlsx, editXlsxTo } from "./xlsx/edit-xlsx";
import type { ZipSink } from "./zip/zip-sink";
import { isBinaryWorkbook } from "./xlsx/workbook-parts";
import { stripForbiddenXlsx } from "./xlsx/strip-forbidden";
import { writeTablesXlsx } from "./xlsx/write-tables-xlsx";
import { countXmlForbidden } from "./xml-escape";

export interface UploadFile {
  bytes: Uint8Array;
  /** the extension the written file must carry: the source's own format where we can keep it */
  extension: "xlsx" | "xls";
  /**
   * the source was not a workbook we can edit (text or HTML named .xls, .xlsb, the pane's live cells): its
   * cells went into a new .xlsx, which the registrar must be told
   */
  converted: boolean;
  /** characters XML forbids (control characters) left out, so that Excel opens the file: the user is told */
  strippedControlChars?: number;
}

/**
 * The upload-ready workbook: the school's own file with the fixed cells and without the rejected rows.
 * .xlsx is edited part by part (styles, validations, titles and code rows untouched), .xls is written
 * again as BIFF8, and a text export that only pretends to be a workbook — or no file at all (the pane's
 * cells as read from Excel: source null) — becomes an .xlsx of its cells. `onProgress` follows an .xlsx
 * source's edit; the others are written in one step, reported when done.
 */
export function writeUpload(
  source: Uint8Array | null,
  tables: readonly SheetTable[],
  edits: readonly SheetEdits[],
  onProgress?: OnWorkProgress,
): UploadFile {
  const kind = uploadKind(source);
  if (source && kind === "xlsx") {
    const edited = editXlsx(source, edits, onProgress);
    // only a source the reader saw them in pays for a second look at every part
    if (!tables.some((t) => t.xmlForbidden)) return { bytes: edited, extension: "xlsx", converted: false, strippedControlChars: 0 };
    const { bytes, removed } = stripForbiddenXlsx(edited);
    return { bytes, extension: "xlsx", converted: false, strippedControlChars: removed };
  }
  const file: UploadFile =
    source && kind === "xls"
      ? { bytes: editXls(source, edits), extension: "xls", converted: false, strippedControlChars: 0 }
      : // a new workbook of the cells: xmlText drops the characters, counted here (fixed cells were cleaned by the engine)
        { bytes: writeTablesXlsx(tables, edits), extension: "xlsx", converted: true, strippedControlChars: countInTables(tables, edits) };
  onProgress?.(1, 1);
  return file;
}

/**
 * The same, written into `sink` as it is made (the command line's output file): an .xlsx edit streams
 * straight in, so the copy is never whole in memory, and its source may be a file read as needed; the
 * rare cases written whole are copied in.
 */
export function writeUploadTo(
  sink: ZipSink,
  source: Uint8Array | ZipBytes | null,
  tables: readonly SheetTable[],
  edits: readonly SheetEdits[],
  onProgress?: OnWorkProgress,
): Omit<UploadFile, "bytes"> {
  if (source && uploadKind(source) === "xlsx" && !tables.some((t) => t.xmlForbidden)) {
    editXlsxTo(sink, source, edits, onProgress);
    return { extension: "xlsx", converted: false, strippedControlChars: 0 };
  }
  const { bytes, ...file } = writeUpload(source && bytesOf(source), tables, edits, onProgress);
  sink.write(bytes);
  return file;
}

/**
 * How writeUpload writes this source: editing an .xlsx or .xls, or from its tables' cells (the only case that
 * reads their rows; an .xlsx needs only their xmlForbidden flags).
 */
export function uploadKind(source: Uint8Array | ZipBytes | null): "xlsx" | "xls" | "tables" {
  if (!source) return "tables";
  // zip and OLE are known by their first 8 bytes
  const container = sniffContainer(bytesOf(source, 0, 8));
  if (container === "zip" && !isBinaryWorkbook(openZip(source))) return "xlsx";
  if (container === "cfb") return "xls";
  return "tables";
}

function countInTables(tables: readonly SheetTable[], edits: readonly SheetEdits[]): number {
  const removedRows = new Map(edits.map((e) => [e.sheet, new Set(e.removeRows)] as const));
  let n = 0;
  for (const t of tables) {
    const gone = removedRows.get(t.sheet);
    const r0 = t.origin?.row ?? 0;
    n += countXmlForbidden(t.sheet);
    t.rows.forEach((row, i) => {
      if (gone?.has(r0 + i + 1)) return;
      for (const v of row ?? []) if (typeof v === "string") n += countXmlForbidden(v);
    });
  }
  return n;
}
