import { columnLetter } from "../../core/model/table";
import type { WorkbookCheck } from "../../core/engine/check-workbook";
import { describeUnchecked } from "../../core/engine/unchecked";
import { issueText, renderIssue, type Lang } from "../../core/messages";
import type { Issue, Severity } from "../../core/model/issue";
import type { CheckResult, ClassSize } from "../../core/model/report";
import { BAND_LABELS, stageFromLabel, stageLabel } from "../../core/classes/class-words";
import { getTemplate } from "../../core/templates";
import { displayWidth } from "../sheet-format";
import type { SimpleCell, SimpleSheet } from "../xlsx/simple-sheet";

export const SUMMARY_SHEET = "汇总";
export const REJECTED_SHEET = "未通过行";
export const ISSUES_SHEET = "问题清单";
export const CLASSES_SHEET = "班额统计";
export const NUMBERS_SHEET = "生成的学籍号";

/** how a severity is named in the workbooks we write (the report, the county audit) */
export const SEVERITY_WORDS: Record<Severity, string> = { error: "错误", warning: "警告", fix: "已修正" };
const CLASS_STATUS: Record<ClassSize["status"], string> = { ok: "未超上限", "over-cap": "超过上限" };
const NUMBER_FIELD: Record<string, string> = { registerNumber: "学籍号", auxNumber: "学籍辅号" };
const SKIP: Record<WorkbookCheck["skipped"][number]["reason"], string> = { empty: "空白，未检查", "not-a-template": "不是导入模板，原样保留" };

/**
 * The report workbook's sheets: everything about a check that must not go into the upload-ready file.
 * One workbook for the whole checked file, whatever number of sheets it had.
 */
export function buildReportSheets(check: WorkbookCheck, opts: { fileName: string; lang?: Lang }): SimpleSheet[] {
  const lang = opts.lang ?? "zh";
  const sheets = [summarySheet(check, opts.fileName), rejectedSheet(check.results, lang), issuesSheet(check.results, lang), classesSheet(check)];
  if (check.results.some((r) => r.numbers.length > 0)) sheets.push(numbersSheet(check.results));
  return sheets;
}

function table(name: string, rows: SimpleCell[][], textColumns: number[], frozenColumns = 0): SimpleSheet {
  return { name, rows, header: true, textColumns, frozenColumns, widths: widthsOf(rows) };
}

/** Column widths from the first rows' text (the report's and the comparison's sheets). */
export function widthsOf(rows: SimpleCell[][]): number[] {
  const widths: number[] = [];
  for (const row of rows.slice(0, 300)) {
    row.forEach((v, c) => {
      const w = v === null ? 0 : Math.min(60, displayWidth(String(v).split("\n")[0]) + 2);
      widths[c] = Math.max(widths[c] ?? 6, w);
    });
  }
  return widths;
}

function summarySheet(check: WorkbookCheck, fileName: string): SimpleSheet {
  const rows: SimpleCell[][] = [["文件", "工作表", "模板", "地区配置", "数据行", "通过", "未通过", "错误", "警告", "已修正", "重复身份证件号", "超上限班级", "本表格式无法检查"]];
  for (const r of check.results) {
    const c = r.counts;
    const unchecked = describeUnchecked(r.unchecked) || null;
    rows.push([fileName, r.sheet, r.template?.name ?? "未识别", r.profile.name, r.dataRows, r.cleaned.sourceRows.length, r.rejected.length, c.errors, c.warnings, c.fixes, c.duplicateIds, c.classesOverCap, unchecked]);
  }
  for (const s of check.skipped) rows.push([fileName, s.sheet, SKIP[s.reason]]);
  rows.push([]);
  rows.push(["说明", "上传用文件是原文件的副本：只改了“已修正”的单元格，去掉了“未通过行”中的行，其余（标题、表头、列顺序、格式、其他工作表）不变。本报告供核对，不要上传。"]);
  return table(SUMMARY_SHEET, rows, [0, 1]);
}

/** 源工作表, 源行号, 未通过原因, then the row's cells under the file's own headers. */
function rejectedSheet(results: readonly CheckResult[], lang: Lang): SimpleSheet {
  const full = Math.max(0, ...results.map((r) => Math.max(0, ...r.rejected.map((x) => x.cells.length), ...(r.layout?.columns ?? []).map((c) => c.col + 1))));
  // the three columns in front push a row's last cells past XFD: those are named in the reason instead
  const width = Math.min(full, MAX_ROW_CELLS);
  const rows: SimpleCell[][] = [];
  const textColumns = Array.from({ length: width }, (_, i) => i + 3);
  let headerDone = false;
  for (const r of results) {
    if (r.rejected.length === 0) continue;
    const headers = new Array<SimpleCell>(width).fill(null);
    for (const c of [...(r.layout?.columns ?? []), ...(r.layout?.extraColumns ?? [])]) headers[c.col] = c.header;
    if (!headerDone) rows.push(["源工作表", "源行号", "未通过原因", ...headers]);
    else if (results.length > 1) rows.push([r.sheet, null, "（以下各列的表头）", ...headers]);
    headerDone = true;
    const reasons = new Map<number, Issue[]>();
    for (const i of r.issues) {
      if (i.severity !== "error" || i.row === undefined) continue;
      const list = reasons.get(i.row);
      if (list) list.push(i);
      else reasons.set(i.row, [i]);
    }
    for (const x of r.rejected) {
      const cells = Array.from({ length: width }, (_, c) => {
        const v = x.cells[c];
        return v === undefined || v === null ? null : typeof v === "number" ? v : String(v);
      });
      const why = (reasons.get(x.sourceRow) ?? []).map((i) => renderIssue(i, lang)).join("\n") + beyondXfd(x.cells);
      rows.push([r.sheet, x.sourceRow, why, ...cells]);
    }
  }
  if (!headerDone) rows.push(["源工作表", "源行号", "未通过原因"]);
  return table(REJECTED_SHEET, rows, textColumns, 3);
}

/** Excel's 16,384 columns less the three in front of a row's cells */
const MAX_ROW_CELLS = 16_384 - 3;

function beyondXfd(cells: readonly unknown[]): string {
  const out: string[] = [];
  for (let c = MAX_ROW_CELLS; c < cells.length; c++) {
    const v = cells[c];
    if (v !== undefined && v !== null && v !== "") out.push(`${columnLetter(c)} 列「${String(v)}」`);
  }
  return out.length === 0 ? "" : `\n（这一行在原文件最右边的 ${out.length} 个单元格超出 Excel 的列数上限，无法在本表列出：${out.join("，")}）`;
}

function issuesSheet(results: readonly CheckResult[], lang: Lang): SimpleSheet {
  const rows: SimpleCell[][] = [["工作表", "行", "列", "表头", "级别", "问题说明", "原值", "修正值", "依据", "代码"]];
  for (const r of results) {
    for (const i of r.issues) {
      rows.push([i.sheet, i.row ?? null, i.column ?? "", i.header ?? "", SEVERITY_WORDS[i.severity], issueText(i, lang), i.value ?? "", i.fix ?? "", i.source, i.code]);
    }
  }
  return table(ISSUES_SHEET, rows, [0, 6, 7]);
}


/** One row per class of the workbook: a class spread over several sheets is counted once, with its sheets. */
function classesSheet(check: WorkbookCheck): SimpleSheet {
  const rows: SimpleCell[][] = [["工作表", "年级", "班级", "学段", "学段依据", "人数", "上限", "班额类别", "状态"]];
  const classes = check.classes ?? check.results.flatMap((r) => r.classes.map((c) => ({ ...c, sheets: [r.sheet] })));
  for (const c of classes) {
    rows.push([
      (c.sheets ?? []).join("、"),
      c.grade,
      c.className,
      stageLabel(c),
      stageFromLabel(c),
      c.count,
      c.cap,
      BAND_LABELS[c.band],
      CLASS_STATUS[c.status],
    ]);
  }
  return table(CLASSES_SHEET, rows, [1, 2]);
}

function numbersSheet(results: readonly CheckResult[]): SimpleSheet {
  const rows: SimpleCell[][] = [["工作表", "行", "姓名", "字段", "号码", "规则"]];
  for (const r of results) {
    const names = rowNames(r);
    const template = r.template ? getTemplate(r.template.id) : undefined;
    const fieldHeader = (key: string) => template?.columns.find((c) => c.key === key)?.header ?? NUMBER_FIELD[key] ?? key;
    for (const n of r.numbers) {
      rows.push([r.sheet, n.row, names.get(n.row) ?? "", fieldHeader(n.key), n.value, n.scheme === "national" ? "全国学籍号：G + 身份证件号" : n.scheme]);
    }
  }
  return table(NUMBERS_SHEET, rows, [0, 4]);
}

/** Sheet row → student name, from the cleaned rows or, for rejected rows, the name cell as found. */
function rowNames(result: CheckResult): Map<number, string> {
  const names = new Map<number, string>();
  const slot = result.cleaned.keys.indexOf("name");
  const width = result.cleaned.keys.length;
  if (slot >= 0) result.cleaned.sourceRows.forEach((row, i) => names.set(row, result.cleaned.cells[i * width + slot]));
  const col = result.layout?.columns.find((c) => c.key === "name")?.col;
  if (col !== undefined) {
    for (const r of result.rejected) {
      const v = r.cells[col];
      if (v !== null && v !== undefined) names.set(r.sourceRow, String(v));
    }
  }
  return names;
}
