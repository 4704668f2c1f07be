import type { SheetEdits } from "../core/model/edits";
import type { SheetTable } from "../core/model/table";
import { sniffContainer } from "./file-kind";
import type { OnWorkProgress } from "./progress";
import { openZip } from "./zip/zip-archive";
import { editXls } from "./xls/edit-xls";
import { editXlsx } from "./xlsx/edit-xlsx";
import { isBinaryWorkbook } from "./xlsx/workbook-parts";
import { writeTablesXlsx } from "./xlsx/write-tables-xlsx";

export interface UploadFile {
  bytes: Uint8Array;
  /** the extension the written file must carry: the source's own format where we can keep it */
  extension: "xlsx" | "xls";
  /**
   * the source was not a workbook we can edit (text or HTML named .xls, .xlsb, the pane's live cells): its
   * cells went into a new .xlsx, which the registrar must be told
   */
  converted: boolean;
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
  if (source && kind === "xlsx") return { bytes: editXlsx(source, edits, onProgress), extension: "xlsx", converted: false };
  const file: UploadFile =
    source && kind === "xls"
      ? { bytes: editXls(source, edits), extension: "xls", converted: false }
      : { bytes: writeTablesXlsx(tables, edits), extension: "xlsx", converted: true };
  onProgress?.(1, 1);
  return file;
}

/** How writeUpload writes this source: editing an .xlsx or .xls, or from its tables (the only case that reads them). */
export function uploadKind(source: Uint8Array | null): "xlsx" | "xls" | "tables" {
  const container = source && sniffContainer(source);
  if (source && container === "zip" && !isBinaryWorkbook(openZip(source))) return "xlsx";
  if (container === "cfb") return "xls";
  return "tables";
}
