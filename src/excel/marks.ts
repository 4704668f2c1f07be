/**
 * Colouring problem cells and taking the colours off again without losing the user's formatting:
 * the original fill of every cell about to be coloured is read and stored first (marks-store),
 * then errors and warnings are painted in bulk; clearing paints each stored fill back.
 */
import type { Progress } from "../app/host";
import type { CheckResult } from "../core/model/report";
import { packAddresses } from "./cell-runs";
import { applyFillKey } from "./fill-key";
import { readOriginalFills } from "./fill-record";
import { groupBy } from "./group-by";
import { ERROR_FILL, planMarks, WARNING_FILL } from "./mark-plan";
import { loadMarkRecords, recordsFor, saveMarkRecords, type StoredFill } from "./marks-store";
import { paintAddresses } from "./paint";
import type { ApiSupport } from "./requirements";
import { syncBatch } from "./yield";

export interface MarkSummary {
  errorCells: number;
  warningCells: number;
}

/** Put back the stored fills of the given sheets (all when omitted) and forget them; returns the sheets restored. */
export async function clearMarks(context: Excel.RequestContext, support: Pick<ApiSupport, "rangeAreas">, sheets?: readonly string[]): Promise<number> {
  const records = await loadMarkRecords(context);
  const clearing = (r: StoredFill) => !sheets || sheets.includes(r.sheet);
  const bySheet = groupBy(records.filter(clearing), (r) => r.sheet);
  if (bySheet.size === 0) return 0;
  let restored = 0;
  for (const [sheet, list] of bySheet) {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
    await syncBatch(context);
    if (worksheet.isNullObject) continue; // the sheet was deleted: nothing to restore
    for (const [fill, stored] of groupBy(list, (r) => r.fill)) {
      const packed = stored.map((r) => r.addresses);
      await paintAddresses(context, worksheet, packed, (f) => applyFillKey(f, fill), support);
    }
    restored++;
  }
  await saveMarkRecords(context, records.filter((r) => !clearing(r)));
  return restored;
}

/** Colour the result's error and warning cells on its sheet; earlier marks there are cleared first. */
export async function markIssues(
  context: Excel.RequestContext,
  result: CheckResult,
  support: Pick<ApiSupport, "rangeAreas">,
  onProgress: (p: Progress) => void = () => undefined,
): Promise<MarkSummary> {
  const total = 4;
  onProgress({ done: 0, total, label: "正在恢复上次标记前的底色" });
  await clearMarks(context, support, [result.sheet]);
  const plan = planMarks(result.issues);
  const summary = { errorCells: countCells(plan.errors), warningCells: countCells(plan.warnings) };
  if (plan.cellCount === 0) {
    onProgress({ done: total, total, label: "没有需要标记的单元格" });
    return summary;
  }
  const worksheet = context.workbook.worksheets.getItem(result.sheet);
  onProgress({ done: 1, total, label: `正在记录 ${plan.cellCount} 个单元格原来的底色` });
  const original = await readOriginalFills(context, worksheet, plan.touched, support);
  // stored before painting, so even a paint that fails half-way can be undone
  const kept = (await loadMarkRecords(context)).filter((r) => r.sheet !== result.sheet);
  await saveMarkRecords(context, [...kept, ...recordsFor(result.sheet, original)]);
  onProgress({ done: 2, total, label: `正在标记 ${summary.errorCells} 个错误单元格` });
  await paintAddresses(context, worksheet, packAddresses(plan.errors), (f) => applyFillKey(f, markKey(ERROR_FILL, support)), support);
  onProgress({ done: 3, total, label: `正在标记 ${summary.warningCells} 个警告单元格` });
  await paintAddresses(context, worksheet, packAddresses(plan.warnings), (f) => applyFillKey(f, markKey(WARNING_FILL, support)), support);
  onProgress({ done: total, total, label: "标记完成" });
  return summary;
}

/** A mark is a solid fill: over a user's patterned cell, the pattern is set back to solid (ExcelApi 1.9). */
function markKey(color: string, support: Pick<ApiSupport, "rangeAreas">): string {
  return support.rangeAreas ? `${color}|Solid|` : color;
}

function countCells(runs: ReadonlyArray<{ top: number; bottom: number }>): number {
  return runs.reduce((n, r) => n + r.bottom - r.top + 1, 0);
}
