import { baseName, reportFileName, uploadFileName } from "./file-names";

describe("file names", () => {
  it.each([
    ["C:\\学籍\\一年级.xlsx", "一年级"],
    ["上报/城关镇/一小.XLS", "一小"],
    ["名单.csv", "名单"],
    [".xlsx", "学籍导入"],
  ])("baseName(%s) = %s", (input, out) => expect(baseName(input)).toBe(out));

  it("names the upload-ready copy after its source, in the format it was written in", () => {
    expect(uploadFileName("一年级.xls", "xls")).toBe("一年级-清理后.xls");
    expect(uploadFileName("导出.xls", "xlsx")).toBe("导出-清理后.xlsx");
    expect(reportFileName("一年级.xlsx")).toBe("一年级-校验报告.xlsx");
  });

  it("makes a download name safe and bounded whatever the sheet or workbook is called", () => {
    const name = uploadFileName("一年级\u0001" + "学".repeat(120) + ":1班", "xlsx");
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
    expect(name).not.toMatch(/[\u0000-\u001f:]/);
    expect(name.endsWith("-清理后.xlsx")).toBe(true);
  });
});
