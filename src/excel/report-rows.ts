/**
 * The rows of the 校验报告 and 班额统计 sheets, built without Office so they can be tested as data.
 */
import type { Issue } from "../core/model/issue";
import type { ClassSize, CheckResult } from "../core/model/report";
import { BAND_LABELS, stageFromLabel, stageLabel } from "../core/classes/class-words";
import { issueText } from "../core/messages";
import { qualifiedAddress } from "./cell-runs";
import type { OutCell } from "./write-rows";

export const REPORT_HEADER = ["级别", "行", "列", "表头", "问题说明", "原值", "修正值", "位置"];
/** columns written as text (values like "0012" or "+86…" must stay as typed) */
export const REPORT_TEXT_COLUMNS = [0, 2, 3, 4, 5, 6];
export const REPORT_LINK_COLUMN = 7;

const LEVEL: Record<Issue["severity"], string> = { error: "错误", warning: "警告", fix: "可修正" };
const ORDER: Record<Issue["severity"], number> = { error: 0, warning: 1, fix: 2 };

/** "=HYPERLINK("#'学生信息'!G5","G5")": a click jumps to the cell (quotes doubled inside the formula string). */
export function cellLink(sheet: string, column: string, row: number): string {
  const target = `#${qualifiedAddress(sheet, `${column}${row}`)}`.replace(/"/g, '""');
  return `=HYPERLINK("${target}","${column}${row}")`;
}

/**
 * One row per issue: errors first, then warnings, then fixes, each by row. The place is in its own
 * columns, so 问题说明 is the message without the place prefix.
 */
export function reportRows(result: CheckResult): OutCell[][] {
  const issues = [...result.issues].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.row ?? 0) - (b.row ?? 0) || (a.col ?? 0) - (b.col ?? 0),
  );
  const rows: OutCell[][] = [REPORT_HEADER];
  for (const issue of issues) {
    const linkable = issue.row !== undefined && issue.column;
    rows.push([
      LEVEL[issue.severity],
      issue.row ?? "",
      issue.column ?? "",
      issue.header ?? "",
      issueText(issue, "zh"),
      issue.value ?? "",
      issue.fix ?? "",
      linkable ? cellLink(issue.sheet, issue.column!, issue.row!) : "",
    ]);
  }
  return rows;
}

// 年级, 班级, 人数 first and side by side: the chart is drawn from them
export const CLASS_HEADER = ["年级", "班级", "人数", "班额上限", "班额类别", "状态", "学段", "学段依据"];
export const CLASS_TEXT_COLUMNS = [0, 1, 4, 5, 6, 7];

export function classRows(classes: readonly ClassSize[]): OutCell[][] {
  const rows: OutCell[][] = [CLASS_HEADER];
  for (const c of classes) {
    rows.push([
      c.grade,
      c.className,
      c.count,
      c.cap ?? "",
      BAND_LABELS[c.band],
      c.cap === null ? "学段不明，未比较上限" : c.status === "over-cap" ? `超出上限 ${c.count - c.cap} 人` : "未超上限",
      stageLabel(c),
      stageFromLabel(c),
    ]);
  }
  return rows;
}

export function anyOverCap(classes: readonly ClassSize[]): boolean {
  return classes.some((c) => c.status === "over-cap");
}
