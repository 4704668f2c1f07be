import type { SheetTable, WorkbookCheck } from "../core";

/** The workbook that was checked, as the writers need it. */
export interface SourceWorkbook {
  /** the file's name (browser page) or a name for the open workbook (pane) */
  fileName: string;
  /** the file as picked, to be edited; null in the pane, where the cells come from Excel */
  bytes: Uint8Array | null;
  tables: SheetTable[];
}

export interface OutputFile {
  bytes: Uint8Array;
  fileName: string;
  /** the source could not be kept in its own format (text named .xls, the pane's live workbook): a new .xlsx */
  converted: boolean;
}

/**
 * The two files every door hands out: the upload-ready workbook (the school's own file, fixed cells
 * set, rejected rows out) and the report (rejected rows and reasons, issues, class sizes, numbers).
 */
export interface OutputWriter {
  upload(check: WorkbookCheck, source: SourceWorkbook): Promise<OutputFile>;
  report(check: WorkbookCheck, fileName: string): Promise<OutputFile>;
}
