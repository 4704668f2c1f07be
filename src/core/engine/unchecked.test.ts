import { getProfile } from "../profiles";
import { national2013 } from "../templates/national-2013";
import { nationalContinuation } from "../templates/national-continuation";
import { generateStudents } from "../../samples/students";
import { templateRows } from "../../samples/template-rows";
import { checkSheet } from "./check-sheet";
import { describeUnchecked } from "./unchecked";

const profile = getProfile("national")!;
const students = generateStudents({ count: 8, seed: 3, schoolYear: 2025 });

describe("checks a layout does not allow are said, once per sheet", () => {
  it("the 2013 order has no 年级: entry age and entry year vs grade cannot be checked", () => {
    const result = checkSheet({ sheet: "学生", rows: templateRows(national2013, students) }, { profile, today: "20251015" });
    expect(result.template?.id).toBe("national-2013");
    expect(result.unchecked).toEqual([
      { check: "一年级入学年龄", missing: ["年级"] },
      { check: "入学年月与年级是否相符", missing: ["年级"] },
    ]);
    expect(describeUnchecked(result.unchecked)).toBe("一年级入学年龄（缺少「年级」列）；入学年月与年级是否相符（缺少「年级」列）");
    // said in the summary, not as an issue per row: counts stay those of what was checked
    expect(result.issues.some((i) => /年级/.test(i.code))).toBe(false);
  });

  it("a full layout leaves nothing unchecked", () => {
    const result = checkSheet({ sheet: "学生", rows: templateRows(nationalContinuation, students) }, { profile, today: "20251015" });
    expect(result.unchecked).toEqual([]);
  });

  it("a graduate list without 年级 cannot tell a primary 结业 from a senior one", () => {
    const result = checkSheet(
      { sheet: "毕业生", rows: [["学籍号", "姓名", "身份证件号", "毕业结论"], ["", "张小明", "", "结业"]] },
      { profile, today: "20260715" },
    );
    expect(result.template?.id).toBe("graduation");
    expect(result.unchecked.map((u) => u.check)).toEqual(["毕业年级、小学初中不得结业肄业"]);
  });

  it("a name list (new entrants) needs no class: nothing to say", () => {
    const result = checkSheet({ sheet: "新生", rows: [["姓名", "性别", "出生日期", "身份证件类型", "身份证件号"]] }, { profile, today: "20251015" });
    expect(result.unchecked).toEqual([]);
  });
});
