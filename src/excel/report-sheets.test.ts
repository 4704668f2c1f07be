import type { ClassSize } from "../core/model/report";
import { asRequestContext, FakeSheet, fakeExcel } from "./fake-excel";
import { cellLink, classRows, REPORT_HEADER, reportRows } from "./report-rows";
import { writeReportSheets } from "./report-sheets";
import { CLASS_SHEET, REPORT_SHEET } from "./sheet-names";
import { issueAt, resultFor } from "./test-results";

function klass(grade: string, className: string, count: number, cap: number | null, over: boolean): ClassSize {
  return {
    grade,
    className,
    count,
    cap,
    stage: "primary",
    stageFrom: "grade",
    band: count >= 66 ? "super-large" : count >= 56 ? "large" : "normal",
    status: over ? "over-cap" : "ok",
    rows: [],
  };
}

describe("report rows", () => {
  it("links to the cell, quoting the sheet name for a formula", () => {
    expect(cellLink("学生信息", "G", 5)).toBe(`=HYPERLINK("#'学生信息'!G5","G5")`);
    expect(cellLink('O\'Neil "A"', "B", 2)).toBe(`=HYPERLINK("#'O''Neil ""A""'!B2","B2")`);
  });

  it("lists errors before warnings before fixes, each with its message and values", () => {
    const rows = reportRows(
      resultFor("学生信息", [
        issueAt("学生信息", 9, 1, "fix", { value: " 张小明", fix: "张小明" }),
        issueAt("学生信息", 7, 6, "error", { code: "cell/required", header: "身份证件号", value: "" }),
        issueAt("学生信息", 3, 2, "warning"),
      ]),
    );
    expect(rows[0]).toEqual(REPORT_HEADER);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["错误", "警告", "可修正"]);
    expect(rows[1].slice(1, 4)).toEqual([7, "G", "身份证件号"]);
    expect(String(rows[1][4]).length).toBeGreaterThan(4);
    expect(String(rows[1][4])).not.toContain("第 7 行"); // the place has its own columns
    expect(rows[3].slice(5, 7)).toEqual([" 张小明", "张小明"]);
    expect(rows[1][7]).toBe(`=HYPERLINK("#'学生信息'!G7","G7")`);
  });

  it("gives sheet-level issues no row, column or link", () => {
    const rows = reportRows(resultFor("S", [{ code: "header/missing", severity: "error", sheet: "S", source: "x" }]));
    expect(rows[1].slice(1, 4)).toEqual(["", "", ""]);
    expect(rows[1][7]).toBe("");
  });

  it("says how far a class is over its cap", () => {
    const rows = classRows([klass("一年级", "1班", 48, 45, true), klass("七年级", "3班", 40, null, false)]);
    expect(rows[1]).toEqual(["一年级", "1班", 48, 45, "正常", "超出上限 3 人", "小学", "年级"]);
    expect(rows[2][3]).toBe("");
    expect(rows[2][5]).toBe("学段不明，未比较上限");
  });

  it("says where a class's stage came from, or that it could not be told", () => {
    const fromEntry = { ...klass("", "3班", 40, 45, false), stageFrom: "entryYearMonth" as const };
    const unknown = { ...klass("", "4班", 40, null, false), stage: null, stageFrom: undefined };
    const rows = classRows([fromEntry, unknown]);
    expect(rows[1].slice(6)).toEqual(["小学", "入学年月"]);
    expect(rows[2].slice(6)).toEqual(["未知", "无法判断（只按大班额标准）"]);
  });
});

describe("writeReportSheets", () => {
  const issues = Array.from({ length: 3000 }, (_, i) =>
    issueAt("学生信息", i + 2, 6, i % 3 ? "warning" : "error", { value: i % 2 ? "+8613800000000" : "0012" }),
  );

  it("writes the report as text where text is meant, with links as formulas", async () => {
    const ctx = fakeExcel([new FakeSheet("学生信息", [["姓名"]])]);
    await writeReportSheets(asRequestContext(ctx), resultFor("学生信息", issues, { classes: [klass("一年级", "1班", 40, 45, false)] }));
    const report = ctx.workbook.sheet(REPORT_SHEET);
    expect(report.get(0, 0)).toBe("级别");
    expect(report.cells.length).toBe(3001);
    expect(report.formatAt(1, 5)).toBe("@");
    expect(report.get(1, 5)).toBe("0012"); // text format came first, so it is not stored as 12
    expect(report.get(2, 5)).toBe("+8613800000000");
    expect(report.formatAt(1, 1)).toBe("General"); // 行 stays a number
    expect(report.formulaAt(1, 7)).toMatch(/^=HYPERLINK\("#'学生信息'!G\d+","G\d+"\)$/);
    expect(report.frozenRows).toBe(1);
    expect(ctx.workbook.sheet(CLASS_SHEET).charts).toHaveLength(0); // nobody over the cap
  });

  it("replaces earlier report sheets instead of adding more", async () => {
    const ctx = fakeExcel([new FakeSheet("学生信息", [["姓名"]])]);
    await writeReportSheets(asRequestContext(ctx), resultFor("学生信息", issues));
    await writeReportSheets(asRequestContext(ctx), resultFor("学生信息", issues.slice(0, 2)));
    expect(ctx.workbook.sheets.map((s) => s.name)).toEqual(["学生信息", REPORT_SHEET, CLASS_SHEET]);
    expect(ctx.workbook.sheet(REPORT_SHEET).cells.length).toBe(3);
  });

  it("never deletes a school's own 校验报告 or 班额统计: ours goes beside them, and a re-run replaces only ours", async () => {
    const theirs = new FakeSheet(REPORT_SHEET, [["学校自己的报告"]]);
    const theirClasses = new FakeSheet("班额统计", [["学校自己的班额表"]]);
    const ctx = fakeExcel([new FakeSheet("学生信息", [["姓名"]]), theirs, theirClasses]);
    const first = await writeReportSheets(asRequestContext(ctx), resultFor("学生信息", issues));
    expect(first).toEqual({ report: "校验报告 (2)", classes: "班额统计 (2)" });
    await writeReportSheets(asRequestContext(ctx), resultFor("学生信息", issues.slice(0, 2)));
    expect(ctx.workbook.sheets.map((s) => s.name)).toEqual(["学生信息", REPORT_SHEET, CLASS_SHEET, "校验报告 (2)", "班额统计 (2)"]);
    expect(theirs.get(0, 0)).toBe("学校自己的报告");
    expect(theirClasses.get(0, 0)).toBe("学校自己的班额表");
    expect(ctx.workbook.sheet("校验报告 (2)").cells.length).toBe(3);
  });

  it("adds a column chart of class sizes when a class is over its cap", async () => {
    const ctx = fakeExcel([new FakeSheet("学生信息", [["姓名"]])]);
    const classes = [klass("一年级", "1班", 48, 45, true), klass("一年级", "2班", 44, 45, false)];
    await writeReportSheets(asRequestContext(ctx), resultFor("学生信息", [], { classes }));
    const sheet = ctx.workbook.sheet(CLASS_SHEET);
    expect(sheet.charts).toEqual([{ type: "ColumnClustered", source: "A1:C3", title: "各班人数（有班级超出班额上限）" }]);
    expect(sheet.get(1, 5)).toBe("超出上限 3 人");
  });

  it("keeps each write under the web payload cap for a large report", async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => issueAt("学生信息", i + 2, i % 73, "error", { value: "很长的原值".repeat(30) }));
    const ctx = fakeExcel([new FakeSheet("学生信息", [["姓名"]])], { payloadLimit: 5_000_000 });
    await writeReportSheets(asRequestContext(ctx), resultFor("学生信息", many));
    expect(ctx.workbook.sheet(REPORT_SHEET).cells.length).toBe(20_001);
    expect(ctx.stats.maxRequestBytes).toBeLessThan(5_000_000);
  });
});
