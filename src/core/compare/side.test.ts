import { checkWorkbook } from "../engine/check-workbook";
import type { RawCell } from "../model/table";
import { rosterPool } from "../templates";
import { makeResidentId } from "../validators/test-ids";
import { compareSideOf, isUnreadableSide } from "./side";
import { profile, sideOf, TODAY } from "./test-sides";

const check = (rows: RawCell[][]) => checkWorkbook([{ sheet: "名单", rows }], { profile, today: TODAY, students: true, templates: rosterPool });

describe("compareSideOf", () => {
  it("keeps rows the engine rejects: a wrong ID is still a child on the list", () => {
    const good = makeResidentId({ birthDate: "20170305", sex: "男" });
    const bad = good.slice(0, 17) + (good[17] === "0" ? "1" : "0");
    const side = sideOf("before", [["姓名", "身份证件号", "年级", "班级"], ["张小明", good, "三年级", "1班"], ["李晓红", bad, "三年级", "1班"]]);
    expect(side.rows.map((r) => [r.row, r.name, r.idNumber])).toEqual([[2, "张小明", good], [3, "李晓红", bad]]);
    expect(side.sheets[0]).toMatchObject({ template: "学生名单（花名册）", rows: 2 });
    expect(side.sheets[0].errors).toBeGreaterThan(0);
    expect(side.rows[0].gradeInfo).toMatchObject({ grade: 3, stage: "primary" });
  });

  it("reads a roster with no ID column by 姓名 + 性别 + 出生日期", () => {
    const side = sideOf("after", [["姓名", "性别", "出生日期"], ["张小明", "男", "2017-3-5"]]);
    expect(side.columns.idNumber).toBe(false);
    expect(side.rows[0]).toMatchObject({ name: "张小明", sex: "男", birthDate: "20170305" });
  });

  it("refuses a list that cannot be matched (姓名 and 班级 only), naming the columns a roster needs", () => {
    const side = compareSideOf("before", "班级名单.xlsx", check([["姓名", "班级"], ["张小明", "1班"]]), profile);
    expect(isUnreadableSide(side)).toBe(true);
    if (!isUnreadableSide(side)) return;
    expect(side.reason).toBe("not-a-template");
    expect(side.detail).toContain("至少要有「姓名」和「身份证件号」两列，或「姓名」「性别」「出生日期」三列");
  });
});
