/**
 * Test helpers: minimal CheckResults and synthetic sheets for the adapter tests and the benchmark.
 * All names and numbers are made up.
 */
import type { Issue } from "../core/model/issue";
import type { CheckResult, ClassSize, GeneratedNumber, Layout } from "../core/model/report";
import { columnLetter, type RawCell } from "../core/model/table";

export function issueAt(sheet: string, row: number, col: number, severity: Issue["severity"], extra: Partial<Issue> = {}): Issue {
  return {
    code: severity === "fix" ? "text/trimmed" : "cell/required",
    severity,
    sheet,
    row,
    col,
    column: columnLetter(col),
    header: `列${col}`,
    source: "测试",
    ...extra,
  };
}

export function resultFor(
  sheet: string,
  issues: Issue[],
  extra: { layout?: Layout | null; classes?: ClassSize[]; numbers?: GeneratedNumber[] } = {},
): CheckResult {
  return {
    sheet,
    template: { id: "national", name: "测试模板" },
    profile: { id: "national", name: "全国" },
    layout: extra.layout ?? null,
    dataRows: 0,
    issues,
    counts: { errors: 0, warnings: 0, fixes: 0, byCode: {}, byColumn: {}, duplicateIds: 0, classesOverCap: 0 },
    classes: extra.classes ?? [],
    numbers: extra.numbers ?? [],
    cleaned: { headers: [], keys: [], cells: [], sourceRows: [] },
    rejected: [],
    unchecked: [],
  };
}

/**
 * A header row plus `rows` data rows, `cols` wide: text names, a numeric ID column (col 3, as
 * Excel stores a typed-in number), dates as serials, short codes. Deterministic.
 */
export function syntheticSheetCells(rows: number, cols: number): RawCell[][] {
  const out: RawCell[][] = [Array.from({ length: cols }, (_, j) => `字段${j + 1}`)];
  for (let i = 0; i < rows; i++) {
    const row: RawCell[] = new Array(cols);
    for (let j = 0; j < cols; j++) {
      if (j === 0) row[j] = `测试学生${i + 1}`;
      else if (j === 3) row[j] = 110101201501010000 + i; // an ID typed as a number: digits already lost
      else if (j === 5) row[j] = 42000 + (i % 365);
      else if (j % 7 === 0) row[j] = "";
      else row[j] = `值${(i * 31 + j) % 97}`;
    }
    out.push(row);
  }
  return out;
}
