import type { Template } from "../../model/template";
import { graduationResult } from "./graduation-result";
import { fakeContext, makeRow, testProfile } from "./test-helpers";

const GRADUATION: Template = { id: "graduation", name: "毕业生信息", description: "", source: "", columns: [], identifyBy: [] };

function codes(values: Record<string, string>, opts: { allowed?: boolean; schoolSystem?: "6-3" | "5-4"; template?: Template } = {}): string[] {
  const profile = testProfile({ graduation: { incompleteAllowedBelowSenior: opts.allowed ?? false }, schoolSystem: opts.schoolSystem ?? "6-3" });
  const ctx = fakeContext({ profile, template: opts.template ?? GRADUATION });
  graduationResult.check(makeRow(values), ctx);
  return ctx.reports.map((r) => r.code);
}

describe("graduation-result", () => {
  it("accepts 毕业 in any final grade and 结业/肄业 in senior high", () => {
    expect(codes({ grade: "六年级", graduationResult: "毕业" })).toEqual([]);
    expect(codes({ grade: "九年级", graduationResult: "毕业" })).toEqual([]);
    expect(codes({ grade: "高三", graduationResult: "结业" })).toEqual([]);
    expect(codes({ grade: "高三", graduationResult: "肄业" })).toEqual([]);
  });

  it("rejects 结业/肄业 below senior high", () => {
    expect(codes({ grade: "九年级", graduationResult: "结业" })).toEqual(["row/graduation-incomplete"]);
    expect(codes({ grade: "六年级", graduationResult: "肄业" })).toEqual(["row/graduation-incomplete"]);
  });

  it("allows them where the profile does", () => {
    expect(codes({ grade: "九年级", graduationResult: "结业" }, { allowed: true })).toEqual([]);
  });

  it("warns when a graduate is not in the stage's final grade", () => {
    expect(codes({ grade: "五年级", graduationResult: "毕业" })).toEqual(["row/graduation-grade"]);
    expect(codes({ grade: "五年级", graduationResult: "毕业" }, { schoolSystem: "5-4" })).toEqual([]);
  });

  it("does not ask for a final grade outside a graduation list", () => {
    const national: Template = { ...GRADUATION, id: "national-2013" };
    expect(codes({ grade: "三年级" }, { template: national })).toEqual([]);
  });

  it("says nothing without a readable grade", () => {
    expect(codes({ grade: "", graduationResult: "结业" })).toEqual([]);
  });
});
