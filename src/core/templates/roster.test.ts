import { detectLayout } from "../layout/detect";
import type { RawCell, SheetTable } from "../model/table";
import { makeResidentId } from "../validators/test-ids";
import { getTemplate, rosterPool, templates } from ".";

const id = makeResidentId({ birthDate: "20180305", sex: "男" });
const sheet = (rows: RawCell[][]): SheetTable => ({ sheet: "花名册", rows });
const detectedId = (rows: RawCell[][], pool = rosterPool) => {
  const r = detectLayout(sheet(rows), pool);
  return r.ok ? r.template.id : `not: ${r.issues.map((i) => i.code).join(",")}`;
};

describe("the bare roster", () => {
  it("is recognised by 姓名 + 身份证件号, under a title row", () => {
    expect(detectedId([["三年级一班花名册"], ["序号", "姓名", "身份证号"], [1, "张小明", id]])).toBe("roster");
  });

  it("is recognised by 姓名 + 性别 + 出生日期 without any ID column, and keeps 年级 and 班级 through the catalogue", () => {
    const r = detectLayout(sheet([["姓名", "性别", "出生日期", "年级", "班级"], ["张小明", "男", "20180305", "三年级", "1班"]]), rosterPool);
    expect(r.ok && r.template.id).toBe("roster");
    if (!r.ok) return;
    expect(r.layout.columns.map((c) => c.key)).toEqual(["name", "sex", "birthDate", "grade", "className"]);
  });

  it("wins over the new-entrant list when the four columns lack 身份证件类型", () => {
    expect(detectedId([["姓名", "性别", "出生日期", "身份证件号"], ["张小明", "男", "20180305", id]])).toBe("roster");
  });

  it("is not enough without an ID or the name + sex + birth date (姓名 and 班级 only)", () => {
    expect(detectedId([["姓名", "班级"], ["张小明", "1班"]])).toMatch(/^not: header\//);
  });

  it("does not take a real template's place: the new-entrant list and the national layout stay themselves", () => {
    const entrant = getTemplate("new-entrant")!;
    expect(detectedId([entrant.columns.map((c) => c.header)])).toBe("new-entrant");
    const national = getTemplate("national-continuation")!;
    expect(detectedId([national.columns.map((c) => c.header)])).toBe("national-continuation");
  });

  it("is not offered to `xueji check`: the import templates alone still say a bare roster is no template", () => {
    expect(detectedId([["姓名", "身份证号"], ["张小明", id]], templates)).toMatch(/^not: /);
  });
});
