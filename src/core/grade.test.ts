import { parseGrade } from "./grade";

describe("parseGrade", () => {
  it.each([
    ["一年级", "6-3", 1, "primary", true],
    ["1", "6-3", 1, "primary", true],
    ["六年级", "6-3", 6, "primary", false],
    ["六年级", "5-4", 6, "junior", true],
    ["七年级", "6-3", 7, "junior", true],
    ["初一", "6-3", 7, "junior", true],
    ["初一", "5-4", 6, "junior", true],
    ["初三", "6-3", 9, "junior", false],
    ["高一", "6-3", 10, "senior", true],
    ["12年级", "6-3", 12, "senior", false],
  ] as const)("%s (%s) → grade %i %s", (text, sys, grade, stage, entry) => {
    const g = parseGrade(text, sys);
    expect(g).toMatchObject({ grade, stage, isEntryGrade: entry });
  });

  it("marks the graduating grade by school system", () => {
    expect(parseGrade("六年级", "6-3")?.isFinalGrade).toBe(true);
    expect(parseGrade("五年级", "5-4")?.isFinalGrade).toBe(true);
    expect(parseGrade("五年级", "6-3")?.isFinalGrade).toBe(false);
  });

  it.each(["", "十三年级", "幼儿园", "0", "abc"])("rejects %p", (text) => {
    expect(parseGrade(text, "6-3")).toBeNull();
  });
});
