import { ReadError } from "../read-error";

/** What the .xlsx reader refuses to read, and the message that says how to split the file. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** Excel's own limit for one range read by the add-in; a student list is far below it */
export const MAX_CELLS = 5_000_000;
export const MAX_SHARED_STRINGS = 5_000_000;
/**
 * Rows and cells the reader allocates, blanks before a cell included: a lone cell at XFD in every row, or at
 * row 1,048,576 in many sheets, would otherwise fill memory with blanks (a dense 5,000,000-cell sheet is
 * well inside it)
 */
export const MAX_AREA = 20_000_000;
/** characters of one element (a cell, a shared string): Excel's own cell limit is 32,767 characters */
export const MAX_ELEMENT_CHARS = 8 * 1024 * 1024;
/** Same cap as readWorkbook's MAX_UNPACKED_BYTES, counted as really inflated */
export const MAX_INFLATED_BYTES = 600 * 1024 * 1024;

export function limitError(fileName: string, what: string): ReadError {
  return new ReadError(
    "too-large",
    `文件「${fileName}」${what}，超出可检查的上限。请按年级或班级拆分成几个文件（每个文件少于 ${MAX_CELLS.toLocaleString("en")} 个单元格）后分别检查。`,
  );
}

/** Cells counted across a workbook's sheets, and the area allocated for them (see MAX_AREA) */
export interface CellBudget {
  count: number;
  area: number;
}
