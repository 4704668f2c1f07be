/**
 * Reading worksheets into SheetTables: the used range (values only, so formatting on whole columns
 * does not inflate it), guarded against the 5,000,000-cell read limit, then `values` in row blocks
 * sized by measured bytes so each response stays under the web's 5 MB cap. Cell types are kept as
 * Excel returns them: an ID stored as a number reaches the engine as a number.
 */
import type { Progress } from "../app/host";
import type { RawCell, SheetTable } from "../core/model/table";
import {
  FIRST_GUESS_BYTES_PER_CELL,
  isPayloadFailure,
  measuredBytesPerCell,
  PAYLOAD_BUDGET,
  rowsForBudget,
} from "./payload";
import { ownSheetIds, sheetInfos } from "./own-sheets";
import { ExcelGuardError } from "./step-error";
import { syncBatch } from "./yield";

/** Above this many cells Excel may return null values instead of failing (office-js #6781). */
export const MAX_READ_CELLS = 5_000_000;

export interface UsedArea {
  sheet: string;
  /** 0-based */
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface ReadOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  /** bytes per response; default PAYLOAD_BUDGET */
  budget?: number;
}

export function abortError(): Error {
  const err = new Error("已取消读取。");
  err.name = "AbortError";
  return err;
}

export function guardCellCount(area: UsedArea): void {
  const cells = area.rows * area.cols;
  if (cells > MAX_READ_CELLS) {
    throw new ExcelGuardError(
      `工作表「${area.sheet}」的已用区域有 ${area.rows} 行 × ${area.cols} 列（${cells} 个单元格），` +
        `超过 Excel 一次最多读取 ${MAX_READ_CELLS} 个单元格的上限。请删除数据区右侧和下方多余的内容` +
        `（包括只含空格或公式结果为空的单元格），或把数据拆到几个工作表后再试。`,
    );
  }
}

/** Used areas of the given sheets in one sync; blank sheets are left out. */
export async function usedAreas(context: Excel.RequestContext, names: readonly string[]): Promise<UsedArea[]> {
  const ranges = names.map((name) => {
    const r = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    r.load("rowIndex,columnIndex,rowCount,columnCount");
    return r;
  });
  await syncBatch(context);
  const areas: UsedArea[] = [];
  ranges.forEach((r, i) => {
    if (r.isNullObject) return;
    areas.push({ sheet: names[i], top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, cols: r.columnCount });
  });
  return areas;
}

/** Visible sheets the user owns (not the add-in's report, marks or backup sheets, whatever their names now), in tab order. */
export async function dataSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const infos = await sheetInfos(context);
  const own = await ownSheetIds(context);
  return infos.filter((s) => s.visibility === "Visible" && !own.has(s.id)).map((s) => s.name);
}

/**
 * Read one used area's values in byte-sized row blocks: one sync per block. The first block is
 * sized by a guess, later ones by the bytes per cell measured so far; a block the host rejects as
 * too large is halved and retried.
 */
export async function readArea(
  context: Excel.RequestContext,
  area: UsedArea,
  options: ReadOptions = {},
  progress: { done: number; total: number } = { done: 0, total: area.rows },
): Promise<SheetTable> {
  guardCellCount(area);
  let budget = options.budget ?? PAYLOAD_BUDGET;
  const worksheet = context.workbook.worksheets.getItem(area.sheet);
  const rows: RawCell[][] = [];
  let blockRows = rowsForBudget(area.cols, FIRST_GUESS_BYTES_PER_CELL, budget);
  let bytesPerCell = 0;
  let at = 0;
  while (at < area.rows) {
    if (options.signal?.aborted) throw abortError();
    const n = Math.min(blockRows, area.rows - at);
    const range = worksheet.getRangeByIndexes(area.top + at, area.left, n, area.cols);
    range.load("values");
    try {
      await syncBatch(context);
    } catch (err) {
      if (isPayloadFailure(err) && n > 1) {
        // the host's limit is lower than our budget assumed: remember that for the next blocks too
        budget = Math.floor(budget / 2);
        blockRows = Math.ceil(n / 2);
        continue;
      }
      throw err;
    }
    const values = range.values as RawCell[][];
    if (!values) {
      // Excel answers null instead of failing past its cell limit; never hand on a silent gap
      throw new ExcelGuardError(`Excel 没有返回工作表「${area.sheet}」第 ${area.top + at + 1} 行起的数据：请缩小已用区域后再试。`);
    }
    for (const row of values) rows.push(row);
    const measured = measuredBytesPerCell(values, area.cols);
    bytesPerCell = Math.max(bytesPerCell, measured);
    blockRows = rowsForBudget(area.cols, bytesPerCell, budget);
    at += n;
    progress.done += n;
    options.onProgress?.({
      done: progress.done,
      total: progress.total,
      label: `正在读取「${area.sheet}」第 ${area.top + 1}–${area.top + at} 行`,
    });
  }
  return { sheet: area.sheet, rows, origin: { row: area.top, col: area.left } };
}

/** Read every data sheet of the workbook (blank ones skipped). */
export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<SheetTable[]> {
  const names = await dataSheetNames(context);
  const areas = await usedAreas(context, names);
  for (const area of areas) guardCellCount(area);
  const progress = { done: 0, total: areas.reduce((n, a) => n + a.rows, 0) };
  const tables: SheetTable[] = [];
  for (const area of areas) tables.push(await readArea(context, area, options, progress));
  return tables;
}
