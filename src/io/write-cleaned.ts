import ExcelJS from "exceljs";
import { createCodeLists } from "../core/codes";
import { issueText, renderIssue, type Lang } from "../core/messages";
import type { Issue, Severity } from "../core/model/issue";
import { cleanedRows, type CheckResult, type ClassSize, type GeneratedNumber } from "../core/model/report";
import { getProfile } from "../core/profiles";
import type { Profile } from "../core/profiles/schema";
import { getTemplate } from "../core/templates";
import { addCodeValidations } from "./code-validation";
import { fitColumns, safeSheetName, startSheet } from "./sheet-format";

export interface WriteOptions {
  lang?: Lang;
  /** the profile the check used, for its code-list additions; looked up by id when omitted */
  profile?: Profile;
}

export const REJECTED_SHEET = "未通过行";
export const ISSUES_SHEET = "问题清单";
export const CLASSES_SHEET = "班额统计";
export const NUMBERS_SHEET = "生成的学籍号";
const RESERVED = new Set([REJECTED_SHEET, ISSUES_SHEET, CLASSES_SHEET, NUMBERS_SHEET, "代码表"]);

const TEXT = "@";
/** extra rows under the data that keep the drop-downs, for students added by hand */
const SPARE_ROWS = 200;

const SEVERITY: Record<Severity, string> = { error: "错误", warning: "警告", fix: "已修正" };
const STAGE: Record<string, string> = { primary: "小学", junior: "初中", senior: "高中" };
const BAND: Record<ClassSize["band"], string> = { normal: "正常", large: "大班额", "super-large": "超大班额" };
/** the fields numbers go to, named as users know them, for templates without that column */
const NUMBER_FIELD: Record<string, string> = { registerNumber: "学籍号", auxNumber: "学籍辅号" };
const CLASS_STATUS: Record<ClassSize["status"], string> = { ok: "未超上限", "over-cap": "超过上限" };

/**
 * The workbook a registrar uploads and works from: the cleaned sheet (template headers, every cell
 * text), the rows kept out with their reasons, every issue, class sizes and generated numbers.
 * Works in the browser and in Node (ExcelJS writeBuffer).
 */
export async function writeCleanedWorkbook(result: CheckResult, opts: WriteOptions = {}): Promise<Uint8Array> {
  const lang = opts.lang ?? "zh";
  const wb = new ExcelJS.Workbook();
  wb.creator = "学籍导入助手";
  const cleaned = addCleanedSheet(wb, result);
  addRejectedSheet(wb, result, lang);
  addIssuesSheet(wb, result.issues, lang);
  addClassesSheet(wb, result.classes);
  if (result.numbers.length > 0) addNumbersSheet(wb, result);
  // last, so the hidden 代码表 sheet it may add comes after the sheets people read
  const template = result.template ? getTemplate(result.template.id) : undefined;
  if (template) {
    const profile = opts.profile ?? getProfile(result.profile.id) ?? getProfile("national")!;
    const lastRow = result.cleaned.sourceRows.length + 1 + SPARE_ROWS;
    addCodeValidations(wb, cleaned, template.columns, createCodeLists(profile), lastRow);
  }
  // fastest deflate: a third less CPU for a file about a third larger (ExcelJS compresses in JS)
  const buffer = await wb.xlsx.writeBuffer({ zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } });
  return new Uint8Array(buffer as ArrayBuffer);
}

function addCleanedSheet(wb: ExcelJS.Workbook, result: CheckResult): ExcelJS.Worksheet {
  const { headers } = result.cleaned;
  const rows = cleanedRows(result.cleaned);
  const ws = wb.addWorksheet(safeSheetName(result.sheet, RESERVED, "清理后数据"));
  // the column format must exist before rows are added: new cells take their column's style
  headers.forEach((_, c) => (ws.getColumn(c + 1).numFmt = TEXT));
  startSheet(ws, headers);
  // one style object for every data cell: ExcelJS caches style ids by object, so a shared object is
  // hashed once instead of once per cell (each new cell otherwise gets its own copy of the column's)
  const textStyle: Partial<ExcelJS.Style> = { numFmt: TEXT };
  for (const row of rows) {
    ws.addRow(row).eachCell((cell) => {
      cell.style = textStyle;
    });
  }
  fitColumns(ws, headers, rows);
  return ws;
}

/** 源行号, 未通过原因, then the row's cells exactly as found, under the file's own headers. */
function addRejectedSheet(wb: ExcelJS.Workbook, result: CheckResult, lang: Lang): void {
  const ws = wb.addWorksheet(REJECTED_SHEET);
  const sourceHeaders: string[] = [];
  for (const c of result.layout?.columns ?? []) sourceHeaders[c.col] = c.header;
  for (const c of result.layout?.extraColumns ?? []) sourceHeaders[c.col] = c.header;
  let width = sourceHeaders.length;
  for (const r of result.rejected) width = Math.max(width, r.cells.length);
  const headers = ["源行号", "未通过原因"];
  for (let c = 0; c < width; c++) headers.push(sourceHeaders[c] ?? "");

  const errorsByRow = new Map<number, Issue[]>();
  for (const issue of result.issues) {
    if (issue.severity !== "error" || issue.row === undefined) continue;
    const list = errorsByRow.get(issue.row);
    if (list) list.push(issue);
    else errorsByRow.set(issue.row, [issue]);
  }

  for (let c = 3; c <= headers.length; c++) ws.getColumn(c).numFmt = TEXT;
  startSheet(ws, headers, 2);
  const written: unknown[][] = [];
  for (const r of result.rejected) {
    const reasons = (errorsByRow.get(r.sourceRow) ?? []).map((i) => renderIssue(i, lang)).join("\n");
    const cells = new Array<unknown>(width);
    for (let c = 0; c < width; c++) cells[c] = r.cells[c] ?? null;
    const values = [r.sourceRow, reasons, ...cells];
    ws.addRow(values).getCell(2).alignment = { wrapText: true, vertical: "top" };
    written.push(values);
  }
  fitColumns(ws, headers, written);
  ws.getColumn(2).width = 60;
}

function addIssuesSheet(wb: ExcelJS.Workbook, issues: readonly Issue[], lang: Lang): void {
  const ws = wb.addWorksheet(ISSUES_SHEET);
  const headers = ["行", "列", "表头", "代码", "级别", "问题说明", "原值", "修正值"];
  ws.getColumn(7).numFmt = TEXT;
  ws.getColumn(8).numFmt = TEXT;
  startSheet(ws, headers);
  const rows = issues.map((i) => [
    i.row ?? null,
    i.column ?? "",
    i.header ?? "",
    i.code,
    SEVERITY[i.severity],
    issueText(i, lang),
    i.value ?? "",
    i.fix ?? "",
  ]);
  for (const r of rows) ws.addRow(r);
  fitColumns(ws, headers, rows);
}

function addClassesSheet(wb: ExcelJS.Workbook, classes: readonly ClassSize[]): void {
  const ws = wb.addWorksheet(CLASSES_SHEET);
  const headers = ["年级", "班级", "学段", "人数", "上限", "班额类别", "状态"];
  ws.getColumn(1).numFmt = TEXT;
  ws.getColumn(2).numFmt = TEXT;
  startSheet(ws, headers);
  const rows = classes.map((c) => [
    c.grade,
    c.className,
    c.stage ? STAGE[c.stage] : "未知",
    c.count,
    c.cap,
    BAND[c.band],
    CLASS_STATUS[c.status],
  ]);
  for (const r of rows) ws.addRow(r);
  fitColumns(ws, headers, rows);
}

function addNumbersSheet(wb: ExcelJS.Workbook, result: CheckResult): void {
  const ws = wb.addWorksheet(NUMBERS_SHEET);
  const headers = ["行", "姓名", "字段", "号码", "规则"];
  ws.getColumn(4).numFmt = TEXT;
  startSheet(ws, headers);
  const nameOf = rowNames(result);
  const template = result.template ? getTemplate(result.template.id) : undefined;
  const fieldHeader = (key: string) => template?.columns.find((c) => c.key === key)?.header ?? NUMBER_FIELD[key] ?? key;
  const rows = result.numbers.map((n: GeneratedNumber) => [
    n.row,
    nameOf.get(n.row) ?? "",
    fieldHeader(n.key),
    n.value,
    n.scheme === "national" ? "全国学籍号：G + 身份证件号" : n.scheme,
  ]);
  for (const r of rows) ws.addRow(r);
  fitColumns(ws, headers, rows);
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
