import { inclusiveVsDisability } from "./inclusive-vs-disability";
import { fakeContext, makeRow } from "./test-helpers";

function codes(values: Record<string, string>): string[] {
  const ctx = fakeContext();
  inclusiveVsDisability.check(makeRow(values), ctx);
  return ctx.reports.map((r) => r.code);
}

describe("inclusive-vs-disability", () => {
  it.each([
    ["非随班就读", "无残疾"],
    ["视力残疾随班就读", "视力残疾"],
    ["听力残疾随班就读", "听力残疾"],
    ["智力残疾随班就读", "智力残疾"],
    ["其他残疾随班就读", "肢体残疾"],
    ["其他残疾随班就读", "多重残疾"],
  ])("%s with %s is consistent", (inclusive, disability) => {
    expect(codes({ inclusive, disability, health: disability === "无残疾" ? "健康或良好" : "残疾" })).toEqual([]);
  });

  it.each([
    ["视力残疾随班就读", "听力残疾"],
    ["智力残疾随班就读", "无残疾"],
    ["其他残疾随班就读", "视力残疾"],
  ])("%s with %s is an error", (inclusive, disability) => {
    expect(codes({ inclusive, disability })).toEqual(["row/inclusive-vs-disability"]);
  });

  it("names what the 残疾类型 should be", () => {
    const ctx = fakeContext();
    inclusiveVsDisability.check(makeRow({ inclusive: "视力残疾随班就读", disability: "无残疾" }), ctx);
    expect(ctx.reports[0]).toMatchObject({ key: "disability", value: "无残疾", params: { inclusive: "视力残疾随班就读", expected: "视力残疾" } });
  });

  it("only warns about a disabled pupil who is not 随班就读 (special schools)", () => {
    expect(codes({ inclusive: "非随班就读", disability: "听力残疾" })).toEqual(["row/disability-not-inclusive"]);
  });

  it("warns when 健康状况 and 残疾类型 disagree", () => {
    expect(codes({ disability: "无残疾", health: "残疾" })).toEqual(["row/health-vs-disability"]);
    expect(codes({ disability: "肢体残疾", health: "健康或良好" })).toEqual(["row/health-vs-disability"]);
    expect(codes({ disability: "肢体残疾", health: "有生理缺陷" })).toEqual([]);
  });

  it("works on a layout without 随班就读 (§1.3) and says nothing when 残疾类型 is empty", () => {
    expect(codes({ disability: "视力残疾", health: "残疾" })).toEqual([]);
    expect(codes({ inclusive: "视力残疾随班就读", disability: "" })).toEqual([]);
  });
});
