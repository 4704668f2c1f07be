/**
 * Which cells get which colour: pure planning from the engine's issues. A cell with an error and a
 * warning shows the error colour; issues without a cell (sheet- or row-level) are not painted.
 */
import type { Issue } from "../core/model/issue";
import { type CellRun, columnRuns } from "./cell-runs";

/** Excel's own "bad" and "neutral" fills, familiar to users from conditional formatting. */
export const ERROR_FILL = "#FFC7CE";
export const WARNING_FILL = "#FFEB9C";

export interface MarkPlan {
  errors: CellRun[];
  warnings: CellRun[];
  /** every cell either colour will touch */
  touched: CellRun[];
  cellCount: number;
}

export function planMarks(issues: readonly Issue[]): MarkPlan {
  const errorKeys = new Set<number>();
  const errors: Array<{ row: number; col: number }> = [];
  for (const issue of issues) {
    if (issue.severity !== "error" || issue.row === undefined || issue.col === undefined) continue;
    const key = issue.row * 16384 + issue.col;
    if (errorKeys.has(key)) continue;
    errorKeys.add(key);
    errors.push({ row: issue.row, col: issue.col });
  }
  const warningKeys = new Set<number>();
  const warnings: Array<{ row: number; col: number }> = [];
  for (const issue of issues) {
    if (issue.severity !== "warning" || issue.row === undefined || issue.col === undefined) continue;
    const key = issue.row * 16384 + issue.col;
    if (errorKeys.has(key) || warningKeys.has(key)) continue;
    warningKeys.add(key);
    warnings.push({ row: issue.row, col: issue.col });
  }
  return {
    errors: columnRuns(errors),
    warnings: columnRuns(warnings),
    touched: columnRuns(errors.concat(warnings)),
    cellCount: errors.length + warnings.length,
  };
}
