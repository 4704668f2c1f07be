import { createExcelHost } from "./excel-host";
import { type FakeContext, FakeSheet, fakeExcel } from "./fake-excel";
import { ExcelStepError } from "./step-error";
import { issueAt, resultFor, syntheticSheetCells } from "./test-results";

const SUPPORT = { createWorkbook: true, rangeAreas: true, web: true, mac: false };

function hostOver(ctx: FakeContext, onNotice?: (m: string) => void, support = SUPPORT) {
  return createExcelHost({
    support,
    onNotice,
    run: (options, batch) => ctx.run(options, batch),
  });
}

const officeError = (code: string) => Object.assign(new Error(`Office said ${code}`), { code });

describe("createExcelHost", () => {
  it("reads the workbook's data sheets", async () => {
    const ctx = fakeExcel([new FakeSheet("学生信息", [["姓名"], ["张小明"]])]);
    const tables = await hostOver(ctx).readTables(() => undefined, new AbortController().signal);
    expect(tables).toEqual([{ sheet: "学生信息", rows: [["姓名"], ["张小明"]], origin: { row: 0, col: 0 } }]);
  });

  it("reads in web-sized blocks only on the web; desktop needs fewer syncs", async () => {
    const cells = syntheticSheetCells(20_000, 73);
    const web = fakeExcel([new FakeSheet("学生信息", cells)], { payloadLimit: 5_000_000 });
    await hostOver(web).readTables(() => undefined, new AbortController().signal);
    const desktop = fakeExcel([new FakeSheet("学生信息", cells)]);
    await hostOver(desktop, undefined, { ...SUPPORT, web: false }).readTables(() => undefined, new AbortController().signal);
    expect(web.stats.maxResponseBytes).toBeLessThan(5_000_000);
    expect(desktop.stats.syncs).toBeLessThan(web.stats.syncs);
  });

  it("surfaces a failure once, naming the step, and leaves no half-written report sheet", async () => {
    const ctx = fakeExcel([new FakeSheet("学生信息", [["姓名"]])], { payloadLimit: 5_000_000 });
    const many = Array.from({ length: 20_000 }, (_, i) => issueAt("学生信息", i + 2, 3, "error", { value: "很长的原值".repeat(40) }));
    // not a payload failure (those are retried smaller): 1: protection, 2–6: sheet list, own-sheet record, add, record it; 7: first block, 8: second
    ctx.failOnSync = { at: 8, error: officeError("Conflict") };
    const err = await hostOver(ctx)
      .writeReportSheets(resultFor("学生信息", many))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelStepError);
    const stepErr = err as ExcelStepError;
    expect(stepErr.step).toBe("写入校验报告");
    expect(stepErr.code).toBe("Conflict");
    expect(stepErr.writtenRows).toBeGreaterThan(0);
    expect(stepErr.message).toMatch(/^写入校验报告失败：Office said Conflict（Conflict）。.*写了一半的工作表「校验报告」已删除/);
    expect(ctx.workbook.sheets.map((s) => s.name)).toEqual(["学生信息"]);
  });

  it("tells the user when a 学籍号 column had to be added", async () => {
    const ctx = fakeExcel([new FakeSheet("学生信息", [["姓名"], ["张小明"]])]);
    const notices: string[] = [];
    const result = resultFor("学生信息", [], {
      layout: { templateId: "t", headerRow: 1, dataStartRow: 2, columns: [{ key: "name", header: "姓名", col: 0, letter: "A" }], extraColumns: [], missingKeys: [] },
      numbers: [{ row: 2, key: "registerNumber", value: "G110101201501011234", scheme: "national" }],
    });
    await expect(hostOver(ctx, (m) => notices.push(m)).fillNumbers(result, { overwrite: false })).resolves.toBe(1);
    expect(notices).toEqual(["工作表「学生信息」没有该列，已新增：学籍号（新增于 B 列）。"]);
  });

  it("says when the backup holds only values and number formats (worksheet.copy failed)", async () => {
    const ctx = fakeExcel([new FakeSheet("学生信息", [["姓名"], [" 张小明"]])]);
    ctx.copyFails = true;
    const notices: string[] = [];
    const done = await hostOver(ctx, (m) => notices.push(m)).applyFixes(resultFor("学生信息", [issueAt("学生信息", 2, 0, "fix", { fix: "张小明" })]));
    expect(done).toEqual({ backupSheet: "备份-学生信息", applied: 1 });
    expect(notices).toEqual(["这个版本的 Excel 不能复制工作表，备份「备份-学生信息」只含原来的数值和数字格式（没有颜色、公式和合并单元格）。"]);
  });

  it("marks and clears through the same record", async () => {
    const sheet = new FakeSheet("学生信息", [["姓名"], ["张小明"], ["李·阿依"]]);
    sheet.setFill(1, 0, { color: "#00B0F0", pattern: "Solid" });
    const ctx = fakeExcel([sheet]);
    const host = hostOver(ctx);
    await host.markIssues(resultFor("学生信息", [issueAt("学生信息", 2, 0, "error"), issueAt("学生信息", 3, 0, "warning")]), () => undefined);
    expect(sheet.fillAt(1, 0).color).toBe("#FFC7CE");
    await host.clearMarks();
    expect(sheet.fillAt(1, 0)).toEqual({ color: "#00B0F0", pattern: "Solid" });
    expect(sheet.fillAt(2, 0).pattern).toBe("None");
  });

  it("says which step failed when the sheet is gone", async () => {
    const ctx = fakeExcel([new FakeSheet("学生信息", [["姓名"]])]);
    await expect(hostOver(ctx).selectCell("已删除", 2, 0)).rejects.toThrow(/^定位单元格失败：.*（ItemNotFound）。找不到要操作的工作表或区域/);
  });

  describe("while the user is typing in a cell", () => {
    afterEach(() => {
      delete (globalThis as { Excel?: unknown }).Excel;
    });

    it("waits (Excel.run with delayForCellEdit) and goes ahead when the edit ends", async () => {
      const sheet = new FakeSheet("学生信息", [["姓名"], ["张小明"]]);
      const ctx = fakeExcel([sheet]);
      const seen: unknown[] = [];
      (globalThis as { Excel?: unknown }).Excel = {
        run: (options: Excel.RunOptions, batch: (c: Excel.RequestContext) => Promise<unknown>) => {
          seen.push(options);
          return ctx.run(options, batch);
        },
      };
      ctx.cellEditMode = true;
      let done = false;
      const marking = createExcelHost({ support: SUPPORT })
        .markIssues(resultFor("学生信息", [issueAt("学生信息", 2, 0, "error")]), () => undefined)
        .then(() => (done = true));
      await new Promise((r) => setTimeout(r, 20));
      expect(done).toBe(false);
      expect(sheet.fillAt(1, 0).pattern).toBe("None");
      ctx.endCellEdit();
      await marking;
      expect(seen).toEqual([{ delayForCellEdit: true }]);
      expect(sheet.fillAt(1, 0).color).toBe("#FFC7CE");
    });

    it.each(["InvalidOperationInCellEditMode", "InvalidOperation"])("says to press Enter or Esc when an older Excel answers %s", async (code) => {
      const ctx = fakeExcel([new FakeSheet("学生信息", [["姓名"], ["张小明"]])]);
      ctx.failOnSync = { at: 1, error: officeError(code) };
      await expect(hostOver(ctx).clearMarks()).rejects.toThrow(/^清除标记失败：.*请先按 Enter 或 Esc 结束单元格编辑/);
    });

    it("fails with that advice when the host does not know delayForCellEdit", async () => {
      const ctx = fakeExcel([new FakeSheet("学生信息", [["姓名"], ["张小明"]])]);
      ctx.cellEditMode = true;
      const old = createExcelHost({ support: SUPPORT, run: (_options, batch) => ctx.run({}, batch) });
      await expect(old.readTables(() => undefined, new AbortController().signal)).rejects.toThrow(/请先按 Enter 或 Esc 结束单元格编辑/);
    });
  });
});
