import { applyFixes } from "./apply-fixes";
import { createExcelHost } from "./excel-host";
import { asRequestContext, type FakeContext, FakeSheet, fakeExcel } from "./fake-excel";
import { fillNumbers } from "./fill-numbers";
import { markIssues } from "./marks";
import { writeReportSheets } from "./report-sheets";
import { issueAt, resultFor } from "./test-results";

const layout = { templateId: "t", headerRow: 1, dataStartRow: 2, columns: [{ key: "registerNumber", header: "学籍号", col: 1, letter: "B" }], extraColumns: [], missingKeys: [] };

function sheetOf(rows = 3001): FakeSheet {
  const sheet = new FakeSheet("学生信息", [["姓名", "学籍号", "身份证件号"], ...Array.from({ length: rows - 1 }, (_, i) => [`学生${i}`, i % 2 ? "G已有" : "", ` 11010120150101${String(i).padStart(4, "0")}`])]);
  sheet.numberFormats.set(2 * 16384 + 1, "0.00"); // B3: a format of the user's that must come back
  return sheet;
}

/** every other row: many separate runs, so the writes take several batches */
const numbers = Array.from({ length: 1500 }, (_, i) => ({ row: 2 + i * 2, key: "registerNumber", value: `G11010120150101${String(i).padStart(4, "0")}`, scheme: "national" }));
const fixes = Array.from({ length: 1500 }, (_, i) => issueAt("学生信息", 2 + i * 2, 2, "fix", { fix: `11010120150101${String(i).padStart(4, "0")}` }));
const errors = Array.from({ length: 1500 }, (_, i) => issueAt("学生信息", 2 + i * 2, 0, "error"));

/** what the user sees: values, number formats ("General" is a cell's default either way) and fills */
function snapshot(sheet: FakeSheet): string {
  const formats = [...sheet.numberFormats].filter(([, f]) => f !== "General").sort((a, b) => a[0] - b[0]);
  const fills = [...sheet.fills].sort((a, b) => a[0] - b[0]);
  return JSON.stringify({ cells: sheet.cells, formats, fills });
}

function expectSame(sheet: FakeSheet, before: string): void {
  const now = snapshot(sheet);
  expect(now.length).toBe(before.length); // short output when it differs
  expect(now === before).toBe(true);
}

function host(ctx: FakeContext) {
  return createExcelHost({ support: { createWorkbook: true, rangeAreas: true, web: false, mac: false }, run: (o, b) => ctx.run(o, b) });
}

describe("protection is checked before anything is written", () => {
  it.each([
    ["标记问题单元格", (ctx: FakeContext) => markIssues(asRequestContext(ctx), resultFor("学生信息", errors), { rangeAreas: true })],
    ["填入学籍号", (ctx: FakeContext) => fillNumbers(asRequestContext(ctx), resultFor("学生信息", [], { layout, numbers }), { overwrite: false })],
    ["应用修正", (ctx: FakeContext) => applyFixes(asRequestContext(ctx), resultFor("学生信息", fixes))],
  ])("a protected sheet stops %s, saying which sheet and what to do", async (action, step) => {
    const sheet = sheetOf();
    sheet.protected = true;
    const ctx = fakeExcel([sheet]);
    const before = snapshot(sheet);
    await expect(step(ctx)).rejects.toThrow(new RegExp(`工作表「学生信息」受保护.*无法${action}.*撤消工作表保护`));
    expectSame(sheet, before);
    expect(ctx.workbook.sheets.map((s) => s.name)).toEqual(["学生信息"]);
  });

  it.each([
    ["生成校验报告表", (ctx: FakeContext) => writeReportSheets(asRequestContext(ctx), resultFor("学生信息", errors))],
    ["标记问题单元格", (ctx: FakeContext) => markIssues(asRequestContext(ctx), resultFor("学生信息", errors), { rangeAreas: true })],
    ["应用修正", (ctx: FakeContext) => applyFixes(asRequestContext(ctx), resultFor("学生信息", fixes))],
  ])("a protected workbook structure stops %s (it adds sheets)", async (action, step) => {
    const sheet = sheetOf();
    const ctx = fakeExcel([sheet]);
    ctx.structureProtected = true;
    const before = snapshot(sheet);
    await expect(step(ctx)).rejects.toThrow(new RegExp(`工作簿的结构受保护.*无法${action}`));
    expectSame(sheet, before);
    expect(ctx.workbook.sheets.map((s) => s.name)).toEqual(["学生信息"]);
  });
});

describe("a step that fails half-way puts back what it changed", () => {
  /** the step's syncs on a run that succeeds: failing the last one fails it after earlier batches were written */
  async function lastSync(step: (ctx: FakeContext) => Promise<unknown>, sheet: () => FakeSheet): Promise<number> {
    const ctx = fakeExcel([sheet()]);
    await step(ctx);
    return ctx.stats.syncs;
  }

  async function failLast(step: (ctx: FakeContext) => Promise<unknown>, sheet: () => FakeSheet): Promise<{ message: string; ctx: FakeContext; sheet: FakeSheet; before: string }> {
    const at = await lastSync(step, sheet);
    const target = sheet();
    const ctx = fakeExcel([target]);
    const before = snapshot(target);
    ctx.failOnSync = { at, error: Object.assign(new Error("连接中断"), { code: "Conflict" }) };
    const err = (await step(ctx).catch((e: Error) => e)) as Error;
    return { message: err.message, ctx, sheet: target, before };
  }

  it("filling numbers", async () => {
    const { message, sheet, before } = await failLast((ctx) => host(ctx).fillNumbers(resultFor("学生信息", [], { layout, numbers }), { overwrite: true }), () => sheetOf());
    expect(message).toMatch(/^填写学籍号失败：连接中断（Conflict）。.*已写入的单元格已全部恢复原样，工作表「学生信息」与这一步之前相同。$/);
    expectSame(sheet, before);
  });

  it("applying fixes (the backup stays)", async () => {
    const { message, ctx, sheet, before } = await failLast((ctx) => host(ctx).applyFixes(resultFor("学生信息", fixes)), () => sheetOf());
    expect(message).toMatch(/已写入的单元格已全部恢复原样/);
    expectSame(sheet, before);
    expect(ctx.workbook.sheets.map((s) => s.name)).toEqual(["学生信息", "备份-学生信息"]);
  });

  it("marking cells", async () => {
    // 10,000 scattered cells: more address lists than one paint batch takes
    const many = Array.from({ length: 10_000 }, (_, i) => issueAt("学生信息", 2 + i * 2, 0, "error"));
    const blue = () => {
      const sheet = sheetOf(20_001);
      sheet.setFill(3, 0, { color: "#00B0F0", pattern: "Solid" });
      return sheet;
    };
    const { message, sheet, before } = await failLast((ctx) => host(ctx).markIssues(resultFor("学生信息", many), () => undefined), blue);
    expect(message).toMatch(/已标记的单元格已恢复原来的底色/);
    expectSame(sheet, before);
  });
});
