import { renderIssue, type CheckResult, type Issue, type WorkbookCheck } from "../core";

export const SHOWN_ISSUES = 10;

const RANK: Record<Issue["severity"], number> = { error: 0, warning: 1, fix: 2 };

/** Errors first, then warnings, then fixes; in sheet order within each. */
export function mostImportant(issues: readonly Issue[], n: number): Issue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => RANK[a.issue.severity] - RANK[b.issue.severity] || a.i - b.i)
    .slice(0, n)
    .map((x) => x.issue);
}

/** A short account of one checked sheet, for the terminal. */
export function summarise(file: string, result: CheckResult, cleanedPath: string | null): string {
  const c = result.counts;
  const lines = [
    `${file} — 工作表「${result.sheet}」`,
    `  模板：${result.template ? result.template.name : "未识别"}　配置：${result.profile.name}`,
    `  数据行 ${result.dataRows}，错误 ${c.errors}，警告 ${c.warnings}，已修正 ${c.fixes}，` +
      `重复身份证件号 ${c.duplicateIds}，超上限班级 ${c.classesOverCap}`,
  ];
  if (result.issues.length > 0) {
    lines.push(result.issues.length > SHOWN_ISSUES ? `  前 ${SHOWN_ISSUES} 个问题：` : "  问题：");
    for (const issue of mostImportant(result.issues, SHOWN_ISSUES)) lines.push(`    ${renderIssue(issue, "zh")}`);
    const more = result.issues.length - SHOWN_ISSUES;
    if (more > 0) {
      lines.push(`    …另有 ${more} 个问题${cleanedPath ? `，见 ${cleanedPath} 的「问题清单」` : ""}`);
    }
  } else {
    lines.push("  没有发现问题。");
  }
  if (cleanedPath) {
    lines.push(`  已写出 ${cleanedPath}（通过 ${result.cleaned.sourceRows.length} 行，未通过 ${result.rejected.length} 行）`);
  }
  return lines.join("\n") + "\n";
}

const SKIP_REASON: Record<WorkbookCheck["skipped"][number]["reason"], string> = {
  empty: "空白",
  "not-a-template": "不是导入模板",
};

export function summariseSkipped(skipped: WorkbookCheck["skipped"]): string {
  if (skipped.length === 0) return "";
  return `  已跳过的工作表：${skipped.map((s) => `「${s.sheet}」（${SKIP_REASON[s.reason]}）`).join("、")}\n`;
}
