import { parseProfile, getProfile } from "../profiles";
import { fakeContext, fakeRows } from "../rules/table/test-fakes";
import { classSizes } from "./class-sizes";

// fakeContext's today is 2026-09-15: school year 2026
const pupils = (className: string, entry: string, n: number) => Array.from({ length: n }, () => ({ className, entryYearMonth: entry }));

describe("classes on a layout without 年级 (the 2013 national order)", () => {
  it("counts by 班级 alone and proves primary school from an 入学年月 four or more years back", () => {
    const ctx = fakeContext(getProfile("national")!);
    const table = classSizes(fakeRows([...pupils("2021001", "202109", 46), ...pupils("2021002", "202109", 40)]), ctx, { hasGrade: false });
    expect(table.map((c) => [c.grade, c.className, c.count, c.stage, c.stageFrom, c.cap, c.status])).toEqual([
      ["", "2021001", 46, "primary", "entryYearMonth", 45, "over-cap"],
      ["", "2021002", 40, "primary", "entryYearMonth", 45, "ok"],
    ]);
    expect(ctx.issues.filter((i) => i.code === "class/over-cap")).toHaveLength(1);
    expect(ctx.issues.some((i) => i.code === "class/unassigned")).toBe(false);
  });

  it("leaves the stage unknown when the year could be any stage's, and still applies the national bands", () => {
    const ctx = fakeContext(getProfile("national")!);
    const [c] = classSizes(fakeRows(pupils("2026001", "202609", 58)), ctx, { hasGrade: false });
    expect([c.stage, c.stageFrom, c.cap, c.band]).toEqual([null, undefined, null, "large"]);
    expect(ctx.issues.map((i) => i.code)).toEqual(["class/large-band"]);
  });

  it("takes the profile's default stage when the file cannot say, and says so", () => {
    const profile = parseProfile({ extends: "national", defaultStage: "junior", classCaps: { primary: 45, junior: 50, entryGrade: 48 } });
    const ctx = fakeContext(profile);
    const [c] = classSizes(fakeRows(pupils("2026001", "202609", 49)), ctx, { hasGrade: false });
    expect([c.stage, c.stageFrom, c.cap, c.status]).toEqual(["junior", "profile", 48, "over-cap"]);
  });

  it("goes by the class's majority 入学年月: one transfer pupil does not move the class", () => {
    const ctx = fakeContext(getProfile("national")!);
    const [c] = classSizes(fakeRows([...pupils("1", "202209", 30), ...pupils("1", "202609", 1)]), ctx, { hasGrade: false });
    expect([c.count, c.stage, c.stageFrom]).toEqual([31, "primary", "entryYearMonth"]);
  });

  it("still reports pupils without a 班级 once", () => {
    const ctx = fakeContext(getProfile("national")!);
    classSizes(fakeRows([...pupils("1", "202209", 3), ...pupils("", "202209", 2)]), ctx, { hasGrade: false });
    expect(ctx.issues.filter((i) => i.code === "class/unassigned")).toHaveLength(1);
  });
});
