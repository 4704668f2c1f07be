import { checkSheet } from "../../engine/check-sheet";
import { issueText } from "../../messages";
import { getProfile } from "../../profiles";
import { makeResidentId } from "../../validators/test-ids";
import { tableRules } from "./index";
import { fakeContext, fakeRows } from "./test-fakes";
import { UNIQUE_FIELDS } from "./unique-fields";

const profile = getProfile("national")!;

function run(records: Array<Record<string, string>>) {
  const ctx = fakeContext(profile);
  const rows = fakeRows(records);
  for (const rule of tableRules) rule.check(rows, ctx);
  return ctx.issues;
}

const rowsOf = (issues: ReturnType<typeof run>, code: string) => issues.filter((i) => i.code === code).map((i) => [i.row, i.key]);

describe("unique fields (a property of the field in the catalogue)", () => {
  it("covers the numbers the national and local importers refuse twice", () => {
    expect(Object.fromEntries(UNIQUE_FIELDS.map((f) => [f.key, f.within]))).toEqual({
      continuationId: "file",
      registerNumber: "file",
      idNumber: "file",
      auxNumber: "file",
      classSerial: "class",
      certificateNumber: "file",
    });
  });

  it("flags every row sharing a 毕业证书编号, each pointing at the others", () => {
    const issues = run([
      { name: "张一", certificateNumber: "NA2026000123" },
      { name: "张二", certificateNumber: "NA2026000124" },
      { name: "张三", certificateNumber: "na2026000123" },
      { name: "张四", certificateNumber: "" },
      { name: "张五", certificateNumber: "" },
    ]);
    const dup = issues.filter((i) => i.code === "table/duplicate-value");
    expect(dup.map((i) => [i.row, i.key, i.related])).toEqual([
      [2, "certificateNumber", [{ row: 4 }]],
      [4, "certificateNumber", [{ row: 2 }]],
    ]);
    expect(dup[0].params).toEqual({ count: 2, rows: "2、4" });
  });

  it("flags a repeated 学籍接续标识, as the local importer does (「第N行【学籍接续标识…】重复」)", () => {
    const issues = run([{ continuationId: "JX0001" }, { continuationId: "JX0002" }, { continuationId: "JX0001" }]);
    expect(rowsOf(issues, "table/duplicate-value")).toEqual([
      [2, "continuationId"],
      [4, "continuationId"],
    ]);
  });

  it("flags a 班内学号 twice in one class, not the same number in another class or grade", () => {
    const issues = run([
      { grade: "一年级", className: "1班", classSerial: "01" },
      { grade: "一年级", className: "1班", classSerial: "02" },
      { grade: "一年级", className: "2班", classSerial: "01" },
      { grade: "二年级", className: "1班", classSerial: "01" },
      { grade: "一年级", className: "1 班", classSerial: "01" },
      { grade: "一年级", className: "", classSerial: "01" },
    ]);
    const dup = issues.filter((i) => i.code === "table/duplicate-in-class");
    expect(dup.map((i) => i.row)).toEqual([2, 6]);
    expect(dup[0].params).toMatchObject({ grade: "一年级", className: "1班", count: 2 });
  });

  it("leaves a sheet without the column alone", () => {
    expect(run([{ name: "张一" }, { name: "张一" }]).filter((i) => i.code.startsWith("table/duplicate"))).toEqual([]);
  });
});

describe("unique fields in a real sheet", () => {
  it("says which header repeats, in the words the registrar sees: 个人标识码 is the 学籍号", () => {
    const id1 = makeResidentId({ birthDate: "20130305", sex: "男", seq: 11 });
    const id2 = makeResidentId({ birthDate: "20130611", sex: "女", seq: 22 });
    const result = checkSheet(
      {
        sheet: "小升初",
        rows: [
          ["个人标识码", "学生姓名", "身份证号", "毕业学校标识码", "录取学校标识码", "教育阶段"],
          [`G${id1}`, "张小明", id1, "2142001636", "2142001637", "初中"],
          [`G${id1}`, "李小红", id2, "2142001636", "2142001637", "初中"],
        ],
      },
      { profile, today: "20260815" },
    );
    const dup = result.issues.filter((i) => i.code === "table/duplicate-regno");
    expect(dup.map((i) => [i.row, i.column, i.header])).toEqual([
      [2, "A", "个人标识码"],
      [3, "A", "个人标识码"],
    ]);
  });

  it("names the column of a repeated 毕业证书编号 in the message", () => {
    const id1 = makeResidentId({ birthDate: "20110305", sex: "男", seq: 11 });
    const id2 = makeResidentId({ birthDate: "20110611", sex: "女", seq: 22 });
    const result = checkSheet(
      {
        sheet: "毕业生",
        rows: [
          ["学籍号", "姓名", "身份证件号", "毕业证书编号", "毕业年月", "毕业结论"],
          [`G${id1}`, "张小明", id1, "NA2026000123", "202607", "毕业"],
          [`G${id2}`, "李小红", id2, "NA2026000123", "202607", "毕业"],
        ],
      },
      { profile, today: "20260715" },
    );
    const dup = result.issues.filter((i) => i.code === "table/duplicate-value");
    expect(dup.map((i) => [i.row, i.column])).toEqual([
      [2, "D"],
      [3, "D"],
    ]);
    expect(issueText(dup[0])).toContain("「毕业证书编号」NA2026000123 在本表出现 2 次（第 2、3 行）");
  });
});
