import { getProfile } from "../profiles";
import { makeResidentId } from "../validators/test-ids";
import { checkWorkbook } from "./check-workbook";
import { workbookEdits } from "./workbook-edits";

const profile = getProfile("national")!;

describe("workbookEdits", () => {
  it("sets each fixed cell to its cleaned value, takes out each rejected row, and touches nothing else", () => {
    const id = makeResidentId({ birthDate: "20190304", sex: "男", seq: 11 }).replace(/X$/, "x");
    const good = makeResidentId({ birthDate: "20190304", sex: "女", seq: 12 });
    const table = {
      sheet: "新生名单",
      rows: [
        ["2025年一年级新生名单"],
        ["姓名", "性别", "出生日期", "身份证件类型", "身份证件号码", "备注"],
        ["测试甲", "男", "2019/3/4", "居民身份证", id, " 留 "],
        ["测试乙", "女", "20190304", "居民身份证", good.slice(0, 17) + (good[17] === "0" ? "1" : "0"), ""],
        ["测试丙", "女", "20190304", "居民身份证", good, "x"],
      ],
    };
    const check = checkWorkbook([table], { profile, today: "20250901" });
    const [edits] = workbookEdits(check);
    expect(edits.sheet).toBe("新生名单");
    expect(edits.removeRows).toEqual([4]);
    // the date (C3) is fixed to the template's format; the unknown 备注 column and the title are never edited
    expect(edits.cells).toContainEqual({ row: 3, col: 2, value: "20190304" });
    expect(edits.cells.every((c) => c.row === 3 && c.col < 5)).toBe(true);
    const fixes = check.results[0].issues.filter((i) => i.severity === "fix");
    expect(new Set(edits.cells.map((c) => `${c.row}:${c.col}`))).toEqual(new Set(fixes.map((i) => `${i.row}:${i.col}`)));
  });

  it("has nothing to change for a sheet without problems", () => {
    const good = makeResidentId({ birthDate: "20190304", sex: "女", seq: 12 });
    const table = { sheet: "S", rows: [["姓名", "性别", "出生日期", "身份证件类型", "身份证件号码"], ["测试丙", "女", "20190304", "居民身份证", good]] };
    expect(workbookEdits(checkWorkbook([table], { profile, today: "20250901" }))).toEqual([]);
  });

  it("writes a fixed 学籍号 cell's own fix, never the number generated for that row (that goes to the report)", () => {
    const result = {
      sheet: "S",
      template: { id: "national-2013", name: "x" },
      layout: { columns: [{ key: "registerNumber", header: "学籍号", col: 0, letter: "A" }] },
      issues: [{ code: "fix/uppercase", severity: "fix", sheet: "S", row: 3, col: 0, column: "A", key: "registerNumber", value: "g1", fix: "G1", source: "" }],
      numbers: [{ row: 3, key: "registerNumber", value: "G110105201903041234", scheme: "national" }],
      cleaned: { headers: ["学籍号"], keys: ["registerNumber"], cells: ["G110105201903041234"], sourceRows: [3] },
      rejected: [],
    } as unknown as Parameters<typeof workbookEdits>[0]["results"][number];
    expect(workbookEdits({ results: [result], skipped: [] })).toEqual([{ sheet: "S", cells: [{ row: 3, col: 0, value: "G1" }], removeRows: [] }]);
  });
});

