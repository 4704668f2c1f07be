import type { SheetEdits } from "../core/model/edits";
import type { SheetTable } from "../core/model/table";
import { sniffContainer } from "./file-kind";
import { editXls } from "./xls/edit-xls";
import { editXlsx } from "./xlsx/edit-xlsx";
import { writeTablesXlsx } from "./xlsx/write-tables-xlsx";

export interface UploadFile {
  bytes: Uint8Array;
  /** the extension the written file must carry: the source's own format where we can keep it */
  extension: "xlsx" | "xls";
  /**
   * the source was not a workbook we can edit (text or HTML named .xls, .xlsb): its cells went into a new
   * .xlsx, which the registrar must be told
   */
  converted: boolean;
}

/**
 * The upload-ready workbook: the school's own file with the fixed cells and without the rejected rows.
 * .xlsx is edited part by part (styles, validations, titles and code rows untouched), .xls is written
 * again as BIFF8, and a text export that only pretends to be a workbook becomes an .xlsx of its cells.
 */
export function writeUpload(source: Uint8Array, tables: readonly SheetTable[], edits: readonly SheetEdits[]): UploadFile {
  const container = sniffContainer(source);
  if (container === "zip" && isEditableXlsx(source)) {
    return { bytes: editXlsx(source, [...edits]), extension: "xlsx", converted: false };
  }
  if (container === "cfb") return { bytes: editXls(source, [...edits]), extension: "xls", converted: false };
  return { bytes: writeTablesXlsx([...tables], [...edits]), extension: "xlsx", converted: true };
}

/** An .xlsb is a zip too, but of binary parts we do not edit. */
function isEditableXlsx(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 1 << 16)));
  return !head.includes("xl/workbook.bin");
}
