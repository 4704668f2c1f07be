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
import { guardProtection } from "./protection";
import type { ApiSupport } from "./requirements";
import type { WriteProgress } from "./step-error";
import { syncBatch } from "./yield";

export interface MarkSummary {
  errorCells: number;
  warningCells: number;
}

/** Put back the stored fills of the given sheets (all when omitted) and forget them; returns the sheets restored. */
export async function clearMarks(context: Excel.RequestContext, support: Pick<ApiSupport, "rangeAreas">, sheets?: readonly string[]): Promise<number> {
  const records = await loadMarkRecords(context);
  const clearing = (r: StoredFill) => !sheets || sheets.includes(r.sheet);
  if (!records.some(clearing)) return 0;
  const present = await presentSheets(context, [...new Set(records.filter(clearing).map((r) => r.sheet))]);
  await guardProtection(context, "清除标记", { sheets: present, structure: true });
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
  step: WriteProgress = { rows: 0 },
): Promise<MarkSummary> {
  const total = 4;
  await guardProtection(context, "标记问题单元格", { sheets: [result.sheet], structure: true });
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
  try {
    onProgress({ done: 2, total, label: `正在标记 ${summary.errorCells} 个错误单元格` });
    await paintAddresses(context, worksheet, packAddresses(plan.errors), (f) => applyFillKey(f, markKey(ERROR_FILL, support)), support);
    onProgress({ done: 3, total, label: `正在标记 ${summary.warningCells} 个警告单元格` });
    await paintAddresses(context, worksheet, packAddresses(plan.warnings), (f) => applyFillKey(f, markKey(WARNING_FILL, support)), support);
  } catch (err) {
    // no half-marked sheet: the fills stored above go back on
    try {
      await clearMarks(context, support, [result.sheet]);
      step.restored = `已标记的单元格已恢复原来的底色，工作表「${result.sheet}」与这一步之前相同。`;
    } catch {
      // the paint's error is the one to show
    }
    throw err;
  }
  onProgress({ done: total, total, label: "标记完成" });
  return summary;
}

/** Those of `names` that still exist. */
async function presentSheets(context: Excel.RequestContext, names: readonly string[]): Promise<string[]> {
  const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  await syncBatch(context);
  return names.filter((_, i) => !sheets[i].isNullObject);
}

/** A mark is a solid fill: over a user's patterned cell, the pattern is set back to solid (ExcelApi 1.9). */
function markKey(color: string, support: Pick<ApiSupport, "rangeAreas">): string {
  return support.rangeAreas ? `${color}|Solid|` : color;
}

function countCells(runs: ReadonlyArray<{ top: number; bottom: number }>): number {
  return runs.reduce((n, r) => n + r.bottom - r.top + 1, 0);
}
