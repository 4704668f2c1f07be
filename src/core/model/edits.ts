/**
 * What the upload-ready workbook changes in the school's own file — and nothing else changes: fixed cells
 * get their fixed value (as text), rejected rows are taken out. Every writer (the .xlsx editor, the .xls
 * writer, the writer from tables) applies exactly these.
 */
export interface CellEdit {
  /** 1-based sheet row, as Excel shows it (before any row is removed) */
  row: number;
  /** 0-based sheet column */
  col: number;
  /** the fixed value, written as a text cell */
  value: string;
}

export interface SheetEdits {
  /** sheet name as in the source workbook */
  sheet: string;
  /** in row order, then column order */
  cells: CellEdit[];
  /** 1-based sheet rows to take out (rejected rows), ascending */
  removeRows: number[];
}
