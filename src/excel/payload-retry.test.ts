import { asRequestContext, FakeSheet, fakeExcel } from "./fake-excel";
import { fillNumbers } from "./fill-numbers";
import { markIssues } from "./marks";
import { readArea } from "./read-sheet";
import { issueAt, resultFor } from "./test-results";
import { writeRows } from "./write-rows";

/** 2,000 rows of Chinese text: each character is 3 bytes on the wire, 1 unit of string length. */
function chineseRows(n = 2000, cols = 10): string[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: cols }, (_, j) => `测试学生姓名${i}-${j}号`));
}

describe("payload on Excel on the web", () => {
  it("sizes writes of a Chinese sheet in UTF-8 bytes, so no batch is refused", async () => {
    const rows = chineseRows();
    const ctx = fakeExcel([new FakeSheet("写入")], { payloadLimit: 110_000 });
    await writeRows(asRequestContext(ctx), ctx.workbook.worksheets.getItem("写入") as unknown as Excel.Worksheet, 0, 0, rows, { budget: 100_000, textColumns: [0] });
    expect(ctx.workbook.sheet("写入").get(1999, 9)).toBe("测试学生姓名1999-9号");
    expect(ctx.stats.payloadRejections).toBe(0);
    expect(ctx.stats.maxRequestBytes).toBeLessThanOrEqual(110_000);
  });

  it("sizes reads by the UTF-8 bytes measured: after the first block's guess, none is refused", async () => {
    const rows = chineseRows(6000);
    const ctx = fakeExcel([new FakeSheet("学生信息", rows)], { payloadLimit: 110_000 });
    const table = await readArea(asRequestContext(ctx), { sheet: "学生信息", top: 0, left: 0, rows: rows.length, cols: 10 }, { budget: 100_000 });
    expect(table.rows).toEqual(rows);
    expect(ctx.stats.payloadRejections).toBeLessThanOrEqual(1);
    expect(ctx.stats.maxResponseBytes).toBeLessThanOrEqual(110_000);
  });

  describe("when the host answers an oversized batch with GeneralException (HTTP 500), it halves and retries", () => {
    const options = { payloadLimit: 30_000, payloadError: "GeneralException" as const };

    it("in reads", async () => {
      const rows = chineseRows();
      const ctx = fakeExcel([new FakeSheet("学生信息", rows)], options);
      const table = await readArea(asRequestContext(ctx), { sheet: "学生信息", top: 0, left: 0, rows: rows.length, cols: 10 });
      expect(table.rows).toEqual(rows);
      expect(ctx.stats.payloadRejections).toBeGreaterThan(0);
    });

    it("in writes of rows", async () => {
      const rows = chineseRows();
      const ctx = fakeExcel([new FakeSheet("写入")], options);
      await writeRows(asRequestContext(ctx), ctx.workbook.worksheets.getItem("写入") as unknown as Excel.Worksheet, 0, 0, rows);
      expect(ctx.workbook.sheet("写入").get(1999, 9)).toBe("测试学生姓名1999-9号");
      expect(ctx.stats.payloadRejections).toBeGreaterThan(0);
    });

    it("in writes of scattered cells (generated numbers)", async () => {
      const rows = [["姓名", "学籍号"], ...Array.from({ length: 3000 }, (_, i) => [`学生${i}`, ""])];
      const layout = { templateId: "t", headerRow: 1, dataStartRow: 2, columns: [{ key: "registerNumber", header: "学籍号", col: 1, letter: "B" }], extraColumns: [], missingKeys: [] };
      // every other row: 1,500 separate runs
      const numbers = Array.from({ length: 1500 }, (_, i) => ({ row: 2 + i * 2, key: "registerNumber", value: `G11010120150101${String(i).padStart(4, "0")}`, scheme: "national" }));
      const ctx = fakeExcel([new FakeSheet("学生信息", rows)], { ...options, payloadLimit: 10_000 });
      const done = await fillNumbers(asRequestContext(ctx), resultFor("学生信息", [], { layout, numbers }), { overwrite: false });
      expect(done.written).toBe(1500);
      expect(ctx.workbook.sheet("学生信息").get(2999, 1)).toBe("G110101201501011499");
      expect(ctx.stats.payloadRejections).toBeGreaterThan(0);
    });

    it.each([
      ["ExcelApi 1.9", true, 100_000],
      ["ExcelApi 1.7", false, 10_000],
    ])("in marks (%s)", async (_name, rangeAreas, payloadLimit) => {
      const rows = Array.from({ length: 6001 }, (_, i) => [`学生${i}`, "x", "y"]);
      const issues = Array.from({ length: 3000 }, (_, i) => issueAt("学生信息", 2 + i * 2, 1, "error"));
      const ctx = fakeExcel([new FakeSheet("学生信息", rows)], { ...options, payloadLimit });
      await markIssues(asRequestContext(ctx), resultFor("学生信息", issues), { rangeAreas });
      const sheet = ctx.workbook.sheet("学生信息");
      expect(sheet.fillAt(1, 1).color).toBe("#FFC7CE");
      expect(sheet.fillAt(5999, 1).color).toBe("#FFC7CE");
      expect(sheet.fillAt(2, 1).pattern).toBe("None");
      expect(ctx.stats.payloadRejections).toBeGreaterThan(0);
    });
  });
});
