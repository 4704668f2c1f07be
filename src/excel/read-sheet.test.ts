import { OfficeMockObject } from "office-addin-mock";
import { asRequestContext, FakeSheet, fakeExcel } from "./fake-excel";
import { ownSheetsXml } from "./own-sheets";
import { MAX_READ_CELLS, readArea, readWorkbook } from "./read-sheet";
import { syntheticSheetCells } from "./test-results";

// office-addin-mock needs only the host enum from office-addin-manifest, whose other modules are
// ES modules jest cannot load; the manifest test uses the real package in a Node child process.
jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "excel", Outlook: "outlook" } }));

const WEB_LIMIT = 5_000_000;

describe("readWorkbook on a recording fake", () => {
  it("reads a 20,000 × 73 sheet in blocks under the web payload cap, one sync per block", async () => {
    const cells = syntheticSheetCells(20_000, 73);
    const ctx = fakeExcel([new FakeSheet("学生信息", cells)], { payloadLimit: WEB_LIMIT });
    const progress: number[] = [];
    const [table] = await readWorkbook(asRequestContext(ctx), { onProgress: (p) => progress.push(p.done) });

    expect(table.rows).toHaveLength(20_001);
    expect(table.rows[20_000][0]).toBe("测试学生20000");
    expect(ctx.stats.maxResponseBytes).toBeLessThan(WEB_LIMIT);
    const blocks = progress.length;
    expect(blocks).toBeGreaterThan(1); // ~10 MB of values cannot come in one response
    expect(ctx.stats.syncs).toBe(blocks + 3); // sheet list + the add-in's own sheets + used ranges + one per block
    expect(progress[progress.length - 1]).toBe(20_001);
  });

  it("hands numbers on as numbers and keeps the used range's origin", async () => {
    const cells: (string | number | null)[][] = [];
    cells[2] = [null, "姓名", "身份证件号"];
    cells[3] = [null, "张小明", 110101201501011234];
    const ctx = fakeExcel([new FakeSheet("Sheet1", cells)]);
    const [table] = await readWorkbook(asRequestContext(ctx));
    expect(table.origin).toEqual({ row: 2, col: 1 });
    expect(table.rows[1][1]).toBe(110101201501011234);
    expect(typeof table.rows[1][1]).toBe("number");
  });

  it("skips blank sheets, hidden sheets and the sheets the add-in made, even renamed — but reads a school's own 校验报告", async () => {
    const hidden = new FakeSheet("隐藏", [["a"]]);
    hidden.visibility = "Hidden";
    const ours = new FakeSheet("我们的报告（已改名）", [["级别"]]);
    const ctx = fakeExcel(
      [
        new FakeSheet("空白"),
        new FakeSheet("学生信息", [["姓名"], ["测试学生"]]),
        hidden,
        new FakeSheet("校验报告", [["姓名"], ["学校自己的表"]]),
        ours,
        new FakeSheet("备份-学生信息", [["姓名"]]),
      ],
      { xmlParts: [{ id: "p1", xml: ownSheetsXml([ours.id]) }] },
    );
    const tables = await readWorkbook(asRequestContext(ctx));
    expect(tables.map((t) => t.sheet)).toEqual(["学生信息", "校验报告", "备份-学生信息"]);
  });

  it("halves a block the host rejects as too large and still reads everything", async () => {
    const wide = Array.from({ length: 4000 }, (_, i) => Array.from({ length: 10 }, (_, j) => `${"很长的地址".repeat(20)}${i}-${j}`));
    const ctx = fakeExcel([new FakeSheet("地址", wide)], { payloadLimit: 200_000 });
    // a budget above the host's real limit, as when the first guess is wrong
    const table = await readArea(asRequestContext(ctx), { sheet: "地址", top: 0, left: 0, rows: 4000, cols: 10 }, { budget: 2_000_000 });
    expect(table.rows).toHaveLength(4000);
    expect(table.rows[3999][9]).toBe(wide[3999][9]);
    expect(ctx.stats.payloadRejections).toBeGreaterThan(0);
    // the lowered budget carries over: far fewer refusals than blocks
    expect(ctx.stats.payloadRejections).toBeLessThan(ctx.stats.syncs / 4);
    expect(ctx.stats.maxResponseBytes).toBeLessThanOrEqual(200_000);
  });

  it("refuses a used range over 5,000,000 cells with a message that says what to do", async () => {
    const huge = new FakeSheet("大表", [["x"]]);
    huge.phantomSize = { rows: 1_000_000, cols: 6 };
    const ctx = fakeExcel([huge]);
    await expect(readWorkbook(asRequestContext(ctx))).rejects.toThrow(/1000000 行 × 6 列.*删除数据区右侧和下方多余的内容/);
    expect(MAX_READ_CELLS).toBe(5_000_000);
  });

  it("stops between blocks when cancelled", async () => {
    const ctx = fakeExcel([new FakeSheet("学生信息", syntheticSheetCells(30_000, 20))]);
    const controller = new AbortController();
    const read = readWorkbook(asRequestContext(ctx), {
      signal: controller.signal,
      onProgress: () => controller.abort(),
      budget: 200_000,
    });
    await expect(read).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("readArea with office-addin-mock", () => {
  it("loads values from getRangeByIndexes and syncs before reading them", async () => {
    const block = { values: [["姓名", "性别"], ["张小明", "男"]] };
    const mock = new OfficeMockObject({
      workbook: {
        worksheets: {
          sheet: { getRangeByIndexes: () => mock.workbook.worksheets.sheet.block, block },
          getItem: () => mock.workbook.worksheets.sheet,
        },
      },
    });
    const table = await readArea(mock as unknown as Excel.RequestContext, { sheet: "Sheet1", top: 4, left: 2, rows: 2, cols: 2 });
    expect(table).toEqual({ sheet: "Sheet1", rows: block.values, origin: { row: 4, col: 2 } });
  });
});
