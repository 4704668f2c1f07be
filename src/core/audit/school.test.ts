import { fileStem, schoolOfFile } from "./school";
import { rowOf } from "./test-fixtures";

describe("schoolOfFile", () => {
  it("takes the 学校标识码 most rows carry", () => {
    const rows = [rowOf(2, { schoolCode: "3141000001" }), rowOf(3, { schoolCode: "3141000002" }), rowOf(4, { schoolCode: "3141000002" })];
    expect(schoolOfFile("x/一小.xlsx", [{ sheet: "学生信息", rows }])).toEqual({ school: "3141000002", from: "schoolCode" });
  });

  it("falls back to a file name that names a school, then to a sheet name, then to the file name", () => {
    const rows = [rowOf(2, {})];
    expect(schoolOfFile("城关镇/实验小学.xlsx", [{ sheet: "Sheet1", rows }])).toEqual({ school: "实验小学", from: "fileName" });
    expect(schoolOfFile("上报/2025-09.xlsx", [{ sheet: "东山中学", rows }])).toEqual({ school: "东山中学", from: "sheetName" });
    expect(schoolOfFile("上报\\2025-09.xlsx", [{ sheet: "Sheet1", rows }])).toEqual({ school: "2025-09", from: "fileName" });
  });

  it("takes the stem of a path", () => {
    expect(fileStem("a/b/第二中学.学生.xlsx")).toBe("第二中学.学生");
    expect(fileStem(".hidden")).toBe(".hidden");
  });
});
