import { checkWorkbook } from "../../core/engine/check-workbook";
import type { RawCell, SheetTable } from "../../core/model/table";
import { getProfile } from "../../core/profiles";
import { makeResidentId } from "../../core/validators/test-ids";
import { buildReportSheets, CLASSES_SHEET, SUMMARY_SHEET } from "./report-sheets";

const profile = getProfile("national")!;
let seq = 0;
const pupils = (n: number, className: string, entry: string): RawCell[][] =>
  Array.from({ length: n }, () => {
    const id = makeResidentId({ birthDate: "20150305", sex: "女", seq: ++seq });
    return [`学生${seq}`, id, className, entry];
  });
const sheet = (name: string, rows: RawCell[][]): SheetTable => ({ sheet: name, rows: [["姓名", "身份证号", "班级", "入学年月", "毕业学校"], ...rows.map((r) => [...r, "XX小学"])] });

describe("the report's class table", () => {
  it("lists each class once with its sheets, and says where its stage came from", () => {
    // a graduate list without 年级: classes by 班级, the stage from 入学年月 (2020 → year 6 in 2025: primary)
    const check = checkWorkbook([sheet("一", pupils(2, "601", "202009")), sheet("二", [...pupils(1, "601", "202009"), ...pupils(1, "602", "202509")])], {
      profile,
      today: "20251015",
    });
    const classes = buildReportSheets(check, { fileName: "x.xlsx" }).find((s) => s.name === CLASSES_SHEET)!;
    expect(classes.rows).toEqual([
      ["工作表", "年级", "班级", "学段", "学段依据", "人数", "上限", "班额类别", "状态"],
      ["一、二", "", "601", "小学", "入学年月", 3, 45, "正常", "未超上限"],
      ["二", "", "602", "未知", "无法判断（只按大班额标准）", 1, null, "正常", "未超上限"],
    ]);
  });
});

describe("the report's summary", () => {
  it("says, once per sheet, which checks its layout did not allow", () => {
    const check = checkWorkbook([sheet("毕业生", pupils(2, "601", "202009"))], { profile, today: "20251015" });
    const summary = buildReportSheets(check, { fileName: "x.xlsx" }).find((s) => s.name === SUMMARY_SHEET)!;
    expect(summary.rows[0].at(-1)).toBe("本表格式无法检查");
    expect(summary.rows[1].at(-1)).toBe("入学年月与年级是否相符（缺少「年级」列）；毕业年级、小学初中不得结业肄业（缺少「年级」列）");
  });
});
