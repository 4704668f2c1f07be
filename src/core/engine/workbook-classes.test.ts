import type { RawCell, SheetTable } from "../model/table";
import { getProfile } from "../profiles";
import { makeResidentId } from "../validators/test-ids";
import { checkWorkbook } from "./check-workbook";

const profile = getProfile("national")!;
let seq = 0;
function pupils(n: number, grade: string, className: string): RawCell[][] {
  return Array.from({ length: n }, () => {
    const id = makeResidentId({ birthDate: "20130305", sex: "男", seq: ++seq });
    return [`G${id}`, `学生${seq}`, id, grade, className, "毕业"];
  });
}
const sheet = (name: string, rows: RawCell[][]): SheetTable => ({ sheet: name, rows: [["学籍号", "姓名", "身份证号", "年级", "班级", "毕业结论"], ...rows] });

describe("class sizes across a workbook's sheets", () => {
  it("adds up a class spread over two sheets and reports it over its cap on both", () => {
    const check = checkWorkbook([sheet("六(1)班", pupils(30, "六年级", "1班")), sheet("插班生", [...pupils(20, "6年级", "1班"), ...pupils(3, "六年级", "2班")])], {
      profile,
      today: "20250610",
    });
    const merged = check.classes!.find((c) => c.className === "1班")!;
    expect([merged.count, merged.cap, merged.status, merged.sheets]).toEqual([50, 45, "over-cap", ["六(1)班", "插班生"]]);
    expect(check.classes!.find((c) => c.className === "2班")).toMatchObject({ count: 3, sheets: ["插班生"] });
    const found = check.results.map((r) => r.issues.filter((i) => i.code === "workbook/class-over-cap").map((i) => [i.sheet, i.row, i.column, i.params?.here, i.params?.count]));
    expect(found).toEqual([[["六(1)班", 2, "E", 30, 50]], [["插班生", 2, "E", 20, 50]]]);
    expect(check.results.map((r) => r.counts.classesOverCap)).toEqual([1, 1]);
  });

  it("says nothing more when each sheet's class is within its cap after adding up", () => {
    const check = checkWorkbook([sheet("A", pupils(20, "六年级", "1班")), sheet("B", pupils(20, "六年级", "1班"))], { profile, today: "20250610" });
    expect(check.classes).toEqual([expect.objectContaining({ count: 40, status: "ok", sheets: ["A", "B"] })]);
    expect(check.results.flatMap((r) => r.issues.filter((i) => i.code.startsWith("workbook/class")))).toEqual([]);
  });

  it("keeps classes of different grades apart even under the same 班级 name", () => {
    const check = checkWorkbook([sheet("A", pupils(40, "六年级", "1班")), sheet("B", pupils(40, "五年级", "1班"))], { profile, today: "20250610" });
    expect(check.classes!.map((c) => [c.grade, c.count])).toEqual([
      ["六年级", 40],
      ["五年级", 40],
    ]);
  });
});
