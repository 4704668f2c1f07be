import { compareWords, KEY_FIELD_WORDS, MATCH_WORDS, noteText, spanText } from "../../core/compare/messages";
import type { ArrivalRow, CompareReport, CountRow, GradeChange, LeaverRow, RosterRow } from "../../core/compare/types";
import { widthsOf } from "../report/report-sheets";
import type { SimpleCell, SimpleSheet } from "../xlsx/simple-sheet";

export const COMPARE_SHEETS = ["汇总", "只在前表", "只在后表", "关键字段变化", "年级异常"] as const;
const NO_SCHOOL = "（未填学校标识码）";

/**
 * The comparison workbook: 汇总 (what was compared, the totals, students per school, grade and class on
 * both lists), then one sheet per list a registrar works through. IDs, dates and codes are text cells.
 */
export function buildCompareSheets(report: CompareReport): SimpleSheet[] {
  return [summarySheet(report), leaversSheet(report.onlyBefore), arrivalsSheet(report.onlyAfter), keyChangesSheet(report), gradeSheet(report.gradeChanges)];
}

function table(name: string, rows: SimpleCell[][], textColumns: number[], header = true): SimpleSheet {
  return { name, rows, header, textColumns, widths: widthsOf(rows) };
}

const school = (s: string) => s || NO_SCHOOL;
const place = (r: RosterRow) => `${r.sheet} 第 ${r.row} 行`;

/** 学校标识码, 年级, 班级, 姓名, 性别, 出生日期, 身份证件号, 学籍号, 工作表, 行号 */
const PERSON = ["学校标识码", "年级", "班级", "姓名", "性别", "出生日期", "身份证件号", "学籍号", "工作表", "行号"];
const PERSON_TEXT = [0, 5, 6, 7];
function person(r: RosterRow): SimpleCell[] {
  return [school(r.school), r.grade, r.className, r.name, r.sex, r.birthDate, r.idNumber, r.registerNumber, r.sheet, r.row];
}
const shift = (cols: number[], by: number) => cols.map((c) => c + by);

function leaverKind(l: LeaverRow): string {
  if (l.followUp) return "控辍保学跟进";
  if (l.note) return "需人工核对";
  if (l.finalGrade) return "毕业年级";
  if (l.compulsory) return "义务教育";
  return l.row.gradeInfo ? "高中" : "未填年级";
}

function leaversSheet(list: readonly LeaverRow[]): SimpleSheet {
  const rows: SimpleCell[][] = [["类别", ...PERSON, "说明", "依据"]];
  for (const l of list) {
    const words = l.finalGrade && !l.note ? compareWords.graduated : compareWords.leaver;
    rows.push([leaverKind(l), ...person(l.row), noteText(l.note, l.count) || words.zh, words.source]);
  }
  return table(COMPARE_SHEETS[1], rows, shift(PERSON_TEXT, 1));
}

function arrivalsSheet(list: readonly ArrivalRow[]): SimpleSheet {
  const rows: SimpleCell[][] = [["类别", ...PERSON, "说明", "依据"]];
  for (const a of list) {
    const words = a.transferWithoutRegister ? compareWords.transferWithoutRegister : compareWords.arrival;
    const kind = a.transferWithoutRegister ? "转入无学籍号" : a.note ? "需人工核对" : "新入学或转入";
    rows.push([kind, ...person(a.row), noteText(a.note, a.count) || words.zh, words.source]);
  }
  return table(COMPARE_SHEETS[2], rows, shift(PERSON_TEXT, 1));
}

function keyChangesSheet(report: CompareReport): SimpleSheet {
  const rows: SimpleCell[][] = [
    ["姓名（前表）", "变化的字段", "前表", "后表", "对应方式", "学校标识码", "年级（后表）", "班级（后表）", "前表位置", "后表位置", "说明", "依据"],
  ];
  for (const c of report.keyFieldChanges) {
    const { before, after } = c.pair;
    rows.push([before.name, KEY_FIELD_WORDS[c.field], c.before, c.after, MATCH_WORDS[c.pair.method], school(after.school), after.grade, after.className, place(before), place(after), compareWords.keyField.zh, compareWords.keyField.source]);
  }
  return table(COMPARE_SHEETS[3], rows, [2, 3, 5]);
}

const GRADE_KIND: Record<GradeChange["kind"], string> = { "held-back": "未升级（留级或降级）", skipped: "跳级或学年内改年级", "class-move": "调班" };

function gradeWords(g: GradeChange) {
  if (g.kind === "class-move") return compareWords.classMove;
  if (g.kind === "skipped") return compareWords.skipped;
  return g.compulsory ? compareWords.heldBack : compareWords.heldBackSenior;
}

function gradeSheet(list: readonly GradeChange[]): SimpleSheet {
  const rows: SimpleCell[][] = [
    ["类型", "姓名", "身份证件号", "学校标识码", "前表年级", "前表班级", "后表年级", "后表班级", "年级变化", "应为", "对应方式", "前表位置", "后表位置", "说明", "依据"],
  ];
  const sorted = [...list].sort((a, b) => Number(a.kind === "class-move") - Number(b.kind === "class-move"));
  for (const g of sorted) {
    const { before, after } = g.pair;
    const w = gradeWords(g);
    rows.push([GRADE_KIND[g.kind], after.name, after.idNumber || before.idNumber, school(after.school), before.grade, before.className, after.grade, after.className, signed(g.step), signed(g.expected), MATCH_WORDS[g.pair.method], place(before), place(after), w.zh, w.source]);
  }
  return table(COMPARE_SHEETS[4], rows, [2, 3]);
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function summarySheet(report: CompareReport): SimpleSheet {
  const t = report.totals;
  const s = report.span;
  const rows: SimpleCell[][] = [
    ["项目", "数量", "说明"],
    ["前表", report.before.path, ""],
    ["后表", report.after.path, ""],
    ["地区配置", report.profile.name, ""],
    ["两表相隔", s.years === null ? "未知" : `${s.years} 个学年`, spanText(s.years, s.from, s.sameGrade, s.nextGrade)],
    ["前表学生", t.beforeRows, ""],
    ["后表学生", t.afterRows, ""],
    ["两表都有", t.matched, `按身份证件号对应 ${t.matchedById} 人，按姓名+性别+出生日期对应 ${t.matchedByName} 人`],
    ["只在前表", t.onlyBefore, `其中控辍保学跟进 ${t.followUps} 人（义务教育阶段、非毕业年级）：${compareWords.leaver.zh}`],
    ["只在后表", t.onlyAfter, `其中转入无学籍号 ${t.transfersWithoutRegister} 人`],
    ["关键字段变化", t.keyFieldChanges, `涉及 ${t.studentsWithKeyChanges} 人；每处都需关键数据变更申请（${compareWords.keyField.source}）`],
    ["年级异常", t.gradeAnomalies, `另有调班 ${t.classMoves} 人`],
    [],
    ["文件", "工作表", "模板", "数据行", "错误", "警告"],
  ];
  for (const side of [report.before, report.after]) {
    for (const sh of side.sheets) rows.push([`${side.side === "before" ? "前表" : "后表"} ${side.path}`, sh.sheet, sh.template, sh.rows, sh.errors, sh.warnings]);
  }
  rows.push([], ["各校、各年级、各班人数"], ["学校标识码", "年级", "班级", "前表人数", "后表人数", "增减"]);
  const counts = (c: CountRow, grade: string, cls: string): SimpleCell[] => [school(c.school), grade, cls, c.before, c.after, signed(c.after - c.before)];
  const { schools, grades, classes } = report.counts;
  const gradesOf = groupBy(grades, (g) => g.school);
  const classesOf = groupBy(classes, (c) => `${c.school}\u0000${c.grade}`);
  for (const sc of schools) {
    rows.push(counts(sc, "（全校）", ""));
    for (const g of gradesOf.get(sc.school) ?? []) {
      rows.push(counts(g, g.grade || "（未填年级）", "（全年级）"));
      for (const c of classesOf.get(`${g.school}\u0000${g.grade}`) ?? []) rows.push(counts(c, c.grade || "（未填年级）", c.className || "（未填班级）"));
    }
  }
  return table(COMPARE_SHEETS[0], rows, [1], false);
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = m.get(k);
    if (list) list.push(t);
    else m.set(k, [t]);
  }
  return m;
}
