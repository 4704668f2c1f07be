import * as XLSX from "@e965/xlsx";
import { issueText, type WorkbookCheck } from "../core";
import { SEVERITY_LABEL } from "../ui/issue-groups";

type Row = (string | number)[];

function sheetOf(rows: Row[], widths: number[]): XLSX.WorkSheet {
  // every value goes in as given: IDs and codes are strings, so they stay text cells in Excel
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws["!cols"] = widths.map((wch) => ({ wch }));
  return ws;
}

/**
 * The browser page's report as a workbook: a summary per sheet, every issue with its place, message
 * and source, and the class sizes. A workbook rather than CSV, because Excel turns an 18-digit ID in
 * a CSV into a number and loses its last digits.
 */
export function buildReportWorkbook(check: WorkbookCheck, fileName: string): Uint8Array {
  const summary: Row[] = [["文件", "工作表", "模板", "地区配置", "行数", "错误", "警告", "可自动修正", "重复身份证号", "超班额班级"]];
  const issues: Row[] = [["工作表", "行", "列", "列名", "类别", "问题说明", "原值", "建议值", "依据", "问题代码"]];
  const classes: Row[] = [["工作表", "年级", "班级", "人数", "班额上限", "状态"]];
  for (const r of check.results) {
    const c = r.counts;
    summary.push([fileName, r.sheet, r.template?.name ?? "未识别", r.profile.name, r.dataRows, c.errors, c.warnings, c.fixes, c.duplicateIds, c.classesOverCap]);
    for (const i of r.issues) {
      issues.push([i.sheet, i.row ?? "", i.column ?? "", i.header ?? "", SEVERITY_LABEL[i.severity], issueText(i), i.value ?? "", i.fix ?? "", i.source, i.code]);
    }
    for (const k of r.classes) {
      classes.push([r.sheet, k.grade, k.className, k.count, k.cap ?? "", k.status === "over-cap" ? "超班额" : "正常"]);
    }
  }
  for (const k of check.skipped) summary.push([fileName, k.sheet, k.reason === "empty" ? "空表，未检查" : "不是导入模板，未检查"]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, sheetOf(summary, [24, 16, 24, 14, 8, 8, 8, 10, 12, 10]), "汇总");
  XLSX.utils.book_append_sheet(wb, sheetOf(issues, [14, 6, 5, 16, 6, 60, 22, 22, 30, 24]), "问题清单");
  XLSX.utils.book_append_sheet(wb, sheetOf(classes, [14, 10, 10, 6, 8, 8]), "班额统计");
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
}
