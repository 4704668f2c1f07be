import { safeFileStem as safeStem } from "../io/safe-file-stem";
import { outputNames } from "./output-names";

describe("outputNames", () => {
  it("keeps the school's file name and the source's format", () => {
    expect(outputNames("in/新生导入.xls", "xls", new Set())).toEqual({ upload: "新生导入.cleaned.xls", report: "新生导入.report.xlsx" });
  });

  it("never gives two inputs of the same name the same outputs", () => {
    const used = new Set<string>();
    outputNames("a/名单.xlsx", "xlsx", used);
    expect(outputNames("b/名单.xlsx", "xlsx", used).upload).toBe("名单-2.cleaned.xlsx");
  });

  it("makes control characters and characters Windows forbids safe", () => {
    expect(safeStem("一年级\u0000:1班?")).toBe("一年级__1班_");
  });

  it("bounds a very long name to what file systems allow", () => {
    const names = outputNames("学".repeat(200) + ".xlsx", "xlsx", new Set());
    expect(new TextEncoder().encode(names.upload).length).toBeLessThanOrEqual(255);
    expect(names.upload.endsWith(".cleaned.xlsx")).toBe(true);
  });
});
