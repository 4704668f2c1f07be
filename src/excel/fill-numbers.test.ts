import type { GeneratedNumber, Layout } from "../core/model/report";
import { asRequestContext, FakeSheet, fakeExcel } from "./fake-excel";
import { fillNumbers, numbersByKey } from "./fill-numbers";
import { withArrayIterationBudget } from "./test-iteration";
import { resultFor } from "./test-results";

function layoutWith(columns: Layout["columns"]): Layout {
  return { templateId: "national", headerRow: 1, dataStartRow: 2, columns, extraColumns: [], missingKeys: [] };
}

const numbers: GeneratedNumber[] = [
  { row: 2, key: "registerNumber", value: "G110101201501011234", scheme: "national" },
  { row: 3, key: "registerNumber", value: "G110101201502021235", scheme: "national" },
  { row: 4, key: "registerNumber", value: "G110101201503031236", scheme: "national" },
];

function sheet() {
  return new FakeSheet("学生信息", [
    ["姓名", "学籍号", "性别"],
    ["张小明", "", "男"],
    ["李·阿依", "G000000000000000000", "女"],
    ["测试学生", "  ", "男"],
  ]);
}

describe("fillNumbers", () => {
  const layout = layoutWith([
    { key: "name", header: "姓名", col: 0, letter: "A" },
    { key: "registerNumber", header: "学籍号", col: 1, letter: "B" },
  ]);

  it("fills only empty cells (blank text counts as empty), as text", async () => {
    const s = sheet();
    const ctx = fakeExcel([s]);
    const done = await fillNumbers(asRequestContext(ctx), resultFor("学生信息", [], { layout, numbers }), { overwrite: false });
    expect(done).toEqual({ written: 2, kept: 1, addedColumns: [] });
    expect(s.get(1, 1)).toBe("G110101201501011234");
    expect(s.get(2, 1)).toBe("G000000000000000000");
    expect(s.get(3, 1)).toBe("G110101201503031236");
    expect(s.formatAt(1, 1)).toBe("@");
  });

  it("overwrites when asked", async () => {
    const s = sheet();
    const ctx = fakeExcel([s]);
    const done = await fillNumbers(asRequestContext(ctx), resultFor("学生信息", [], { layout, numbers }), { overwrite: true });
    expect(done.written).toBe(3);
    expect(s.get(2, 1)).toBe("G110101201502021235");
  });

  it("adds a 学籍号 column after the last used column when the sheet has none, and says so", async () => {
    const s = new FakeSheet("学生信息", [["姓名", "性别"], ["张小明", "男"], ["李·阿依", "女"], ["测试学生", "男"]]);
    const ctx = fakeExcel([s]);
    const noColumn = layoutWith([{ key: "name", header: "姓名", col: 0, letter: "A" }]);
    const done = await fillNumbers(asRequestContext(ctx), resultFor("学生信息", [], { layout: noColumn, numbers }), { overwrite: false });
    expect(done.addedColumns).toEqual(["学籍号（新增于 C 列）"]);
    expect(s.get(0, 2)).toBe("学籍号");
    expect([s.get(1, 2), s.get(2, 2), s.get(3, 2)]).toEqual(numbers.map((n) => n.value));
  });

  it("writes many numbers in a few syncs, not one per cell", async () => {
    const rows = [["姓名", "学籍号"], ...Array.from({ length: 5000 }, (_, i) => [`测试学生${i}`, ""])];
    const many = rows.slice(1).map((_, i) => ({ row: i + 2, key: "registerNumber", value: `G${110101201501010000 + i}`, scheme: "national" }));
    const ctx = fakeExcel([new FakeSheet("学生信息", rows)]);
    const done = await fillNumbers(asRequestContext(ctx), resultFor("学生信息", [], { layout, numbers: many }), { overwrite: false });
    expect(done.written).toBe(5000);
    expect(ctx.stats.syncs).toBeLessThan(5);
  });

  it("refuses, with a reason, when the header was not recognised", async () => {
    const ctx = fakeExcel([sheet()]);
    await expect(fillNumbers(asRequestContext(ctx), resultFor("学生信息", [], { layout: null, numbers }), { overwrite: false })).rejects.toThrow(
      /没有识别出工作表「学生信息」的表头/,
    );
  });
});

describe("numbersByKey", () => {
  it("groups 50,000 numbers in one pass (a step count, not a clock)", () => {
    const many: GeneratedNumber[] = Array.from({ length: 50_000 }, (_, i) => ({ row: i + 2, key: "registerNumber", value: `G${i}`, scheme: "national" }));
    const { value, steps } = withArrayIterationBudget(3 * many.length, () => numbersByKey(many));
    expect(value.get("registerNumber")).toHaveLength(50_000);
    expect(steps).toBeLessThanOrEqual(many.length + 1);
  });
});
