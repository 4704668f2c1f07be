import { FakeSheet, fakeExcel, parseAddress } from "./fake-excel";

describe("the recording fake behaves like Excel where the adapter relies on it", () => {
  it("refuses to read a property before load and sync", async () => {
    const ctx = fakeExcel([new FakeSheet("S", [["a"]])]);
    const range = ctx.workbook.worksheets.getItem("S").getRange("A1");
    range.load("values");
    expect(() => range.values).toThrow(/not loaded/);
    await ctx.sync();
    expect(range.values).toEqual([["a"]]);
  });

  it("queues writes until sync and measures the request", async () => {
    const sheet = new FakeSheet("S");
    const ctx = fakeExcel([sheet]);
    ctx.workbook.worksheets.getItem("S").getRange("A1:B1").values = [["甲", "乙"]];
    expect(sheet.get(0, 0)).toBe("");
    await ctx.sync();
    expect(sheet.get(0, 1)).toBe("乙");
    expect(ctx.stats.maxRequestBytes).toBe(new TextEncoder().encode(JSON.stringify([["甲", "乙"]])).length); // UTF-8: 甲 and 乙 are 3 bytes each
    expect(ctx.stats.syncs).toBe(1);
  });

  it("stores numeric text as a number unless the cell is formatted as text first", async () => {
    const sheet = new FakeSheet("S");
    const ctx = fakeExcel([sheet]);
    const ws = ctx.workbook.worksheets.getItem("S");
    ws.getRange("A1").values = [["0012"]];
    const b1 = ws.getRange("B1");
    b1.numberFormat = [["@"]];
    b1.values = [["0012"]];
    await ctx.sync();
    expect(sheet.get(0, 0)).toBe(12);
    expect(sheet.get(0, 1)).toBe("0012");
  });

  it("rejects a sync over the payload limit, applying nothing", async () => {
    const sheet = new FakeSheet("S");
    const ctx = fakeExcel([sheet], { payloadLimit: 10 });
    ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["a long value"]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(sheet.get(0, 0)).toBe("");
    expect(ctx.stats.payloadRejections).toBe(1);
  });

  it("has getRanges only with ExcelApi 1.9", () => {
    const ctx = fakeExcel([new FakeSheet("S")], { support: { rangeAreas: false } });
    expect(() => ctx.workbook.worksheets.getItem("S").getRanges("A1,B2")).toThrow(/1\.9/);
  });

  it("parses A1 addresses", () => {
    expect(parseAddress("C5")).toEqual({ top: 4, left: 2, rows: 1, cols: 1 });
    expect(parseAddress("'表 1'!$AA$2:$AB$10")).toEqual({ top: 1, left: 26, rows: 9, cols: 2 });
  });
});
