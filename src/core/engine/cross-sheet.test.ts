import { getProfile } from "../profiles";
import { makeResidentId } from "../validators/test-ids";
import { checkWorkbook } from "./check-workbook";
import { workbookEdits } from "./workbook-edits";

const profile = getProfile("national")!;
const HEADER = ["姓名", "性别", "出生日期", "身份证件类型", "身份证件号码"];
const id = (seq: number) => makeResidentId({ birthDate: "20190304", sex: seq % 2 ? "男" : "女", seq });
const row = (name: string, seq: number) => [name, seq % 2 ? "男" : "女", "20190304", "居民身份证", id(seq)];

describe("a workbook of one sheet per class is one check", () => {
  const class1 = { sheet: "一年级1班", rows: [HEADER, row("测试甲", 11), row("测试乙", 13)] };
  const class2 = { sheet: "一年级2班", rows: [HEADER, row("测试丙", 15), row("测试甲", 11)] };

  it("finds the same ID on two sheets, flags both rows pointing at each other, and keeps them out of the upload", () => {
    const check = checkWorkbook([class1, class2], { profile, today: "20250901" });
    const [a, b] = check.results;
    const ia = a.issues.find((i) => i.code === "workbook/duplicate-id")!;
    const ib = b.issues.find((i) => i.code === "workbook/duplicate-id")!;
    expect(ia).toMatchObject({ sheet: "一年级1班", row: 2, column: "E", severity: "error", related: [{ sheet: "一年级2班", row: 3 }] });
    expect(ib).toMatchObject({ sheet: "一年级2班", row: 3, related: [{ sheet: "一年级1班", row: 2 }] });
    expect(ia.source).toMatch(/^《.+》/);
    expect(a.rejected.map((r) => r.sourceRow)).toEqual([2]);
    expect(a.cleaned.sourceRows).toEqual([3]);
    expect(a.counts.errors).toBe(1);
    expect(workbookEdits(check).map((e) => [e.sheet, e.removeRows])).toEqual([["一年级1班", [2]], ["一年级2班", [3]]]);
    expect(a.students).toBeUndefined();
  });

  it("says nothing when every ID is on one sheet only", () => {
    const other = { sheet: "一年级2班", rows: [HEADER, row("测试丙", 15)] };
    const check = checkWorkbook([class1, other], { profile, today: "20250901" });
    expect(check.results.flatMap((r) => r.issues).filter((i) => i.code.startsWith("workbook/"))).toEqual([]);
  });

  it("finds every field the catalogue marks unique across sheets: one 毕业证书编号 given to two graduates on two sheets", () => {
    const head = [...HEADER, "毕业证书编号"];
    const grads1 = { sheet: "九年级1班", rows: [head, [...row("测试丁", 21), "BY2025001"], [...row("测试戊", 23), "BY2025002"]] };
    const grads2 = { sheet: "九年级2班", rows: [head, [...row("测试己", 25), "BY2025002"]] };
    const check = checkWorkbook([grads1, grads2], { profile, today: "20250901" });
    const found = check.results.flatMap((r) => r.issues).filter((i) => i.code === "workbook/duplicate-value");
    expect(found.map((i) => [i.sheet, i.row, i.column, i.header])).toEqual([
      ["九年级1班", 3, "F", "毕业证书编号"],
      ["九年级2班", 2, "F", "毕业证书编号"],
    ]);
    expect(check.results[1].rejected.map((r) => r.sourceRow)).toEqual([2]);
  });
});
