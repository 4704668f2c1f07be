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

  describe("as strict as Excel", () => {
    const code = (p: Promise<unknown>) => p.then(() => "ok", (e: { code?: string }) => e.code);

    it("refuses cell edits on a protected sheet, and sheet changes under a protected structure, when the batch runs", async () => {
      const sheet = new FakeSheet("S", [["a"]]);
      sheet.protected = true;
      const ctx = fakeExcel([sheet]);
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("A1").values = [["b"]];
      expect(await code(ctx.sync())).toBe("AccessDenied");
      ws.getRange("A1").format.fill.color = "#FF0000";
      expect(await code(ctx.sync())).toBe("AccessDenied");
      expect(sheet.get(0, 0)).toBe("a");
      ws.protection.load("protected");
      await ctx.sync();
      expect(ws.protection.protected).toBe(true);
      ctx.structureProtected = true;
      ctx.workbook.worksheets.add("新表");
      expect(await code(ctx.sync())).toBe("AccessDenied");
      ctx.workbook.protection.load("protected");
      await ctx.sync();
      expect(ctx.workbook.protection.protected).toBe(true);
    });

    it("checks an array's dimensions against the range when the batch runs", async () => {
      const ctx = fakeExcel([new FakeSheet("S")]);
      ctx.workbook.worksheets.getItem("S").getRange("A1:B2").values = [["x", "y"]];
      expect(await code(ctx.sync())).toBe("InvalidArgument");
    });

    it("leaves a cell alone for null and clears it for an empty string, in values and formulas", async () => {
      const sheet = new FakeSheet("S", [["a", "b", "c"]]);
      sheet.formulas.set(2, "=1+1");
      const ctx = fakeExcel([sheet]);
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("A1:B1").values = [[null as unknown as string, ""]];
      ws.getRange("C1").formulas = [[null as unknown as string]];
      await ctx.sync();
      expect([sheet.get(0, 0), sheet.get(0, 1), sheet.formulaAt(0, 2)]).toEqual(["a", "", "=1+1"]);
    });

    it("follows Excel's sheet-name rules", async () => {
      const ctx = fakeExcel([new FakeSheet("学生信息")]);
      for (const bad of ["", "a".repeat(32), "一/二", "[x]", "'引号", "History"]) {
        ctx.workbook.worksheets.add(bad);
        expect(await code(ctx.sync())).toBe("InvalidArgument");
      }
      ctx.workbook.worksheets.add("a".repeat(31));
      await ctx.sync();
      ctx.workbook.worksheets.add("学生信息");
      expect(await code(ctx.sync())).toBe("ItemAlreadyExists");
      ctx.workbook.worksheets.add("A".repeat(31));
      expect(await code(ctx.sync())).toBe("ItemAlreadyExists"); // names are compared ignoring case
    });

    it("refuses a getRanges address list longer than Excel takes", async () => {
      const ctx = fakeExcel([new FakeSheet("S")]);
      const long = Array.from({ length: 1500 }, (_, i) => `A${i * 2 + 1}`).join(",");
      expect(long.length).toBeGreaterThan(8192);
      ctx.workbook.worksheets.getItem("S").getRanges(long).format.fill.color = "#FF0000";
      expect(await code(ctx.sync())).toBe("InvalidArgument");
    });

    it("counts payload in UTF-8 bytes", async () => {
      const ctx = fakeExcel([new FakeSheet("S")], { payloadLimit: 100 });
      ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["测".repeat(30)]]; // 34 characters, 96 bytes
      await ctx.sync();
      ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["测".repeat(33)]]; // 37 characters, 105 bytes
      expect(await code(ctx.sync())).toBe("RequestPayloadSizeLimitExceeded");
    });
  });
});
