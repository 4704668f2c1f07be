import { applyFixes, fixesByColumn } from "./apply-fixes";
import { asRequestContext, FakeSheet, fakeExcel } from "./fake-excel";
import { issueAt, resultFor } from "./test-results";
import { withArrayIterationBudget } from "./test-iteration";

function sheet() {
  return new FakeSheet("学生信息", [
    ["姓名", "出生日期", "身份证件号"],
    [" 张小明", "2015/3/4", "11010120150304123x"],
    ["李·阿依", "20150505", "110101201505051235"],
  ]);
}

const fixes = [
  issueAt("学生信息", 2, 0, "fix", { value: " 张小明", fix: "张小明" }),
  issueAt("学生信息", 2, 1, "fix", { value: "2015/3/4", fix: "20150304" }),
  issueAt("学生信息", 2, 2, "fix", { value: "11010120150304123x", fix: "11010120150304123X" }),
  issueAt("学生信息", 3, 2, "error"), // not a fix: left alone
];

describe("applyFixes", () => {
  it("groups one fix per cell by column", () => {
    const twice = [...fixes, issueAt("学生信息", 2, 0, "fix", { fix: "别的" })];
    expect([...fixesByColumn(resultFor("学生信息", twice)).entries()]).toEqual([
      [0, [{ row: 2, value: "张小明" }]],
      [1, [{ row: 2, value: "20150304" }]],
      [2, [{ row: 2, value: "11010120150304123X" }]],
    ]);
  });

  it("keeps a copy of the sheet first, then writes the fixes as text", async () => {
    const s = sheet();
    const ctx = fakeExcel([s]);
    const done = await applyFixes(asRequestContext(ctx), resultFor("学生信息", fixes));
    expect(done).toEqual({ backupSheet: "备份-学生信息", applied: 3, backup: "copy" });
    const backup = ctx.workbook.sheet("备份-学生信息");
    expect(backup.get(1, 0)).toBe(" 张小明");
    expect(backup.get(1, 1)).toBe("2015/3/4");
    expect(s.get(1, 0)).toBe("张小明");
    expect(s.get(1, 1)).toBe("20150304"); // text, not the number 20150304
    expect(s.get(1, 2)).toBe("11010120150304123X");
    expect(s.get(2, 2)).toBe("110101201505051235");
    expect(ctx.activeSheet).toBe("学生信息");
  });

  it("picks a new backup name when one already exists", async () => {
    const ctx = fakeExcel([sheet(), new FakeSheet("备份-学生信息", [["旧备份"]])]);
    const done = await applyFixes(asRequestContext(ctx), resultFor("学生信息", fixes));
    expect(done.backupSheet).toBe("备份2-学生信息");
    expect(ctx.workbook.sheet("备份-学生信息").get(0, 0)).toBe("旧备份");
  });
});

describe("fixesByColumn at scale", () => {
  it("groups 50,000 fixes in one column in one pass (a step count, not a clock)", () => {
    const many = Array.from({ length: 50_000 }, (_, i) => issueAt("学生信息", i + 2, 2, "fix", { fix: `11010120150304${String(i).padStart(4, "0")}` }));
    const { value, steps } = withArrayIterationBudget(3 * many.length, () => fixesByColumn(resultFor("学生信息", many)));
    expect(value.get(2)).toHaveLength(50_000);
    expect(steps).toBeLessThanOrEqual(many.length + 1);
  });
});

describe("applyFixes where worksheet.copy fails (office-js #775)", () => {
  it("backs up the values and number formats into a new sheet, then applies the fixes", async () => {
    const s = sheet();
    s.numberFormats.set(1 * 16384 + 1, "yyyy-mm-dd");
    s.set(3, 0, "0123"); // text in a General cell: must stay text in the backup
    const ctx = fakeExcel([s]);
    ctx.copyFails = true;
    const done = await applyFixes(asRequestContext(ctx), resultFor("学生信息", fixes));
    expect(done).toEqual({ backupSheet: "备份-学生信息", applied: 3, backup: "values" });
    const backup = ctx.workbook.sheet("备份-学生信息");
    expect(backup.get(1, 0)).toBe(" 张小明");
    expect(backup.get(1, 2)).toBe("11010120150304123x");
    expect(backup.get(3, 0)).toBe("0123");
    expect(backup.formatAt(1, 1)).toBe("yyyy-mm-dd");
    expect(s.get(1, 0)).toBe("张小明");
    expect(ctx.workbook.sheets.map((x) => x.name)).toEqual(["学生信息", "备份-学生信息"]);
    expect(ctx.activeSheet).toBe("学生信息");
  });

  it("refuses to apply any fix when no backup could be made", async () => {
    const s = sheet();
    const ctx = fakeExcel([s]);
    ctx.copyFails = true;
    // 1: sheet names, 2: the failed copy, 3: old half-copy check, 4: add, 5: used range, 6: the first block
    ctx.failOnSync = { at: 6, error: Object.assign(new Error("boom"), { code: "Conflict" }) };
    await expect(applyFixes(asRequestContext(ctx), resultFor("学生信息", fixes))).rejects.toThrow(/无法备份工作表「学生信息」.*没有修改任何单元格/);
    expect(s.get(1, 0)).toBe(" 张小明");
    expect(ctx.workbook.sheets.map((x) => x.name)).toEqual(["学生信息"]);
  });
});

