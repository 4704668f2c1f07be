/**
 * Pure address planning for bulk formatting: scattered cells → vertical runs per column → address
 * strings for worksheet.getRanges. Long address lists make getRanges fail with InvalidArgument
 * (office-js #5198: 8,207 characters failed), so each string is capped.
 */
import { columnLetter } from "../core/model/table";

/** A vertical run of cells in one column; rows are 1-based sheet rows, col is 0-based. */
export interface CellRun {
  col: number;
  top: number;
  bottom: number;
}

/** Safe length for one getRanges address string. */
export const MAX_ADDRESS_CHARS = 2000;

/**
 * Merge cells (1-based row, 0-based col) into vertical runs, ordered by column then row.
 * Duplicates are fine. Cells are encoded in one number so sorting needs no object per comparison.
 */
export function columnRuns(cells: ReadonlyArray<{ row: number; col: number }>): CellRun[] {
  const ROW_SPAN = 2 ** 21; // > Excel's 1,048,576 rows
  const keys = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) keys[i] = cells[i].col * ROW_SPAN + cells[i].row;
  keys.sort();
  const runs: CellRun[] = [];
  let current: CellRun | null = null;
  for (let i = 0; i < keys.length; i++) {
    const col = Math.floor(keys[i] / ROW_SPAN);
    const row = keys[i] - col * ROW_SPAN;
    if (current && current.col === col && row <= current.bottom + 1) {
      if (row > current.bottom) current.bottom = row;
      continue;
    }
    current = { col, top: row, bottom: row };
    runs.push(current);
  }
  return runs;
}

/** "C5" or "C5:C9". */
export function runAddress(run: CellRun): string {
  const letter = columnLetter(run.col);
  return run.top === run.bottom ? `${letter}${run.top}` : `${letter}${run.top}:${letter}${run.bottom}`;
}

/** Comma-joined address lists, each at most maxChars long (a single address is never split). */
export function packAddresses(runs: readonly CellRun[], maxChars = MAX_ADDRESS_CHARS): string[] {
  const out: string[] = [];
  let current = "";
  for (const run of runs) {
    const a = runAddress(run);
    if (current && current.length + 1 + a.length > maxChars) {
      out.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}

/** Number of cells a run covers. */
export function runSize(run: CellRun): number {
  return run.bottom - run.top + 1;
}

/** "'Sheet 1'!G5" — a sheet name quoted for formulas and hyperlinks (apostrophes doubled). */
export function qualifiedAddress(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
