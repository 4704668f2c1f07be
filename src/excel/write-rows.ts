/**
 * Bulk writes in byte-sized row blocks, one sync per block, so no request exceeds the web's 5 MB
 * cap. Text columns get numberFormat "@" before their values (keeps leading zeros and 18-digit IDs
 * as text, and stops "+86…"/"=…" turning into numbers or formulas); formula columns are written
 * through `formulas`.
 */
import { blockEnd, isPayloadFailure, PAYLOAD_BUDGET } from "./payload";
import type { WriteProgress } from "./step-error";
import { syncBatch } from "./yield";

export type OutCell = string | number | boolean;

export interface WriteOptions {
  /** 0-based indexes (within the rows) of columns formatted as text before writing */
  textColumns?: readonly number[];
  /** 0-based indexes of columns whose cells are formulas ("=HYPERLINK(…)") or empty */
  formulaColumns?: readonly number[];
  budget?: number;
  /** bumped after each sync, so a failure can say how many rows were written */
  progress?: WriteProgress;
}

/** Write `rows` (all the same width) with their top-left cell at 0-based (top, left). Returns syncs made. */
export async function writeRows(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  top: number,
  left: number,
  rows: readonly OutCell[][],
  options: WriteOptions = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const width = rows[0].length;
  const text = new Set(options.textColumns ?? []);
  const formula = new Set(options.formulaColumns ?? []);
  let budget = options.budget ?? PAYLOAD_BUDGET;
  const formatBytes = text.size > 0 ? JSON.stringify(rowFormat(width, text)).length + 1 : 0;
  let syncs = 0;
  let start = 0;
  while (start < rows.length) {
    const end = blockEnd(rows, start, budget, undefined, formatBytes);
    const block = rows.slice(start, end);
    const range = worksheet.getRangeByIndexes(top + start, left, block.length, width);
    if (text.size > 0) {
      range.numberFormat = block.map(() => rowFormat(width, text));
    }
    range.values = formula.size === 0 ? (block as OutCell[][]) : block.map((r) => r.map((v, j) => (formula.has(j) ? null : v)));
    for (const j of formula) {
      worksheet.getRangeByIndexes(top + start, left + j, block.length, 1).formulas = block.map((r) => [r[j]]);
    }
    syncs++;
    try {
      await syncBatch(context);
    } catch (err) {
      if (isPayloadFailure(err) && block.length > 1) {
        // the host's limit is lower than the budget assumed: plan this and later blocks smaller
        budget = Math.floor(budget / 2);
        continue;
      }
      throw err;
    }
    if (options.progress) options.progress.rows += block.length;
    start = end;
  }
  return syncs;
}

function rowFormat(width: number, text: ReadonlySet<number>): (string | null)[] {
  const out: (string | null)[] = new Array(width);
  for (let j = 0; j < width; j++) out[j] = text.has(j) ? "@" : null;
  return out;
}
