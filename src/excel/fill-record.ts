/**
 * Reading the fills of the cells we are about to colour, so "clear marks" can put back exactly
 * what was there. ExcelApi 1.9: getCellProperties (per-cell colour and pattern) over spans of nearby
 * runs, in batches; older Excel: one fill colour per run, and runs of mixed colour read cell by cell.
 */
import { type CellRun, columnRuns, runAddress, runSize } from "./cell-runs";
import { fillKey, fillKeyFromColor } from "./fill-key";
import { syncInHalvingBatches } from "./halving-batches";
import { RUNS_PER_SYNC } from "./paint";
import { isPayloadFailure } from "./payload";
import type { ApiSupport } from "./requirements";
import { syncBatch } from "./yield";

/**
 * Cells per sync for getCellProperties: Excel on the web failed at ~90,000 (office-js #2564), and at
 * ~75 bytes of JSON per cell's fill, 40,000 cells is ~3 MB, under the 5 MB response cap.
 */
export const CELL_PROPERTIES_PER_SYNC = 40_000;

/** original fill key → the runs of cells that had it */
export type FillGroups = Map<string, CellRun[]>;

export async function readOriginalFills(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  runs: readonly CellRun[],
  support: Pick<ApiSupport, "rangeAreas">,
): Promise<FillGroups> {
  const cells = new Map<string, Array<{ row: number; col: number }>>();
  const add = (key: string, row: number, col: number) => {
    let list = cells.get(key);
    if (!list) cells.set(key, (list = []));
    list.push({ row, col });
  };
  if (support.rangeAreas) await readByCellProperties(context, worksheet, runs, add);
  else await readByRunColour(context, worksheet, runs, add);
  const groups: FillGroups = new Map();
  for (const [key, list] of cells) groups.set(key, columnRuns(list));
  return groups;
}

type Add = (key: string, row: number, col: number) => void;

/** Runs of a column closer than this many rows are read as one span: fewer proxies, a few extra cells. */
export const SPAN_GAP = 16;

/** Coalesce a column's nearby runs into read spans of at most maxCells rows; each keeps its runs. */
export function readSpans(runs: readonly CellRun[], maxCells = CELL_PROPERTIES_PER_SYNC): Array<{ span: CellRun; runs: CellRun[] }> {
  const spans: Array<{ span: CellRun; runs: CellRun[] }> = [];
  for (const run of runs) {
    const last = spans[spans.length - 1];
    if (last && last.span.col === run.col && run.top - last.span.bottom <= SPAN_GAP && run.bottom - last.span.top < maxCells) {
      last.span.bottom = run.bottom;
      last.runs.push(run);
    } else {
      spans.push({ span: { ...run }, runs: [run] });
    }
  }
  return spans;
}

async function readByCellProperties(context: Excel.RequestContext, worksheet: Excel.Worksheet, runs: readonly CellRun[], add: Add) {
  const spans = readSpans(runs);
  let budget = CELL_PROPERTIES_PER_SYNC;
  let i = 0;
  while (i < spans.length) {
    const batch: Array<{ entry: (typeof spans)[number]; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> }> = [];
    let cellsInBatch = 0;
    let j = i;
    while (j < spans.length && batch.length < RUNS_PER_SYNC && (batch.length === 0 || cellsInBatch + runSize(spans[j].span) <= budget)) {
      const entry = spans[j++];
      cellsInBatch += runSize(entry.span);
      const result = worksheet.getRange(runAddress(entry.span)).getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true } } });
      batch.push({ entry, result });
    }
    try {
      await syncBatch(context);
    } catch (err) {
      if (isPayloadFailure(err) && batch.length > 1) {
        // fewer spans per batch from now on
        budget = Math.max(1, Math.floor(budget / 2));
        continue;
      }
      if (isPayloadFailure(err) && runSize(spans[i].span) > 1) {
        // one span too big for this host: read it in two halves
        budget = Math.max(1, Math.floor(budget / 2));
        spans.splice(i, 1, ...halveSpan(spans[i]));
        continue;
      }
      throw err;
    }
    i = j;
    for (const { entry, result } of batch) {
      const rows = result.value;
      for (const run of entry.runs) {
        for (let r = run.top; r <= run.bottom; r++) add(fillKey(rows[r - entry.span.top][0].format?.fill ?? {}), r, run.col);
      }
    }
  }
}

type Span = { span: CellRun; runs: CellRun[] };

/** A read span cut at its middle row, each half keeping the parts of its runs inside it. */
export function halveSpan({ span, runs }: Span): [Span, Span] {
  const mid = Math.floor((span.top + span.bottom) / 2);
  const part = (top: number, bottom: number): Span => ({
    span: { col: span.col, top, bottom },
    runs: runs.filter((r) => r.bottom >= top && r.top <= bottom).map((r) => ({ col: r.col, top: Math.max(r.top, top), bottom: Math.min(r.bottom, bottom) })),
  });
  return [part(span.top, mid), part(mid + 1, span.bottom)];
}

async function readByRunColour(context: Excel.RequestContext, worksheet: Excel.Worksheet, runs: readonly CellRun[], add: Add) {
  let pending: CellRun[] = runs.slice();
  let size = RUNS_PER_SYNC;
  while (pending.length > 0) {
    const next: CellRun[] = [];
    const load = (run: CellRun) => worksheet.getRange(runAddress(run)).load("format/fill/color");
    size = await syncInHalvingBatches(context, pending, size, load, (run, range) => {
      const color = range.format.fill.color;
      if (color !== null || runSize(run) === 1) {
        for (let r = run.top; r <= run.bottom; r++) add(fillKeyFromColor(color), r, run.col);
      } else {
        // mixed colours: look again cell by cell
        for (let r = run.top; r <= run.bottom; r++) next.push({ col: run.col, top: r, bottom: r });
      }
    });
    pending = next;
  }
}
