import { strippedNote } from "../io/stripped-note";
import { describeUnchecked, renderIssue, type CheckResult, type Issue, type WorkbookCheck } from "../core";

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
export function summarise(file: string, result: CheckResult, reportPath: string | null): string {
  const c = result.counts;
  const lines = [
    `${file} — 工作表「${result.sheet}」`,
    `  模板：${result.template ? result.template.name : "未识别"}　配置：${result.profile.name}`,
    `  数据行 ${result.dataRows}，错误 ${c.errors}，警告 ${c.warnings}，已修正 ${c.fixes}，` +
      `重复身份证件号 ${c.duplicateIds}，超上限班级 ${c.classesOverCap}`,
  ];
  if (result.unchecked.length > 0) lines.push(`  本表格式无法检查：${describeUnchecked(result.unchecked)}`);
  if (result.issues.length > 0) {
    lines.push(result.issues.length > SHOWN_ISSUES ? `  前 ${SHOWN_ISSUES} 个问题：` : "  问题：");
    for (const issue of mostImportant(result.issues, SHOWN_ISSUES)) lines.push(`    ${renderIssue(issue, "zh")}`);
    const more = result.issues.length - SHOWN_ISSUES;
    if (more > 0) {
      lines.push(`    …另有 ${more} 个问题${reportPath ? `，见 ${reportPath} 的「问题清单」` : ""}`);
    }
  } else {
    lines.push("  没有发现问题。");
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

/** What the two files are: the one to upload, and the one to read. */
export function summariseOutputs(check: WorkbookCheck, out: { upload: string; report: string; converted: boolean; strippedControlChars?: number }): string {
  const kept = check.results.reduce((n, r) => n + r.cleaned.sourceRows.length, 0);
  const rejected = check.results.reduce((n, r) => n + r.rejected.length, 0);
  const lines = [
    `  已写出 ${out.upload}（上传用：原文件改正后的副本，通过 ${kept} 行，去掉未通过的 ${rejected} 行）`,
    `  已写出 ${out.report}（报告：未通过行及原因、问题清单、班额统计、生成的学籍号）`,
  ];
  if (out.converted) lines.push("  注意：原文件实为文本（或网页）格式，只是扩展名为 .xls，上传用文件已另存为 .xlsx。");
  if (out.strippedControlChars) lines.push(`  注意：${strippedNote(out.strippedControlChars)}`);
  return lines.join("\n") + "\n";
}

/** A file in which no sheet is an import template: which template it comes closest to, and what it lacks. */
export function summariseNoTemplate(none: NonNullable<WorkbookCheck["noTemplate"]>): string {
  const lacks = none.missing.length > 0 ? `，缺少列：${none.missing.map((h) => `「${h}」`).join("、")}` : "";
  const closest = none.templateName ? `最接近的是「${none.templateName}」${lacks}。` : "前几行里没有找到表头。";
  return `  没有一个工作表是可识别的导入模板，未写出文件。${closest}请核对表头后再检查，或用 --template 指定模板。\n`;
}
