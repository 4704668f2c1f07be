import { codeField } from "./code";
import { column, runCell } from "./test-helpers";

const ETHNICITY = column("code", "ethnicity", { codeList: "ethnicity" });

describe("code field", () => {
  it("the expected name needs nothing", () => {
    const run = runCell(codeField, ETHNICITY, "汉族");
    expect(run.normalised).toEqual({ value: "汉族" });
    expect(run.reports).toEqual([]);
  });
  it("settles a value that matched its list (the engine then skips check) but not one that did not", () => {
    expect(runCell(codeField, ETHNICITY, "汉族").settled).toBe(true);
    expect(runCell(codeField, ETHNICITY, "01").settled).toBe(true);
    const miss = runCell(codeField, ETHNICITY, "火星族");
    expect(miss.settled).toBeUndefined();
    expect(miss.reports.map((r) => r.code)).toEqual(["cell/enum"]);
  });
  it.each([
    ["01", "code"],
    ["01-汉族", "code-name"],
    ["汉", "alias"],
  ])("%s → 汉族 (%s)", (input) => {
    const run = runCell(codeField, ETHNICITY, input);
    expect(run.normalised).toEqual({ value: "汉族", fixes: [{ code: "fix/code-name", before: input, after: "汉族" }] });
    expect(run.reports).toEqual([]);
  });
  it("an old name → the current one", () => {
    expect(runCell(codeField, ETHNICITY, "毛难族").normalised.value).toBe("毛南族");
  });
  it("cleans before matching", () => {
    const run = runCell(codeField, ETHNICITY, "０１");
    expect(run.normalised).toEqual({ value: "汉族", fixes: [{ code: "fix/code-name", before: "０１", after: "汉族" }] });
  });
  it("no match: cell/enum with a few allowed names", () => {
    const run = runCell(codeField, ETHNICITY, "汉人");
    expect(run.normalised).toEqual({ value: "汉人" });
    expect(run.reports).toEqual([
      expect.objectContaining({ code: "cell/enum", value: "汉人", params: { allowed: "汉族、蒙古族、毛南族", list: "民族" } }),
    ]);
  });
});
