import { KEY_FIELD_WORDS, MATCH_WORDS, noteText, spanText } from "../core/compare/messages";
import type { CompareReport, RosterRow } from "../core/compare/types";

/** Rows listed per list on the console; the workbook has all of them. */
const SHOWN = 20;

const who = (r: RosterRow) => `${r.grade}${r.className} ${r.name}${r.idNumber ? ` ${r.idNumber}` : ""}（${r.sheet} 第 ${r.row} 行）`;

function more(total: number, sheet: string): string[] {
  return total > SHOWN ? [`  …… 另 ${total - SHOWN} 人见核对工作簿「${sheet}」`] : [];
}

/** The comparison's console summary: the totals, then the first rows of each list that asks for action. */
export function compareText(report: CompareReport): string {
  const t = report.totals;
  const s = report.span;
  const lines = [
    `人籍核对：前表 ${report.before.path}（${t.beforeRows} 人），后表 ${report.after.path}（${t.afterRows} 人）`,
    `两表都有 ${t.matched} 人（按身份证件号 ${t.matchedById}，按姓名+性别+出生日期 ${t.matchedByName}）；` +
      `只在前表 ${t.onlyBefore} 人（控辍保学跟进 ${t.followUps}）；只在后表 ${t.onlyAfter} 人（转入无学籍号 ${t.transfersWithoutRegister}）；` +
      `关键字段变化 ${t.keyFieldChanges} 处；年级异常 ${t.gradeAnomalies} 人；调班 ${t.classMoves} 人`,
    `年级：${spanText(s.years, s.from, s.sameGrade, s.nextGrade)}`,
  ];
  const followUps = report.onlyBefore.filter((l) => l.followUp);
  if (followUps.length > 0) {
    lines.push("", `控辍保学跟进（义务教育阶段，不在后表，${followUps.length} 人）：`);
    for (const l of followUps.slice(0, SHOWN)) lines.push(`  ${who(l.row)}`);
    lines.push(...more(followUps.length, "只在前表"));
  }
  const unsure = [...report.onlyBefore, ...report.onlyAfter].filter((u) => u.note);
  if (unsure.length > 0) {
    lines.push("", `无法自动对应、需人工核对（${unsure.length} 行）：`);
    for (const u of unsure.slice(0, SHOWN)) lines.push(`  ${u.row.side === "before" ? "前表" : "后表"} ${who(u.row)}：${noteText(u.note, u.count)}`);
    lines.push(...more(unsure.length, "只在前表」「只在后表"));
  }
  const transfers = report.onlyAfter.filter((a) => a.transferWithoutRegister);
  if (transfers.length > 0) {
    lines.push("", `转入但没有学籍号（${transfers.length} 人）：`);
    for (const a of transfers.slice(0, SHOWN)) lines.push(`  ${who(a.row)}`);
    lines.push(...more(transfers.length, "只在后表"));
  }
  if (report.keyFieldChanges.length > 0) {
    lines.push("", `关键字段变化（每处需关键数据变更申请，${report.keyFieldChanges.length} 处）：`);
    for (const c of report.keyFieldChanges.slice(0, SHOWN)) {
      lines.push(`  ${c.pair.after.name} ${KEY_FIELD_WORDS[c.field]}：${c.before} → ${c.after}（按${MATCH_WORDS[c.pair.method]}对应）`);
    }
    lines.push(...more(report.keyFieldChanges.length, "关键字段变化"));
  }
  const anomalies = report.gradeChanges.filter((g) => g.kind !== "class-move");
  if (anomalies.length > 0) {
    lines.push("", `年级异常（${anomalies.length} 人）：`);
    for (const g of anomalies.slice(0, SHOWN)) lines.push(`  ${g.pair.after.name}：${g.pair.before.grade} → ${g.pair.after.grade}`);
    lines.push(...more(anomalies.length, "年级异常"));
  }
  return lines.join("\n") + "\n\n";
}
