import { getProfile, parseProfile } from "../profiles";
import { fakeContext, fakeRows } from "../rules/table/test-fakes";
import { classSizes } from "./class-sizes";

function students(grade: string, className: string, n: number, extra: Record<string, string> = {}) {
  return Array.from({ length: n }, () => ({ grade, className, ...extra }));
}

function run(profileId: string, records: Array<Record<string, string>>) {
  const ctx = fakeContext(getProfile(profileId)!);
  const table = classSizes(fakeRows(records), ctx);
  return { table, issues: ctx.issues };
}

describe("classSizes", () => {
  it("counts per class, treating 一年级 and 1年级 and （1）班 / (1)班 as the same", () => {
    const { table, issues } = run("national", [
      ...students("一年级", "（1）班", 3),
      ...students("1年级", "(1)班", 2),
      ...students("一年级", "2班", 4),
    ]);
    expect(table.map((c) => [c.grade, c.className, c.count, c.cap, c.stage])).toEqual([
      ["一年级", "(1)班", 5, 45, "primary"],
      ["一年级", "2班", 4, 45, "primary"],
    ]);
    expect(table[0].rows).toEqual([2, 3, 4, 5, 6]);
    expect(issues).toEqual([]);
  });

  it("reports one over-cap error per class, citing the profile's article", () => {
    const { table, issues } = run("nongan", [...students("初一", "1班", 51), ...students("初一", "2班", 50)]);
    expect(table.map((c) => c.status)).toEqual(["over-cap", "ok"]);
    const over = issues.filter((i) => i.code === "class/over-cap");
    expect(over).toHaveLength(1);
    expect(over[0].row).toBe(2);
    expect(over[0].params).toMatchObject({ count: 51, cap: 50, stage: "初中", source: "《农安县义务教育学校学籍管理办法（试行）》第六条" });
  });

  it("uses each jurisdiction's cap: 57 pupils break 阜南's 56 but the national 45 is broken at 46", () => {
    expect(run("funan", students("三年级", "1班", 56)).issues.filter((i) => i.code === "class/over-cap")).toEqual([]);
    expect(run("funan", students("三年级", "1班", 57)).issues.map((i) => i.code)).toContain("class/over-cap");
    expect(run("national", students("三年级", "1班", 46)).issues.map((i) => i.code)).toEqual(["class/over-cap"]);
  });

  it("marks the national bands, warning when the local cap allows a 大班额", () => {
    const { table, issues } = run("funan", [...students("初二", "1班", 58), ...students("初二", "2班", 40)]);
    expect(table.map((c) => c.band)).toEqual(["large", "normal"]);
    expect(issues.map((i) => i.code)).toEqual(["class/large-band"]);
    const big = run("national", students("初二", "1班", 66));
    expect(big.table[0].band).toBe("super-large");
    expect(big.issues.map((i) => i.code)).toEqual(["class/over-cap"]);
  });

  it("applies the entry-grade cap to grade 1 and 7 only, and falls back to junior for senior", () => {
    const { table } = run("district-2022", [...students("一年级", "1班", 10), ...students("二年级", "1班", 10)]);
    expect(table.map((c) => c.cap)).toEqual([55, 55]);
    const custom = parseProfile({ extends: "national", classCaps: { primary: 45, junior: 48, senior: undefined, entryGrade: 40 } });
    const ctx = fakeContext(custom);
    const caps = classSizes(fakeRows([...students("七年级", "1班", 1), ...students("八年级", "1班", 1), ...students("高二", "1班", 1)]), ctx);
    expect(caps.map((c) => [c.grade, c.cap])).toEqual([
      ["七年级", 40],
      ["八年级", 48],
      ["高二", 48],
    ]);
  });

  it("follows the school system: 六年级 is junior under 5-4", () => {
    const ctx = fakeContext(parseProfile({ extends: "national", schoolSystem: "5-4" }));
    const [c] = classSizes(fakeRows(students("六年级", "1班", 48)), ctx);
    expect([c.stage, c.cap, c.status]).toEqual(["junior", 50, "ok"]);
  });

  it("counts rows without grade or class under (未填) and reports them once", () => {
    const { table, issues } = run("national", [
      ...students("一年级", "1班", 2),
      { grade: "一年级", className: "" },
      { grade: "", className: "3班" },
      { grade: "一年级", className: "  " },
    ]);
    expect(issues).toEqual([{ code: "class/unassigned", row: 4, params: { count: 3 } }]);
    const unfilled = table.filter((c) => c.className === "(未填)");
    expect(unfilled.reduce((s, c) => s + c.count, 0)).toBe(3);
    expect(unfilled.every((c) => c.cap === null)).toBe(true);
  });

  it("keeps schools apart and sorts by school, grade and class number", () => {
    const { table } = run("national", [
      ...students("二年级", "10班", 1, { schoolCode: "2134000001" }),
      ...students("二年级", "2班", 1, { schoolCode: "2134000001" }),
      ...students("一年级", "1班", 1, { schoolCode: "2134000001" }),
      ...students("二年级", "2班", 1, { schoolCode: "2134000000" }),
    ]);
    expect(table.map((c) => `${c.school}/${c.grade}/${c.className}`)).toEqual([
      "2134000000/二年级/2班",
      "2134000001/一年级/1班",
      "2134000001/二年级/2班",
      "2134000001/二年级/10班",
    ]);
  });

  it("warns when entry-grade classes differ by more than the profile allows", () => {
    const { issues } = run("national", [
      ...students("一年级", "1班", 40),
      ...students("一年级", "2班", 34),
      ...students("二年级", "1班", 40),
      ...students("二年级", "2班", 20),
    ]);
    expect(issues.map((i) => i.code)).toEqual(["class/unbalanced"]);
    expect(issues[0]).toMatchObject({ row: 2, params: { max: 40, min: 34, difference: 6, limit: 5, maxClass: "1班", minClass: "2班" } });
    const even = run("national", [...students("一年级", "1班", 40), ...students("一年级", "2班", 35)]);
    expect(even.issues).toEqual([]);
  });

  it("handles 100,000 rows quickly", () => {
    const records = Array.from({ length: 100_000 }, (_, i) => ({ grade: `${(Math.floor(i / 40) % 6) + 1}年级`, className: `${i % 40}班` }));
    const rows = fakeRows(records);
    const t0 = performance.now();
    const table = classSizes(rows, fakeContext(getProfile("national")!));
    expect(table).toHaveLength(240);
    // generous for a loaded CI machine; a quadratic grouping would take minutes
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
