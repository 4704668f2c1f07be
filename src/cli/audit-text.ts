import { DUPLICATE_KIND_WORDS, unreadableWords, type AuditReport } from "../core/audit";

/** Schools listed on the console; the workbook has all of them. */
const SCHOOLS_SHOWN = 30;
const DUPLICATES_SHOWN = 30;
const CLASSES_SHOWN = 30;

/** The audit's console summary: totals, schools worst first, duplicates, classes over cap, unreadable files. */
export function auditText(report: AuditReport): string {
  const t = report.totals;
  const lines: string[] = [];
  lines.push(
    `县区核查：${t.files} 个文件，${t.schools} 所学校，${t.rows} 行学生（配置：${report.profile.name}）`,
    `可以上报 ${t.readySchools} 所，需要修改 ${t.schools - t.readySchools} 所；错误 ${t.errors}，警告 ${t.warnings}；` +
      `跨文件重复 ${t.crossDuplicates} 组；超班额班级 ${t.classesOverCap} 个；无法读取 ${report.unreadable.length} 个文件`,
    "",
    "学校（问题多的在前）：",
  );
  for (const s of report.schools.slice(0, SCHOOLS_SHOWN)) {
    const mark = s.ready ? "✓" : "✗";
    lines.push(
      `  ${mark} ${s.school}  ${s.rows} 行  错误 ${s.errors}  警告 ${s.warnings}  重复 ${s.crossDuplicateRows}  超班额 ${s.classesOverCap}`,
    );
  }
  if (report.schools.length > SCHOOLS_SHOWN) lines.push(`  …… 另 ${report.schools.length - SCHOOLS_SHOWN} 所见核查工作簿「汇总」`);

  if (report.duplicates.length > 0) {
    lines.push("", `跨校、跨文件重复（${report.duplicates.length} 组）：`);
    for (const d of report.duplicates.slice(0, DUPLICATES_SHOWN)) {
      const where = d.occurrences.map((o) => `${o.school} ${o.file} 第 ${o.row} 行 ${o.grade}${o.className} ${o.name}`).join("；");
      lines.push(`  ${DUPLICATE_KIND_WORDS[d.kind]} ${d.value}${d.scope === "cross-school" ? "（跨校）" : "（同校）"}：${where}`);
    }
  }
  const over = report.classes.filter((c) => c.status === "over-cap");
  if (over.length > 0) {
    lines.push("", `超出班额上限的班级（${over.length} 个）：`);
    for (const c of over.slice(0, CLASSES_SHOWN)) lines.push(`  ${c.school} ${c.grade}${c.className} ${c.count} 人（上限 ${c.cap}）`);
  }
  if (report.unreadable.length > 0) {
    lines.push("", `无法读取或不是导入模板的文件（${report.unreadable.length} 个）：`);
    for (const u of report.unreadable) lines.push(`  ${u.path}：${unreadableWords[u.reason].zh}`);
  }
  return lines.join("\n") + "\n\n";
}
