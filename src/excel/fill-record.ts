/**
 * Reading the fills of the cells we are about to colour, so "clear marks" can put back exactly
 * what was there. ExcelApi 1.9: getCellProperties per run (per-cell colour and pattern) in
 * batches; older Excel: one fill colour per run, and runs of mixed colour read cell by cell.
 */
import { type CellRun, columnRuns, runAddress, runSize } from "./cell-runs";
import { fillKey, fillKeyFromColor } from "./fill-key";
import { RUNS_PER_SYNC } from "./paint";
import type { ApiSupport } from "./requirements";

/** Cells per sync for getCellProperties (Excel on the web failed at ~90,000: office-js #2564). */
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

async function readByCellProperties(context: Excel.RequestContext, worksheet: Excel.Worksheet, runs: readonly CellRun[], add: Add) {
  let i = 0;
  while (i < runs.length) {
    const batch: Array<{ run: CellRun; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> }> = [];
    let cellsInBatch = 0;
    while (i < runs.length && batch.length < RUNS_PER_SYNC && (batch.length === 0 || cellsInBatch + runSize(runs[i]) <= CELL_PROPERTIES_PER_SYNC)) {
      const run = runs[i++];
      cellsInBatch += runSize(run);
      const result = worksheet.getRange(runAddress(run)).getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true } } });
      batch.push({ run, result });
    }
    await context.sync();
    for (const { run, result } of batch) {
      result.value.forEach((row, k) => add(fillKey(row[0].format?.fill ?? {}), run.top + k, run.col));
    }
  }
}

async function readByRunColour(context: Excel.RequestContext, worksheet: Excel.Worksheet, runs: readonly CellRun[], add: Add) {
  let pending: CellRun[] = runs.slice();
  while (pending.length > 0) {
    const next: CellRun[] = [];
    for (let i = 0; i < pending.length; i += RUNS_PER_SYNC) {
      const batch = pending.slice(i, i + RUNS_PER_SYNC).map((run) => {
        const range = worksheet.getRange(runAddress(run));
        range.load("format/fill/color");
        return { run, range };
      });
      await context.sync();
      for (const { run, range } of batch) {
        const color = range.format.fill.color;
        if (color !== null || runSize(run) === 1) {
          for (let r = run.top; r <= run.bottom; r++) add(fillKeyFromColor(color), r, run.col);
        } else {
          // mixed colours: look again cell by cell
          for (let r = run.top; r <= run.bottom; r++) next.push({ col: run.col, top: r, bottom: r });
        }
      }
    }
    pending = next;
  }
}
