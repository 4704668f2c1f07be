import type { CheckResult, SheetTable } from "../core";

/**
 * What the pane can do to the place the data lives. The Excel adapter implements all of it; the
 * browser page (files picked from disk) implements what makes sense without a live workbook.
 * React components receive a host as a prop/context and never call Office.js themselves.
 */
export interface Progress {
  done: number;
  total: number;
  /** what is happening, in Chinese, e.g. "正在读取第 5001–10000 行" */
  label?: string;
}

export interface HostCapabilities {
  /** colour problem cells and restore them afterwards */
  markCells: boolean;
  /** add 校验报告 / 班额统计 sheets */
  writeSheets: boolean;
  /** write register numbers into the template's column */
  fillNumbers: boolean;
  /** apply fixes in place (after copying the original sheet) */
  applyFixes: boolean;
  /** select a cell when an issue is clicked */
  selectCell: boolean;
}

export interface WorkbookHost {
  kind: "excel" | "browser";
  capabilities: HostCapabilities;
  /** Read the sheets to check (Excel: the workbook's sheets, chunked). */
  readTables(onProgress: (p: Progress) => void, signal: AbortSignal): Promise<SheetTable[]>;
  selectCell(sheet: string, row: number, col: number): Promise<void>;
  /** errors and warnings in two colours, without losing the user's own formatting */
  markIssues(result: CheckResult, onProgress: (p: Progress) => void): Promise<void>;
  /** return the marked cells to exactly how they were */
  clearMarks(): Promise<void>;
  writeReportSheets(result: CheckResult): Promise<void>;
  /** fill generated numbers; only empty cells unless overwrite; returns how many were written */
  fillNumbers(result: CheckResult, opts: { overwrite: boolean }): Promise<number>;
  /** apply fixable corrections in place after keeping a copy of the sheet; returns the copy's name */
  applyFixes(result: CheckResult): Promise<{ backupSheet: string; applied: number }>;
  /** hand the user the cleaned workbook (Excel.createWorkbook where supported, otherwise a download) */
  exportWorkbook(bytes: Uint8Array, fileName: string): Promise<"opened" | "downloaded">;
  /** per-workbook settings (the custom profile is remembered here) */
  loadSetting(key: string): Promise<string | null>;
  saveSetting(key: string, value: string): Promise<void>;
}
