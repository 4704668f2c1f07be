import { asRequestContext, FakeSheet, fakeExcel } from "./fake-excel";
import { writeRows } from "./write-rows";

describe("writeRows", () => {
  const rows = Array.from({ length: 3000 }, (_, i) => [`测试学生${i}`, `0${i}`, i, `=HYPERLINK("#A${i + 1}","A${i + 1}")`]);

  it("writes every row, text columns as text and formulas as formulas", async () => {
    const sheet = new FakeSheet("S");
    const ctx = fakeExcel([sheet]);
    const syncs = await writeRows(asRequestContext(ctx), ctx.workbook.worksheets.getItem("S") as unknown as Excel.Worksheet, 1, 2, rows, {
      textColumns: [1],
      formulaColumns: [3],
      budget: 50_000,
    });
    expect(syncs).toBeGreaterThan(1);
    expect(sheet.get(1, 2)).toBe("测试学生0");
    expect(sheet.get(3000, 3)).toBe("02999");
    expect(sheet.get(3000, 4)).toBe(2999);
    expect(sheet.formulaAt(3000, 5)).toBe(`=HYPERLINK("#A3000","A3000")`);
    expect(sheet.formatAt(1, 2)).toBe("General"); // only text columns are reformatted
  });

  it("splits a block the host refuses and counts the rows it wrote", async () => {
    const sheet = new FakeSheet("S");
    const ctx = fakeExcel([sheet], { payloadLimit: 40_000 });
    const progress = { rows: 0 };
    await writeRows(asRequestContext(ctx), ctx.workbook.worksheets.getItem("S") as unknown as Excel.Worksheet, 0, 0, rows, {
      textColumns: [1],
      budget: 1_000_000,
      progress,
    });
    expect(ctx.stats.payloadRejections).toBeGreaterThan(0);
    // the smaller budget carries over: one refusal per halving, not one per block
    expect(ctx.stats.payloadRejections).toBeLessThanOrEqual(Math.ceil(Math.log2(1_000_000 / 40_000)) + 1);
    expect(ctx.stats.maxRequestBytes).toBeLessThanOrEqual(40_000);
    expect(progress.rows).toBe(3000);
    expect(sheet.get(2999, 1)).toBe("02999");
  });
});
