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

/** What a run held before it was written: its formulas (constants as themselves) and number formats. */
interface Before {
  worksheet: Excel.Worksheet;
  top: number;
  col: number;
  formulas: unknown[][];
  formats: string[][];
}

/**
 * The cells a step is about to write, as they were, so a step that fails half-way can put them
 * back. Each batch's cells are read in a sync of their own before they are written: a failed batch
 * may have applied part of its writes, and those cells must be restorable too.
 */
export class WriteJournal {
  private readonly runs: Before[] = [];

  /** Read the ranges' cells as they are now (one sync). */
  async record(context: Excel.RequestContext, worksheet: Excel.Worksheet, ranges: ReadonlyArray<{ range: Excel.Range; top: number; col: number }>): Promise<void> {
    for (const r of ranges) r.range.load("formulas,numberFormat");
    await syncBatch(context);
    for (const r of ranges) this.runs.push({ worksheet, top: r.top, col: r.col, formulas: r.range.formulas, formats: r.range.numberFormat });
  }

  get size(): number {
    return this.runs.length;
  }

  /** Put every recorded run back as it was, newest first; several runs per batch. */
  async restore(context: Excel.RequestContext): Promise<void> {
    const runs = this.runs.slice().reverse();
    for (let i = 0; i < runs.length; i += WRITE_RUNS_PER_SYNC) {
      for (const run of runs.slice(i, i + WRITE_RUNS_PER_SYNC)) {
        const range = run.worksheet.getRangeByIndexes(run.top, run.col, run.formats.length, 1);
        range.numberFormat = run.formats;
        range.formulas = run.formulas as string[][];
      }
      await syncBatch(context);
    }
    this.runs.length = 0;
  }
}

/** Write text values into one column (0-based), as text cells. Returns the cells written; adds them to progress. */
export async function writeColumnCells(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  col: number,
  cells: readonly CellValue[],
  progress?: WriteProgress,
  budget = PAYLOAD_BUDGET,
  journal?: WriteJournal,
): Promise<number> {
  const runs = verticalRuns(cells);
  let written = 0;
  let maxRuns = WRITE_RUNS_PER_SYNC;
  let i = 0;
  while (i < runs.length) {
    let bytes = 0;
    let cellsInBatch = 0;
    const batch: Array<{ run: CellValue[]; range: Excel.Range; top: number; col: number }> = [];
    let j = i;
    while (j < runs.length && batch.length < maxRuns) {
      const run = runs[j];
      const runBytes = run.reduce((n, c) => n + jsonBytes(c.value) + FORMAT_BYTES, 0);
      if (batch.length > 0 && bytes + runBytes > budget) break;
      batch.push({ run, range: worksheet.getRangeByIndexes(run[0].row - 1, col, run.length, 1), top: run[0].row - 1, col });
      bytes += runBytes;
      cellsInBatch += run.length;
      j++;
    }
    try {
      if (journal) await journal.record(context, worksheet, batch);
      for (const { run, range } of batch) {
        range.numberFormat = run.map(() => ["@"]);
        range.values = run.map((c) => [c.value]);
      }
      await syncBatch(context);
    } catch (err) {
      if (isPayloadFailure(err) && batch.length > 1) {
        // the host took less than we planned: the same runs again, in smaller batches from now on
        budget = Math.max(1, Math.floor(budget / 2));
        maxRuns = Math.max(1, Math.floor(batch.length / 2));
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

/** Put back what a failed step wrote; if even that fails, the progress still says what was written. */
export async function restoreOrKeep(context: Excel.RequestContext, journal: WriteJournal, progress: WriteProgress): Promise<void> {
  if (journal.size === 0) return;
  try {
    await journal.restore(context);
    progress.restored = `已写入的单元格已全部恢复原样，${progress.target ?? "工作表"}与这一步之前相同。`;
  } catch {
    // the step's own error is the one to show; the progress note says what is left written
  }
}
