import { readWorkbook } from "../io/read-workbook";
import { largeSheet } from "./large-sheet";

describe("largeSheet", () => {
  it("is one 学生信息 sheet: the template's header and one row per student", () => {
    const { bytes, columns } = largeSheet(40);
    const [table, ...more] = readWorkbook(bytes, "large.xlsx");
    expect(more).toEqual([]);
    expect(table.sheet).toBe("学生信息");
    expect(columns).toBe(table.rows[0].length);
    expect(columns).toBeGreaterThanOrEqual(70);
    expect(table.rows).toHaveLength(41);
    expect(table.rows[0].slice(0, 3)).toEqual(["学籍接续标识", "学校标识码", "姓名"]);
    expect(new Set(table.rows.slice(1).map((r) => r[0])).size).toBe(40);
  });
});
