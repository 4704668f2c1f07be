import { documentWarning } from "./document-state";

const ReadOnly = 0;
const ReadWrite = 1;

describe("documentWarning", () => {
  it("asks to save an .xls as .xlsx first, and names the browser page that reads .xls directly", () => {
    for (const url of ["C:\\学校\\2025级学籍.xls", "https://d.docs.live.net/abc/学籍.XLS?web=1", "/Users/t/学籍.xls"]) {
      const text = documentWarning({ url, mode: ReadWrite }, ReadOnly)!;
      expect(text).toContain("兼容模式");
      expect(text).toContain("请先另存为 .xlsx");
      expect(text).toContain("网页版可直接读取 .xls");
    }
  });
  it("asks to save a read-only workbook as .xlsx first", () => {
    const text = documentWarning({ url: "C:\\学校\\学籍.xlsx", mode: ReadOnly }, ReadOnly)!;
    expect(text).toContain("只读");
    expect(text).toContain("请先另存为 .xlsx");
  });
  it("says nothing for an .xlsx open for editing, an unsaved workbook, or when Office tells nothing", () => {
    expect(documentWarning({ url: "C:\\学校\\学籍.xlsx", mode: ReadWrite }, ReadOnly)).toBeNull();
    expect(documentWarning({ url: "C:\\学校\\学籍.xlsm", mode: ReadWrite }, ReadOnly)).toBeNull();
    expect(documentWarning({ url: null, mode: ReadWrite }, ReadOnly)).toBeNull();
    expect(documentWarning({}, undefined)).toBeNull();
    expect(documentWarning(undefined, ReadOnly)).toBeNull();
  });
});
