/**
 * Writing scattered single-column values (generated numbers, fixes) as vertical runs: one range
 * per run of consecutive rows, text format first, many runs per sync but bounded by UTF-8 bytes and
 * by range count. Never one sync per cell; a batch the host refuses is retried at half the size.
 */
import { isPayloadFailure, jsonBytes, PAYLOAD_BUDGET } from "./payload";
import type { WriteProgress } from "./step-error";
import { syncBatch } from "./yield";

export interface CellValue {
  /** 1-based sheet row */
  row: number;
  value: string;
}

/** ranges per sync: bounds the proxies Excel has to track */
export const WRITE_RUNS_PER_SYNC = 500;

/** Bytes one cell adds to a request: its value's JSON and its ["@"] format. */
const FORMAT_BYTES = 6;

/** Consecutive rows as runs, in row order; a row given twice is written once (the first value). */
export function verticalRuns(cells: readonly CellValue[]): CellValue[][] {
  const sorted = [...cells].sort((a, b) => a.row - b.row);
  const runs: CellValue[][] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && cell.row === last[last.length - 1].row + 1) last.push(cell);
    else if (!last || cell.row !== last[last.length - 1].row) runs.push([cell]);
  }
  return runs;
}

/** Write text values into one column (0-based), as text cells. Returns the cells written; adds them to progress. */
export async function writeColumnCells(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  col: number,
  cells: readonly CellValue[],
  progress?: WriteProgress,
  budget = PAYLOAD_BUDGET,
): Promise<number> {
  const runs = verticalRuns(cells);
  let written = 0;
  let maxRuns = WRITE_RUNS_PER_SYNC;
  let i = 0;
  while (i < runs.length) {
    let bytes = 0;
    let count = 0;
    let cellsInBatch = 0;
    let j = i;
    while (j < runs.length && count < maxRuns) {
      const run = runs[j];
      const runBytes = run.reduce((n, c) => n + jsonBytes(c.value) + FORMAT_BYTES, 0);
      if (count > 0 && bytes + runBytes > budget) break;
      const range = worksheet.getRangeByIndexes(run[0].row - 1, col, run.length, 1);
      range.numberFormat = run.map(() => ["@"]);
      range.values = run.map((c) => [c.value]);
      bytes += runBytes;
      cellsInBatch += run.length;
      count++;
      j++;
    }
    try {
      await syncBatch(context);
    } catch (err) {
      if (isPayloadFailure(err) && count > 1) {
        // the host took less than we planned: the same runs again, in smaller batches from now on
        budget = Math.max(1, Math.floor(budget / 2));
        maxRuns = Math.max(1, Math.floor(count / 2));
        continue;
      }
      throw err;
    }
    i = j;
    written += cellsInBatch;
    if (progress) progress.rows += cellsInBatch;
  }
  return written;
}
