import ExcelJS from "exceljs";
import type { AuditClass, AuditReport } from "../core/audit";
import { auditIssueText, DUPLICATE_KIND_WORDS, unreadableWords } from "../core/audit";
import { STAGE_LABELS } from "../core/classes/class-words";
import { injectColumnChart } from "./xlsx-chart";
import { SEVERITY_WORDS } from "./report/report-sheets";

/**
 * The county audit as one workbook: 汇总 (one row per school, worst first, filterable), 跨校重复,
 * 班额统计 with a chart of the largest classes against their cap, 问题清单 and 无法读取. Pure (bytes
 * out, no file system) so the browser page offers the same download as the command line. Mask IDs
 * before calling (maskDeep) when the workbook leaves the bureau.
 */
export async function writeAuditWorkbook(report: AuditReport): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "学籍导入助手";
  summarySheet(wb, report);
  duplicatesSheet(wb, report);
  const chart = classesSheet(wb, report.classes);
  issuesSheet(wb, report);
  unreadableSheet(wb, report);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  if (!chart) return bytes;
  return injectColumnChart(bytes, chart);
}

type Row = (string | number)[];

/** A sheet with a bold, frozen, filterable header row; every value written as given (IDs stay text). */
function table(wb: ExcelJS.Workbook, name: string, headers: string[], widths: number[], rows: Iterable<Row>): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = headers.map((h, i) => ({ header: h, width: widths[i] ?? 12 }));
  ws.getRow(1).font = { bold: true };
  let n = 1;
  for (const r of rows) {
    ws.addRow(r);
    n++;
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(n, 1), column: headers.length } };
  return ws;
}

const RED: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
const GREEN: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } };

const SCHOOL_FROM_WORDS = { schoolCode: "学校标识码", fileName: "文件名", sheetName: "工作表名" } as const;

function summarySheet(wb: ExcelJS.Workbook, report: AuditReport): void {
  const headers = ["学校", "学校识别依据", "文件", "模板", "学生行数", "错误", "警告", "重复学籍（行）", "超班额班级", "大班额班级", "超大班额班级", "可以上报"];
  const ws = table(
    wb,
    "汇总",
    headers,
    [22, 12, 40, 26, 10, 8, 8, 14, 12, 12, 12, 10],
    report.schools.map((s) => [
      s.school,
      SCHOOL_FROM_WORDS[s.schoolFrom],
      s.files.join("\n"),
      s.templates.join("、"),
      s.rows,
      s.errors,
      s.warnings,
      s.crossDuplicateRows,
      s.classesOverCap,
      s.largeClasses,
      s.superLargeClasses,
      s.ready ? "是" : "否",
    ]),
  );
  const readyCol = headers.length;
  ws.eachRow((row, i) => {
    if (i === 1) return;
    const cell = row.getCell(readyCol);
    cell.fill = cell.value === "是" ? GREEN : RED;
  });
  const t = report.totals;
  const note = ws.getCell(ws.rowCount + 2, 1);
  note.value =
    `共 ${t.files} 个文件（可读 ${t.readFiles} 个），${t.schools} 所学校，${t.rows} 行学生；错误 ${t.errors}，警告 ${t.warnings}；` +
    `跨文件重复 ${t.crossDuplicates} 组，超班额班级 ${t.classesOverCap} 个；可以上报的学校 ${t.readySchools} 所。` +
    `配置：${report.profile.name}。`;
}

function duplicatesSheet(wb: ExcelJS.Workbook, report: AuditReport): void {
  const rows: Row[] = [];
  report.duplicates.forEach((d, g) => {
    for (const o of d.occurrences) {
      rows.push([
        g + 1,
        DUPLICATE_KIND_WORDS[d.kind],
        d.value,
        d.scope === "cross-school" ? "跨校" : "同校不同文件/工作表",
        d.occurrences.length,
        o.school,
        o.file,
        o.sheet,
        o.row,
        o.grade,
        o.className,
        o.name,
      ]);
    }
  });
  table(wb, "跨校重复", ["组", "类别", "号码", "范围", "出现次数", "学校", "文件", "工作表", "行", "年级", "班级", "姓名"],
    [6, 10, 22, 18, 8, 18, 36, 14, 6, 10, 10, 12], rows);
}

const BAND_WORDS: Record<AuditClass["band"], string> = { normal: "", large: "大班额（56–65）", "super-large": "超大班额（≥66）" };
/** The chart shows this many of the largest classes; the table above it lists every class. */
export const CHART_CLASSES = 30;

function classesSheet(wb: ExcelJS.Workbook, classes: readonly AuditClass[]) {
  const ws = table(
    wb,
    "班额统计",
    ["学校", "年级", "班级", "学段", "人数", "班额上限", "班额", "状态", "所在文件"],
    [22, 10, 10, 8, 8, 10, 16, 10, 40],
    classes.map((c) => [
      c.school,
      c.grade,
      c.className,
      c.stage ? STAGE_LABELS[c.stage] : "",
      c.count,
      c.cap ?? "",
      BAND_WORDS[c.band],
      c.status === "over-cap" ? "超出上限" : "",
      c.parts.map((p) => (c.parts.length > 1 ? `${p.file}（${p.count} 人）` : p.file)).join("\n"),
    ]),
  );
  ws.eachRow((row, i) => {
    if (i > 1 && row.getCell(8).value === "超出上限") row.getCell(5).fill = RED;
  });
  if (classes.length === 0) return null;

  // the chart's own data: the largest classes, beside the table (columns K–M)
  const largest = [...classes].sort((a, b) => b.count - a.count).slice(0, CHART_CLASSES);
  const [labelCol, countCol, capCol] = [11, 12, 13];
  ws.getCell(1, labelCol).value = "图表：人数最多的班级";
  ws.getCell(1, countCol).value = "人数";
  ws.getCell(1, capCol).value = "班额上限";
  for (const cell of [labelCol, countCol, capCol]) ws.getCell(1, cell).font = { bold: true };
  ws.getColumn(labelCol).width = 28;
  largest.forEach((c, i) => {
    ws.getCell(i + 2, labelCol).value = `${c.school} ${c.grade}${c.className}`;
    ws.getCell(i + 2, countCol).value = c.count;
    ws.getCell(i + 2, capCol).value = c.cap ?? 0;
  });
  const last = largest.length + 1;
  return {
    sheetName: "班额统计",
    title: `人数最多的 ${largest.length} 个班级与班额上限`,
    categories: `'班额统计'!$K$2:$K$${last}`,
    series: [
      { name: "人数", ref: `'班额统计'!$L$2:$L$${last}`, color: "4472C4" },
      { name: "班额上限", ref: `'班额统计'!$M$2:$M$${last}`, color: "C00000" },
    ],
    anchor: { fromCol: 14, fromRow: 1, toCol: 30, toRow: 28 },
  };
}


function issuesSheet(wb: ExcelJS.Workbook, report: AuditReport): void {
  table(
    wb,
    "问题清单",
    ["学校", "文件", "工作表", "行", "列", "表头", "级别", "代码", "问题说明", "原值", "建议值", "依据"],
    [18, 36, 12, 6, 5, 16, 8, 22, 60, 22, 22, 30],
    (function* () {
      for (const i of report.issues) {
        yield [
          i.school,
          i.file,
          i.sheet,
          i.row ?? "",
          i.column ?? "",
          i.header ?? "",
          SEVERITY_WORDS[i.severity],
          i.code,
          auditIssueText(i),
          i.value ?? "",
          i.fix ?? "",
          i.source,
        ];
      }
    })(),
  );
}

function unreadableSheet(wb: ExcelJS.Workbook, report: AuditReport): void {
  table(
    wb,
    "无法读取",
    ["文件", "原因", "说明"],
    [40, 40, 80],
    report.unreadable.map((u) => [u.path, unreadableWords[u.reason].zh, u.detail]),
  );
}
