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

describe("table/suspected-duplicate and table/likely-duplicate (查重 without an ID)", () => {
  const suspects = (issues: ReturnType<typeof run>) =>
    issues.filter((i) => i.code === "table/suspected-duplicate" || i.code === "table/likely-duplicate").map((i) => [i.row, i.code, i.related]);

  it("warns on the same 姓名, 性别 and 出生日期 when a row has no ID, whatever the guardian", () => {
    const child = { name: "王·测试", sex: "男", birthDate: "20180105" };
    const issues = run([
      { ...child, "member1.name": "王大明" },
      { ...child, sex: "女", "member1.name": "王大明" },
      { ...child, "member1.name": "李二芳" },
    ]);
    expect(suspects(issues)).toEqual([
      [2, "table/suspected-duplicate", [{ row: 4 }]],
      [4, "table/suspected-duplicate", [{ row: 2 }]],
    ]);
    expect(issues.find((i) => i.code === "table/suspected-duplicate")?.params).toEqual({ count: 2, rows: "4" });
  });

  it("says more firmly when a guardian's name matches too, and names the guardian", () => {
    const child = { name: "张小明", sex: "男", birthDate: "20180105" };
    const issues = run([
      { ...child, "member1.name": "张父", "member1.guardian": "否", "member2.name": "李母", "member2.guardian": "是" },
      { ...child, "member1.name": "李母", "member1.guardian": "是" },
    ]);
    expect(suspects(issues)).toEqual([
      [2, "table/likely-duplicate", [{ row: 3 }]],
      [3, "table/likely-duplicate", [{ row: 2 }]],
    ]);
    expect(issues[0].params).toMatchObject({ guardian: "李母" });
  });

  it("pairs a row without an ID with one that has an ID, but never two rows whose IDs differ", () => {
    const child = { name: "张伟", sex: "男", birthDate: "20180105", "member1.name": "张建国" };
    const a = makeResidentId({ birthDate: "20180105", sex: "男", seq: 1 });
    const b = makeResidentId({ birthDate: "20180105", sex: "男", seq: 3 });
    const issues = run([
      { ...child, idNumber: a },
      { ...child, idNumber: b },
      { ...child, idType: "其他", idNumber: "" },
    ]);
    expect(suspects(issues)).toEqual([
      [2, "table/likely-duplicate", [{ row: 4 }]],
      [3, "table/likely-duplicate", [{ row: 4 }]],
      [4, "table/likely-duplicate", [{ row: 2 }, { row: 3 }]],
    ]);
  });

  it("trap: two children with a common name and one birthday but different IDs are not a duplicate", () => {
    const issues = run([
      { name: "张伟", sex: "男", birthDate: "20180105", idNumber: makeResidentId({ birthDate: "20180105", sex: "男", seq: 1 }), "member1.name": "张建国" },
      { name: "张伟", sex: "男", birthDate: "20180105", idNumber: makeResidentId({ birthDate: "20180105", sex: "男", seq: 3 }), "member1.name": "张建国" },
    ]);
    expect(suspects(issues)).toEqual([]);
  });

  it("trap: twins (same birth date and guardian, different names, no IDs) are not a duplicate", () => {
    const twin = { sex: "女", birthDate: "20180105", "member1.name": "刘建华", "member1.guardian": "是" };
    expect(suspects(run([{ ...twin, name: "刘一诺" }, { ...twin, name: "刘一言" }]))).toEqual([]);
  });

  it("does not guess without a birth date", () => {
    expect(suspects(run([{ name: "李小红", birthDate: "" }, { name: "李小红", birthDate: "" }]))).toEqual([]);
  });

  it("stays linear and small when one child was dragged down a whole column", () => {
    const rows = Array.from({ length: 3000 }, () => ({ name: "张小明", sex: "男", birthDate: "20180105", "member1.name": "张父" }));
    const issues = run(rows).filter((i) => i.code === "table/likely-duplicate");
    expect(issues).toHaveLength(3000);
    expect(issues[0].related!.length).toBe(20);
    expect(issues[0].params).toMatchObject({ count: 3000 });
    expect(String(issues[0].params!.rows)).toMatch(/ 等$/);
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
