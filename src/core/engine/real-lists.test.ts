import type { RawCell, SheetTable } from "../model/table";
import { getProfile } from "../profiles";
import { makeResidentId } from "../validators/test-ids";
import { checkWorkbook } from "./check-workbook";

const profile = getProfile("national")!;
const TODAY = "20250710";
const sheet = (name: string, rows: RawCell[][]): SheetTable => ({ sheet: name, rows });
const id1 = makeResidentId({ birthDate: "20130305", sex: "男", seq: 11 });
const id2 = makeResidentId({ birthDate: "20130611", sex: "女", seq: 22 });
const id3 = makeResidentId({ birthDate: "20130720", sex: "男", seq: 33 });

describe("real lists, checked as a registrar would get them", () => {
  it("checks the 小升初 调档/录取名单: 个人标识码 and 身份证号 unique, school codes of 10 digits", () => {
    const check = checkWorkbook(
      [
        sheet("Worksheet", [
          ["个人标识码", "学生姓名", "身份证号", "毕业学校标识码", "录取学校标识码", "教育阶段"],
          [`G${id1}`, "王一", id1, "2134000001", "2134000002", "初中"],
          [`G${id1}`, "王二", id2, "2134000001", "213400002", "初中"],
          [`G${id3}`, "王三", id2, "2134000001", "2134000002", "初中"],
          [`G${id3.slice(0, 10)}`, "", id3, "2134000001", "2134000002", "初中"],
        ]),
      ],
      { profile, today: TODAY },
    );
    const r = check.results[0];
    expect(r.template?.id).toBe("junior-admission");
    const at = (code: string) => r.issues.filter((i) => i.code === code).map((i) => `${i.row}${i.column}`);
    expect(at("table/duplicate-regno")).toEqual(expect.arrayContaining(["2A", "3A"]));
    expect(at("table/duplicate-id")).toEqual(expect.arrayContaining(["3C", "4C"]));
    expect(r.issues.some((i) => i.row === 3 && i.column === "E" && i.severity === "error")).toBe(true);
    expect(r.issues.some((i) => i.row === 5 && i.column === "B" && i.code === "cell/required")).toBe(true);
    expect(r.issues.some((i) => i.row === 5 && i.column === "A" && i.severity === "error")).toBe(true);
    expect(r.numbers).toEqual([]);
  });

  it("checks a graduate list without 毕业结论 as 毕业 and says so once, on the header", () => {
    const check = checkWorkbook(
      [
        sheet("Sheet1", [
          ["XX小学六年级毕业生信息采集表（与国网学籍信息一致）"],
          ["学籍号", "姓名", "身份证号", "毕业学校", "年级", "班级"],
          [`G${id1}`, "王一", id1, "XX小学", "六年级", "1班"],
          [`G${id2}`, "王二", id2, "XX小学", "六年级", "1班"],
        ]),
      ],
      { profile, today: TODAY },
    );
    const r = check.results[0];
    expect(r.template?.id).toBe("graduation");
    expect(r.issues.filter((i) => i.code === "header/assumed")).toHaveLength(1);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.rejected).toEqual([]);
  });

  it("checks a kindergarten roster by its five entrant fields and every other field it knows", () => {
    const check = checkWorkbook(
      [
        sheet("全园学生列表", [
          ["序号", "姓名", "性别", "出生日期", "身份证件类型", "身份证件号码", "民族", "户口性质", "入园日期", "邮政编码", "备注"],
          [1, "王一", "男", "20190305", "居民身份证", makeResidentId({ birthDate: "20190305", sex: "男", seq: 1 }), "汉族", "非农业户口", "2022-09-01", "12345", "插班"],
        ]),
      ],
      { profile, today: TODAY },
    );
    const r = check.results[0];
    expect(r.template?.id).toBe("new-entrant");
    // 邮政编码 is no entrant column, but a known field: its 5 digits are an error in J
    expect(r.issues.find((i) => i.column === "J")).toMatchObject({ header: "邮政编码", severity: "error" });
    // 入园日期 and 备注 are the roster's own columns: named once, never checked, never touched
    expect(r.issues.filter((i) => i.code === "header/extra").map((i) => i.params?.header)).toEqual(["序号", "入园日期", "备注"]);
  });

  it("fixes what a text export writes — 'digits, a TAB before numbers, NULL — and says a NULL in a required column is empty", () => {
    const check = checkWorkbook(
      [
        sheet("Sheet1", [
          ["姓名", "性别", "出生日期", "身份证件类型", "身份证件号码", ""],
          ["王一", "男", "20190305", "居民身份证", `'${makeResidentId({ birthDate: "20190305", sex: "男", seq: 5 })}`, ""],
          ["王二", "NULL", "20190611", "居民身份证", `\t${makeResidentId({ birthDate: "20190611", sex: "女", seq: 6 })}`, ""],
        ]),
      ],
      { profile, today: TODAY },
    );
    const r = check.results[0];
    expect(r.template?.id).toBe("new-entrant");
    const at = (row: number) => r.issues.filter((i) => i.row === row).map((i) => `${i.column}:${i.code}`);
    expect(at(2)).toEqual(["E:fix/apostrophe"]);
    expect(at(3)).toEqual(expect.arrayContaining(["B:fix/null-word", "B:cell/required", "E:fix/whitespace"]));
    // the trailing empty header cell is no column
    expect(r.issues.filter((i) => i.code.startsWith("header/"))).toEqual([]);
  });

  it("reads date numbers of a 1904-system workbook (old Mac Excel) as the dates Excel shows", () => {
    const id = makeResidentId({ birthDate: "20190305", sex: "男", seq: 7 });
    const table: SheetTable = { ...sheet("S", [["姓名", "性别", "出生日期", "身份证件类型", "身份证件号码"], ["王一", "男", 43529 - 1462, "居民身份证", id]]), date1904: true };
    const r = checkWorkbook([table], { profile, today: TODAY }).results[0];
    expect(r.issues.map((i) => [i.code, i.fix])).toEqual([["fix/date-serial", "20190305"]]);
  });
});

