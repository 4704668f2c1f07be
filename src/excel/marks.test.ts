import { asRequestContext, FakeSheet, fakeExcel, type FakeContext } from "./fake-excel";
import { ERROR_FILL, WARNING_FILL } from "./mark-plan";
import { clearMarks, markIssues } from "./marks";
import { MAX_ADDRESS_CHARS } from "./cell-runs";
import { MARKS_SHEET } from "./sheet-names";
import { issueAt, resultFor, syntheticSheetCells } from "./test-results";

const FULL = { rangeAreas: true };
const OLD = { rangeAreas: false };

function sheetWithUserFills(): FakeSheet {
  const sheet = new FakeSheet("学生信息", syntheticSheetCells(50, 8));
  sheet.setFill(4, 2, { color: "#00B0F0", pattern: "Solid" }); // C5: the user's own blue
  sheet.setFill(6, 2, { color: "#FFFF00", pattern: "Gray50", patternColor: "#FF0000" }); // C7: patterned
  sheet.setFill(9, 5, { color: "#92D050", pattern: "Solid" }); // F10: green, not marked
  return sheet;
}

function fillsOf(sheet: FakeSheet) {
  return new Map(sheet.fills);
}

function issues(sheet: string) {
  return [
    issueAt(sheet, 5, 2, "error"),
    issueAt(sheet, 6, 2, "error"),
    issueAt(sheet, 7, 2, "warning"),
    issueAt(sheet, 7, 2, "error"), // same cell: the error colour wins
    issueAt(sheet, 12, 4, "warning"),
    issueAt(sheet, 20, 0, "fix"), // fixes are not painted
    { ...issueAt(sheet, 30, 0, "error"), col: undefined, column: undefined }, // row-level
  ];
}

describe.each([
  ["ExcelApi 1.9 (range areas, cell properties)", FULL],
  ["ExcelApi 1.7/1.8 (per-run ranges)", OLD],
])("marks with %s", (_name, support) => {
  let ctx: FakeContext;
  let sheet: FakeSheet;
  beforeEach(() => {
    sheet = sheetWithUserFills();
    ctx = fakeExcel([sheet], { support });
  });

  it("paints errors and warnings in their colours and nothing else", async () => {
    const summary = await markIssues(asRequestContext(ctx), resultFor("学生信息", issues("学生信息")), support);
    expect(summary).toEqual({ errorCells: 3, warningCells: 1 });
    expect(sheet.fillAt(4, 2).color).toBe(ERROR_FILL);
    expect(sheet.fillAt(5, 2).color).toBe(ERROR_FILL);
    expect(sheet.fillAt(6, 2).color).toBe(ERROR_FILL);
    if (support.rangeAreas) expect(sheet.fillAt(6, 2).pattern).toBe("Solid"); // the user's pattern does not show through
    expect(sheet.fillAt(11, 4).color).toBe(WARNING_FILL);
    expect(sheet.fillAt(19, 0).pattern).toBe("None");
    expect(sheet.fillAt(9, 5).color).toBe("#92D050");
    expect(ctx.workbook.sheet(MARKS_SHEET).visibility).toBe("Hidden");
  });

  it("clear marks puts back the fills that were there, and removes the record", async () => {
    const before = fillsOf(sheet);
    await markIssues(asRequestContext(ctx), resultFor("学生信息", issues("学生信息")), support);
    await clearMarks(asRequestContext(ctx), support);
    const after = fillsOf(sheet);
    if (support.rangeAreas) {
      expect(after).toEqual(before); // colour and pattern, exactly
    } else {
      // without 1.9 only colours can be read: the patterned cell comes back as its solid colour
      expect(after.get(4 * 16384 + 2)).toEqual(before.get(4 * 16384 + 2));
      expect(after.get(6 * 16384 + 2)?.color).toBe("#FFFF00");
      expect(after.has(5 * 16384 + 2)).toBe(false);
      expect(after.has(11 * 16384 + 4)).toBe(false);
    }
    expect(ctx.workbook.sheets.map((s) => s.name)).toEqual(["学生信息"]);
  });

  it("marking twice records the user's fills, not the first marks", async () => {
    const before = fillsOf(sheet);
    await markIssues(asRequestContext(ctx), resultFor("学生信息", issues("学生信息")), support);
    await markIssues(asRequestContext(ctx), resultFor("学生信息", [issueAt("学生信息", 5, 2, "warning")]), support);
    expect(sheet.fillAt(4, 2).color).toBe(WARNING_FILL);
    expect(sheet.fillAt(5, 2).pattern).toBe("None"); // the old mark was taken off
    await clearMarks(asRequestContext(ctx), support);
    expect(fillsOf(sheet).get(4 * 16384 + 2)).toEqual(before.get(4 * 16384 + 2));
  });

  it("the record survives closing and reopening the workbook", async () => {
    const before = fillsOf(sheet);
    await markIssues(asRequestContext(ctx), resultFor("学生信息", issues("学生信息")), support);
    // a new session over the saved workbook: its sheets and its custom XML parts
    const reopened = fakeExcel(ctx.workbook.sheets, { support, xmlParts: ctx.workbook.customXmlParts.parts });
    await clearMarks(asRequestContext(reopened), support);
    expect(fillsOf(sheet).get(4 * 16384 + 2)).toEqual(before.get(4 * 16384 + 2));
    expect(fillsOf(sheet).has(5 * 16384 + 2)).toBe(false);
  });
});

describe("marks at scale", () => {
  it("marks 20,000 rows' problems with a bounded number of getRanges calls and syncs", async () => {
    const sheet = new FakeSheet("学生信息", syntheticSheetCells(20_000, 73));
    const ctx = fakeExcel([sheet], { payloadLimit: 5_000_000 });
    const found = [];
    for (let r = 2; r <= 20_001; r++) {
      if (r % 7 === 0) found.push(issueAt("学生信息", r, 3, "error"));
      if (r % 11 === 0) found.push(issueAt("学生信息", r, 9, "warning"));
      if (r % 13 === 0) found.push(issueAt("学生信息", r, 40, "error"));
    }
    await markIssues(asRequestContext(ctx), resultFor("学生信息", found), FULL);
    const marked = found.filter((i) => i.severity === "error").length;
    expect(sheet.fills.size).toBeGreaterThanOrEqual(marked);
    expect(ctx.stats.maxAddressChars).toBeLessThanOrEqual(MAX_ADDRESS_CHARS);
    // ~6,500 cells: dozens of RangeAreas, never one call per cell
    expect(ctx.stats.getRangesCalls).toBeLessThan(found.length / 20);
    expect(ctx.stats.syncs).toBeLessThan(40);
    expect(ctx.stats.maxRequestBytes).toBeLessThan(5_000_000);
    expect(ctx.stats.maxResponseBytes).toBeLessThan(5_000_000);
    // original fills are read over spans of nearby cells, not one range per cell
    expect(ctx.stats.rangeProxies).toBeLessThan(200);
  });

  it("a sheet deleted after marking is skipped when clearing", async () => {
    const sheet = sheetWithUserFills();
    const ctx = fakeExcel([sheet, new FakeSheet("其他", [["x"]])]);
    await markIssues(asRequestContext(ctx), resultFor("学生信息", issues("学生信息")), FULL);
    ctx.workbook.sheets.splice(0, 1);
    await expect(clearMarks(asRequestContext(ctx), FULL)).resolves.toBe(0);
    expect(ctx.workbook.sheets.map((s) => s.name)).toEqual(["其他"]);
  });
});
