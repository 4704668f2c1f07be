import type { CellEdit, SheetEdits } from "../model/edits";
import type { WorkbookCheck } from "./check-workbook";

/**
 * What the upload-ready workbook changes in the school's file, and nothing more: each fixed cell gets
 * the value of its fix, each rejected row is taken out. Cells the engine only read (unknown columns,
 * rows above the data, values it normalised without a reported fix) are not touched.
 */
export function workbookEdits(check: WorkbookCheck): SheetEdits[] {
  const out: SheetEdits[] = [];
  for (const result of check.results) {
    if (!result.template) continue;
    const removeRows = [...new Set(result.rejected.map((r) => r.sourceRow))].sort((a, b) => a - b);
    const removed = new Set(removeRows);
    const cleanedAt = new Map(result.cleaned.sourceRows.map((row, i) => [row, i] as const));
    const slotOf = new Map(result.cleaned.keys.map((k, i) => [k, i] as const));
    const keyAt = new Map((result.layout?.columns ?? []).map((c) => [c.col, c.key] as const));
    const width = result.cleaned.keys.length;
    // the cleaned table carries generated numbers; the upload copy does not (they are in the report)
    const generated = new Set(result.numbers.map((n) => `${n.row}:${n.key}`));
    const cells = new Map<string, CellEdit>();
    for (const issue of result.issues) {
      if (issue.severity !== "fix" || issue.row === undefined || issue.col === undefined) continue;
      if (removed.has(issue.row)) continue;
      // the cleaned cell holds the value after all of its fixes (one cell may have several)
      const key = keyAt.get(issue.col) ?? "";
      const i = generated.has(`${issue.row}:${key}`) ? undefined : cleanedAt.get(issue.row);
      const slot = slotOf.get(key);
      const value = i !== undefined && slot !== undefined ? result.cleaned.cells[i * width + slot] : issue.fix;
      if (value !== undefined) cells.set(`${issue.row}:${issue.col}`, { row: issue.row, col: issue.col, value });
    }
    const sorted = [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    if (sorted.length > 0 || removeRows.length > 0) out.push({ sheet: result.sheet, cells: sorted, removeRows });
  }
  return out;
}
