import type { Issue } from "../model/issue";
import type { CleanedTable, GeneratedNumber, RejectedRow } from "../model/report";
import type { Template } from "../model/template";
import type { DataRow, RowStore } from "./row-view";

/**
 * Class-level and numbering problems do not make a student's row unfit for upload; everything else
 * that is an error on a row does.
 */
export function rejectsRow(issue: Issue): boolean {
  return (
    issue.severity === "error" &&
    issue.row !== undefined &&
    !issue.code.startsWith("class/") &&
    !issue.code.startsWith("number/")
  );
}

/**
 * The last step of a check: the cleaned rows are the store's own array, compacted in place over the
 * rejected rows (no second copy of 50,000 rows), so the rows read nothing sensible afterwards.
 * Every input row ends up exactly once: cleaned (fixes applied, numbers filled, template column order)
 * or rejected with the codes of its errors.
 */
export function buildCleaned(
  template: Template,
  rows: readonly DataRow[],
  store: RowStore,
  issues: readonly Issue[],
  numbers: readonly GeneratedNumber[],
): { cleaned: CleanedTable; rejected: RejectedRow[] } {
  const errorsByRow = new Map<number, Set<string>>();
  for (const i of issues) {
    if (!rejectsRow(i)) continue;
    let set = errorsByRow.get(i.row!);
    if (!set) errorsByRow.set(i.row!, (set = new Set()));
    set.add(i.code);
  }
  const slotOf = new Map(template.columns.map((c, i) => [c.key, i] as const));
  // rows come in sheet order; numbers, put in the same order, are merged in as the rows go by
  const byRow = isInRowOrder(numbers) ? numbers : [...numbers].sort((a, b) => a.row - b.row);
  let n = 0;

  const cleaned: CleanedTable = {
    headers: template.columns.map((c) => c.header),
    keys: template.columns.map((c) => c.key),
    cells: store.values,
    sourceRows: [],
  };
  const cells = store.values;
  const width = store.width;
  let to = 0;
  const rejected: RejectedRow[] = [];
  for (const row of rows) {
    while (n < byRow.length && byRow[n].row < row.row) n++;
    const codes = errorsByRow.get(row.row);
    if (codes) {
      rejected.push({ sourceRow: row.row, cells: row.cells, codes: [...codes] });
      continue;
    }
    // rows are in store order, so a row never moves over one not yet copied
    if (row.base !== to) for (let k = 0; k < width; k++) cells[to + k] = cells[row.base + k];
    for (; n < byRow.length && byRow[n].row === row.row; n++) {
      const slot = slotOf.get(byRow[n].key);
      if (slot !== undefined) cells[to + slot] = byRow[n].value;
    }
    cleaned.sourceRows.push(row.row);
    to += width;
  }
  cells.length = to;
  return { cleaned, rejected };
}

function isInRowOrder(numbers: readonly GeneratedNumber[]): boolean {
  for (let i = 1; i < numbers.length; i++) if (numbers[i - 1].row > numbers[i].row) return false;
  return true;
}
