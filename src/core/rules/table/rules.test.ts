import { getProfile } from "../../profiles";
import { makeResidentId } from "../../validators/test-ids";
import { tableRules } from "./index";
import { fakeContext, fakeRows } from "./test-fakes";

const profile = getProfile("national")!;

function run(records: Array<Record<string, string>>) {
  const ctx = fakeContext(profile);
  const rows = fakeRows(records);
  for (const rule of tableRules) rule.check(rows, ctx);
  return ctx.issues;
}

describe("table/duplicate-id", () => {
  const id = makeResidentId({ birthDate: "20180401", seq: 21 });

  it("flags every occurrence with the other rows as related", () => {
    const issues = run([
      { name: "张小明", idNumber: id },
      { name: "李小红", idNumber: makeResidentId({ birthDate: "20180402" }) },
      { name: "张小明", idNumber: id },
      { name: "测试学生", idNumber: id },
    ]).filter((i) => i.code === "table/duplicate-id");
    expect(issues.map((i) => i.row)).toEqual([2, 4, 5]);
    expect(issues[0].related).toEqual([{ row: 4 }, { row: 5 }]);
    expect(issues[1].related).toEqual([{ row: 2 }, { row: 5 }]);
    expect(issues[0].params).toEqual({ count: 3, rows: "2、4、5" });
    expect(issues[0].key).toBe("idNumber");
  });

  it("treats IDs sharing their first 15 digits as different (the COUNTIF trap)", () => {
    const a = makeResidentId({ birthDate: "20180401", seq: 20 });
    const b = makeResidentId({ birthDate: "20180401", seq: 22 });
    expect(a.slice(0, 15)).toBe(b.slice(0, 15));
    expect(run([{ idNumber: a }, { idNumber: b }]).filter((i) => i.code === "table/duplicate-id")).toEqual([]);
  });

  it("matches a lowercase x with an uppercase X and ignores empty IDs", () => {
    let withX = "";
    for (let seq = 1; !withX.endsWith("X"); seq++) withX = makeResidentId({ birthDate: "20180401", seq });
    expect(run([{ idNumber: "" }, { idNumber: "" }]).filter((i) => i.code === "table/duplicate-id")).toEqual([]);
    const dup = run([{ idNumber: withX }, { idNumber: withX.toLowerCase() }]);
    expect(dup.filter((i) => i.code === "table/duplicate-id")).toHaveLength(2);
  });

  it("keeps the report small when one ID was dragged down a whole column", () => {
    const issues = run(Array.from({ length: 3000 }, () => ({ idNumber: id }))).filter((i) => i.code === "table/duplicate-id");
    expect(issues).toHaveLength(3000);
    expect(issues[0].related!.length).toBe(20);
    expect(issues[0].params!.count).toBe(3000);
    expect(String(issues[0].params!.rows)).toMatch(/ 等$/);
  });
});

describe("table/suspected-duplicate", () => {
  it("flags rows without ID sharing name, birth date and first member", () => {
    const base = { name: "王·测试", birthDate: "20180105", "member1.name": "王大明" };
    const issues = run([base, { ...base, "member1.name": "王二明" }, { ...base }]).filter(
      (i) => i.code === "table/suspected-duplicate",
    );
    expect(issues.map((i) => [i.row, i.related])).toEqual([
      [2, [{ row: 4 }]],
      [4, [{ row: 2 }]],
    ]);
  });

  it("does not guess when the rows have ID numbers or lack a birth date", () => {
    const issues = run([
      { name: "张小明", birthDate: "20180105", idNumber: makeResidentId({ seq: 1 }) },
      { name: "张小明", birthDate: "20180105", idNumber: makeResidentId({ seq: 3 }) },
      { name: "李小红", birthDate: "" },
      { name: "李小红", birthDate: "" },
    ]);
    expect(issues.filter((i) => i.code === "table/suspected-duplicate")).toEqual([]);
  });
});

describe("table/duplicate-regno and duplicate-auxno", () => {
  it("flags each row sharing a register number or an auxiliary number", () => {
    const g = "G" + makeResidentId({ seq: 5 });
    const issues = run([
      { registerNumber: g, auxNumber: "18011100130101" },
      { registerNumber: g.toLowerCase(), auxNumber: "18011100130102" },
      { registerNumber: "", auxNumber: "18011100130101" },
      { registerNumber: "" },
    ]);
    expect(issues.filter((i) => i.code === "table/duplicate-regno").map((i) => i.row)).toEqual([2, 3]);
    expect(issues.filter((i) => i.code === "table/duplicate-auxno").map((i) => i.row)).toEqual([2, 4]);
  });
});
