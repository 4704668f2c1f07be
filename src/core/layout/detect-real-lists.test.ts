import type { RawCell, SheetTable } from "../model/table";
import { getTemplate, templates } from "../templates";
import { detectLayout } from "./detect";

const national = getTemplate("national-2013")!;
const continuation = getTemplate("national-continuation")!;
const sheet = (rows: RawCell[][]): SheetTable => ({ sheet: "Sheet1", rows });
const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);

describe("detectLayout on the layouts schools really have", () => {
  it("checks 年级 in a 2013-order file, a field its template lacks", () => {
    const headers = [...national.columns.map((c) => c.header), "年级"];
    const r = detectLayout(sheet([headers]), templates);
    expect(r.ok && r.template.id).toBe("national-2013");
    if (!r.ok) return;
    expect(r.layout.columns.find((c) => c.key === "grade")).toMatchObject({ header: "年级", letter: "BT" });
    expect(r.template.columns.find((c) => c.key === "grade")?.kind).toBe("text");
    expect(r.layout.extraColumns).toEqual([]);
    expect(codes(r)).toEqual([]);
  });

  it("checks 学籍号 and 随班就读 in a §1.3 file", () => {
    const headers = [...continuation.columns.map((c) => c.header), "学籍号", "随班就读"];
    const r = detectLayout(sheet([headers]), templates);
    expect(r.ok && r.template.id).toBe("national-continuation");
    if (!r.ok) return;
    expect(r.layout.columns.map((c) => c.key)).toEqual(expect.arrayContaining(["registerNumber", "inclusive"]));
    expect(codes(r)).toEqual([]);
  });

  it("finds the KD code row above the captions, and reads data from the row after the captions", () => {
    const headers = national.columns.map((c) => c.header);
    const kd = national.columns.map((c) => c.kdCode!);
    const r = detectLayout(sheet([kd, headers, headers.map(() => "x")]), templates);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.layout).toMatchObject({ headerRow: 2, fieldCodeRow: 1, dataStartRow: 3 });
  });

  it("counts vendor codes like KD_XM and KD_F00 in the code row, and keeps their columns as the school's own", () => {
    const captions = ["登录帐号", ...national.columns.map((c) => c.header), "小名"];
    const kd = ["KD_F00", ...national.columns.map((c) => c.kdCode!), "KD_XM"];
    const r = detectLayout(sheet([kd, captions, captions.map(() => "x")]), templates);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.layout).toMatchObject({ headerRow: 2, fieldCodeRow: 1, dataStartRow: 3 });
    expect(r.layout.columns).toHaveLength(71);
    expect(r.layout.extraColumns.map((c) => c.header)).toEqual(["登录帐号", "小名"]);
  });

  it("maps a column by its KD code when its caption is another vendor's", () => {
    const captions = national.columns.map((c) => (c.key === "nationality" ? "国藉" : c.header));
    const kd = national.columns.map((c) => c.kdCode!);
    const r = detectLayout(sheet([captions, kd]), templates);
    expect(r.ok && r.layout.columns.find((c) => c.key === "nationality")?.header).toBe("国藉");
  });

  it("takes a kindergarten roster with the five entrant fields among thirty others for the new-entrant list", () => {
    const roster = [
      "序号", "姓名", "性别", "出生日期", "身份证件类型", "身份证件号码", "国籍/地区", "民族", "港澳台侨外", "健康状况",
      "血型", "户口所在地", "户口性质", "入园日期", "班级", "是否独生子女", "是否留守儿童", "是否孤儿", "是否残疾幼儿",
      "监护人姓名", "监护人电话", "现住址", "通信地址", "家庭地址", "联系电话", "邮政编码", "电子信箱", "曾用名", "特长", "备注",
    ];
    const r = detectLayout(sheet([["XX幼儿园全园学生列表"], roster]), templates);
    expect(r.ok && r.template.id).toBe("new-entrant");
    if (!r.ok) return;
    // the entrant fields and every other known field are checked; the unknown ones are kept and named
    expect(r.layout.columns.map((c) => c.key)).toEqual(expect.arrayContaining(["name", "idNumber", "ethnicity", "householdType", "currentAddress"]));
    expect(r.layout.extraColumns.map((c) => c.header)).toEqual(expect.arrayContaining(["序号", "入园日期", "备注"]));
    expect(codes(r)).not.toContain("header/missing");
  });

  it("still reports a 2013 sheet that lost 就读方式 as that template, not as the entrant list", () => {
    const headers = national.columns.filter((c) => c.key !== "studyMode").map((c) => c.header);
    const r = detectLayout(sheet([headers]), templates);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.closest?.template.id).toBe("national-2013");
    expect(r.closest?.missing).toContain("就读方式");
  });

  it("recognises a graduate list without 毕业结论 by 学籍号/身份证号 and 毕业学校, and says every row counts as 毕业", () => {
    const r = detectLayout(sheet([["XX小学六年级毕业生信息采集表（与国网学籍信息一致）"], ["学籍号", "姓名", "性别", "身份证号", "毕业学校", "班级"]]), templates);
    expect(r.ok && r.template.id).toBe("graduation");
    if (!r.ok) return;
    const assumed = r.issues.find((i) => i.code === "header/assumed");
    expect(assumed).toMatchObject({ row: 2, key: "graduationResult", params: { header: "毕业结论", value: "毕业" } });
    expect(codes(r)).not.toContain("header/missing");
  });

  it("does not take a bare name list for a graduate list", () => {
    const r = detectLayout(sheet([["姓名", "性别", "班级"]]), templates);
    expect(r.ok && r.template.id).not.toBe("graduation");
  });

  it("recognises the 6-column 小升初 调档/录取名单", () => {
    const r = detectLayout(sheet([["个人标识码", "学生姓名", "身份证号", "毕业学校标识码", "录取学校标识码", "教育阶段"]]), templates);
    expect(r.ok && r.template.id).toBe("junior-admission");
    if (!r.ok) return;
    expect(r.layout.columns).toHaveLength(6);
    expect(codes(r)).toEqual([]);
  });

  it("asks about an unknown header with the closest known field outside the template", () => {
    const headers = [...national.columns.map((c) => c.header), "毕业学校名"];
    const r = detectLayout(sheet([headers]), templates);
    expect(r.ok).toBe(true);
    const similar = r.issues.find((i) => i.code === "header/similar");
    expect(similar?.params).toMatchObject({ header: "毕业学校名", suggestion: "毕业学校" });
  });

  it("reads headers marked required with * or （必填）, broken over lines or with trailing spaces", () => {
    const headers = national.columns.map((c, i) => (i % 3 === 0 ? `*${c.header}` : i % 3 === 1 ? `${c.header}（必填）` : `${c.header.slice(0, 1)}\n${c.header.slice(1)}  `));
    const r = detectLayout(sheet([headers]), templates);
    expect(r.ok && r.layout.columns).toHaveLength(71);
  });
});
