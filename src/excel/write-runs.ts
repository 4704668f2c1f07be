/**
 * Writing scattered single-column values (generated numbers, fixes) as vertical runs: one range
 * per run of consecutive rows, text format first, many runs per sync but bounded by bytes and by
 * range count. Never one sync per cell.
 */
import { PAYLOAD_BUDGET } from "./payload";
import type { WriteProgress } from "./step-error";
import { syncBatch } from "./yield";

export interface CellValue {
  /** 1-based sheet row */
  row: number;
  value: string;
}

/** ranges per sync: bounds the proxies Excel has to track */
export const WRITE_RUNS_PER_SYNC = 500;

/** Write text values into one column (0-based), as text cells. Returns the cells written; adds them to progress. */
export async function writeColumnCells(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  col: number,
  cells: readonly CellValue[],
  progress?: WriteProgress,
  budget = PAYLOAD_BUDGET,
): Promise<number> {
  const sorted = [...cells].sort((a, b) => a.row - b.row);
  const runs: CellValue[][] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && cell.row === last[last.length - 1].row + 1) last.push(cell);
    else if (!last || cell.row !== last[last.length - 1].row) runs.push([cell]);
  }
  let written = 0;
  let i = 0;
  while (i < runs.length) {
    let bytes = 0;
    let count = 0;
    let cellsInBatch = 0;
    while (i < runs.length && count < WRITE_RUNS_PER_SYNC && (count === 0 || bytes < budget)) {
      const run = runs[i++];
      const range = worksheet.getRangeByIndexes(run[0].row - 1, col, run.length, 1);
      range.numberFormat = run.map(() => ["@"]);
      range.values = run.map((c) => [c.value]);
      // per cell: the value in JSON quotes plus its ["@"] format
      bytes += run.reduce((n, c) => n + JSON.stringify(c.value).length + 10, 0);
      cellsInBatch += run.length;
      count++;
    }
    await syncBatch(context);
    written += cellsInBatch;
    if (progress) progress.rows += cellsInBatch;
  }
  return written;
}
