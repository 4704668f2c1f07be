import { baseName, cleanedFileName, reportFileName } from "./file-names";
import { makeResult } from "./test-results";

describe("file names", () => {
  it.each([
    ["C:\\学籍\\一年级.xlsx", "一年级"],
    ["上报/城关镇/一小.XLS", "一小"],
    ["名单.csv", "名单"],
    [".xlsx", "学籍导入"],
  ])("baseName(%s) = %s", (input, out) => expect(baseName(input)).toBe(out));

  it("names the cleaned workbook after its source, else its sheet", () => {
    expect(cleanedFileName(makeResult([], { source: "一年级.xlsx" }))).toBe("一年级-清理后.xlsx");
    expect(cleanedFileName(makeResult([], { sheet: "学生信息" }))).toBe("学生信息-清理后.xlsx");
    expect(reportFileName("一年级.xlsx")).toBe("一年级-校验报告.xlsx");
  });
});
