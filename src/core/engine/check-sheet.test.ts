import { catalogue } from "../messages";
import type { RawCell, SheetTable } from "../model/table";
import { cleanedRow } from "../model/report";
import { getProfile } from "../profiles";
import { makeResidentId } from "../validators/test-ids";
import { fieldKinds } from "../fields";
import { checkSheet } from "./check-sheet";
import { checkWorkbook } from "./check-workbook";

const profile = getProfile("national")!;
const TODAY = "20251124";

/** A 5-column new-entrant list under a title row, as a class teacher would send it. */
function newEntrantSheet(rows: RawCell[][]): SheetTable {
  return {
    sheet: "新生名单",
    rows: [["2025年一年级新生名单（测试小学）"], ["姓名", "性别", "出生日期", "身份证件类型", "身份证件号码"], ...rows],
  };
}

const ok1 = makeResidentId({ birthDate: "20190305", sex: "男", seq: 11 });
const ok2 = makeResidentId({ birthDate: "20190611", sex: "女", seq: 22 });

describe("checkSheet", () => {
  it("finds the header under a title row and places every issue by sheet row, column letter and header", () => {
    const result = checkSheet(
      newEntrantSheet([
        ["张小明", "男", "20190305", "居民身份证", ok1],
        ["李小红", "女", "2019-06-12", "居民身份证", ok2],
      ]),
      { profile, today: TODAY },
    );
    expect(result.template?.id).toBe("new-entrant");
    expect(result.layout?.headerRow).toBe(2);
    expect(result.dataRows).toBe(2);
    // row 4: the typed date is reformatted (a fix) and then disagrees with the ID (an error)
    const fix = result.issues.find((i) => i.code === "fix/date-format");
    expect(fix).toMatchObject({ row: 4, column: "C", header: "出生日期", value: "2019-06-12", fix: "20190612" });
    const mismatch = result.issues.find((i) => i.code === "id/birthdate-mismatch");
    expect(mismatch).toMatchObject({ row: 4, column: "E", header: "身份证件号码", severity: "error" });
    expect(result.issues.filter((i) => i.row === 3)).toEqual([]);
  });

  it("accounts for every non-blank input row exactly once, cleaned or rejected with its reasons", () => {
    const result = checkSheet(
      newEntrantSheet([
        ["张小明", "男", "20190305", "居民身份证", ok1],
        [null, null, null, null, null],
        ["王小五", "男", "20190305", "居民身份证", 110105201903050000],
        ["", "", "", "", ""],
        ["赵小六", "女", "20190611", "居民身份证", ok2],
      ]),
      { profile, today: TODAY, students: true },
    );
    expect(result.dataRows).toBe(3);
    expect(result.cleaned.sourceRows).toEqual([3, 7]);
    expect(result.rejected.map((r) => r.sourceRow)).toEqual([5]);
    expect(result.rejected[0].codes).toContain("id/stored-as-number");
    expect(result.rejected[0].cells[4]).toBe(110105201903050000);
    const all = [...result.cleaned.sourceRows, ...result.rejected.map((r) => r.sourceRow)].sort();
    expect(all).toEqual(result.students!.map((s) => s.row).sort());
  });

  it("lists who each row is only when asked (the county audit asks; a single school's check does not need it)", () => {
    const sheet = newEntrantSheet([["张小明", "男", "20190305", "居民身份证", ok1]]);
    expect(checkSheet(sheet, { profile, today: TODAY }).students).toBeUndefined();
    expect(checkSheet(sheet, { profile, today: TODAY, students: true }).students).toEqual([
      expect.objectContaining({ row: 3, name: "张小明", idNumber: ok1, birthDate: "20190305" }),
    ]);
  });

  it("writes cleaned rows in the template's column order with fixes applied, whatever the sheet's order", () => {
    const table: SheetTable = {
      sheet: "S",
      rows: [
        ["身份证件号码", "姓名", "出生日期", "性别", "身份证件类型"],
        [ok1.toLowerCase(), " 张小明 ", "2019/3/5", "男", "身份证"],
      ],
    };
    const result = checkSheet(table, { profile, today: TODAY });
    expect(result.cleaned.headers).toEqual(["姓名", "性别", "出生日期", "身份证件类型", "身份证件号码"]);
    expect(cleanedRow(result.cleaned, 0)).toEqual(["张小明", "男", "20190305", "居民身份证", ok1]);
    expect(result.counts.errors).toBe(0);
    expect(result.counts.fixes).toBeGreaterThanOrEqual(3);
  });

  it("flags a duplicate ID on every occurrence and keeps both rows out of the cleaned sheet", () => {
    const result = checkSheet(
      newEntrantSheet([
        ["张小明", "男", "20190305", "居民身份证", ok1],
        ["张小明", "男", "20190305", "居民身份证", ok1],
      ]),
      { profile, today: TODAY },
    );
    const dups = result.issues.filter((i) => i.code === "table/duplicate-id");
    expect(dups.map((d) => d.row).sort()).toEqual([3, 4]);
    expect(dups.find((d) => d.row === 3)?.related).toEqual([expect.objectContaining({ row: 4 })]);
    expect(result.counts.duplicateIds).toBe(2);
    expect(result.cleaned.sourceRows).toHaveLength(0);
    expect(result.cleaned.cells).toHaveLength(0);
    expect(result.rejected).toHaveLength(2);
  });

  it("names the closest template and what it lacks when a sheet is no template", () => {
    const result = checkSheet(
      { sheet: "课程表", rows: [["星期一", "星期二", "星期三"], ["语文", "数学", "英语"]] },
      { profile, today: TODAY },
    );
    expect(result.template).toBeNull();
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.issues.every((i) => i.severity === "error" && i.row === undefined)).toBe(true);
  });

  it("reports a required cell left empty with its place", () => {
    const result = checkSheet(newEntrantSheet([["", "男", "20190305", "居民身份证", ok1]]), { profile, today: TODAY });
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "cell/required", row: 3, column: "A", header: "姓名" }));
  });

  it("requires the ID number unless the ID type is 其他, saying which field decides", () => {
    const result = checkSheet(
      newEntrantSheet([
        ["张小明", "男", "20190305", "居民身份证", ""],
        ["李小红", "女", "20190611", "其他", ""],
      ]),
      { profile, today: TODAY },
    );
    const required = result.issues.filter((i) => i.code.startsWith("cell/required"));
    expect(required).toEqual([
      expect.objectContaining({
        code: "cell/required-when",
        row: 3,
        column: "E",
        params: { other: "身份证件类型", otherValue: "居民身份证" },
      }),
    ]);
  });

  it("honours the sheet's origin when the door read a used range not starting at A1", () => {
    const result = checkSheet(
      {
        sheet: "S",
        origin: { row: 4, col: 2 },
        rows: [
          ["姓名", "性别", "出生日期", "身份证件类型", "身份证件号码"],
          ["张小明", "女", "20190305", "居民身份证", ok1],
        ],
      },
      { profile, today: TODAY },
    );
    expect(result.layout?.headerRow).toBe(5);
    expect(result.issues.find((i) => i.code === "id/sex-mismatch")).toMatchObject({ row: 6, column: "G" });
  });

  it("emits only codes that the message catalogue knows", () => {
    const result = checkSheet(
      newEntrantSheet([
        ["Tom李", "未知", "20300101", "居民身份证", "123"],
        ["李小红", "女", "20190611", "护照", "E1234567"],
        ["王小五", "男", 43531, "其他", ""],
        ["张小明", "男", "2019-3-5", "居民身份证", ok1],
        ["张小明", "男", "2019-3-5", "居民身份证", ok1],
      ]),
      { profile, today: TODAY },
    );
    expect(result.issues.length).toBeGreaterThan(4);
    for (const issue of result.issues) expect(catalogue).toHaveProperty([issue.code]);
  });
});

describe("checkWorkbook", () => {
  it("checks the template sheet and passes over helper sheets", () => {
    const { results, skipped } = checkWorkbook(
      [
        { sheet: "字典", rows: [["民族"], ["汉族"], ["回族"]] },
        newEntrantSheet([["张小明", "男", "20190305", "居民身份证", ok1]]),
        { sheet: "空表", rows: [] },
      ],
      { profile, today: TODAY },
    );
    expect(results.map((r) => r.sheet)).toEqual(["新生名单"]);
    expect(skipped).toEqual([
      { sheet: "字典", reason: "not-a-template" },
      { sheet: "空表", reason: "empty" },
    ]);
  });

  it("says why when no sheet is a template", () => {
    const { results } = checkWorkbook([{ sheet: "说明", rows: [["请按模板填写"]] }], { profile, today: TODAY });
    expect(results).toHaveLength(1);
    expect(results[0].template).toBeNull();
    expect(results[0].counts.errors).toBeGreaterThan(0);
  });
});

describe("numbers and classes", () => {
  it("generates no register numbers and counts no classes for the new-entrant list", () => {
    const result = checkSheet(newEntrantSheet([["张小明", "男", "20190305", "居民身份证", ok1]]), { profile, today: TODAY });
    expect(result.numbers).toEqual([]);
    expect(result.classes).toEqual([]);
  });
});

describe("cells that repeat down a column", () => {
  const ids = Array.from({ length: 6 }, (_, i) => makeResidentId({ birthDate: "20190305", sex: i % 2 ? "女" : "男", seq: 100 + i }));

  it("reports a repeated cell's fix and finding on every row that holds it", () => {
    const result = checkSheet(
      newEntrantSheet([
        ["张一", "1", "2019-03-05", "居民身份证", ids[0]],
        ["张二", "2", "2019-03-05", "居民身份证", ids[1]],
        ["张三", "1", "2019-02-30", "居民身份证", ids[2]],
        ["张四", "2", "2019-02-30", "居民身份证", ids[3]],
      ]),
      { profile, today: TODAY },
    );
    const places = (code: string) => result.issues.filter((i) => i.code === code).map((i) => [i.row, i.column, i.value]);
    expect(places("fix/code-name")).toEqual([
      [3, "B", "1"],
      [4, "B", "2"],
      [5, "B", "1"],
      [6, "B", "2"],
    ]);
    expect(places("fix/date-format")).toEqual([
      [3, "C", "2019-03-05"],
      [4, "C", "2019-03-05"],
    ]);
    expect(places("cell/date-invalid")).toEqual([
      [5, "C", "2019-02-30"],
      [6, "C", "2019-02-30"],
    ]);
    expect(result.rejected.map((r) => r.sourceRow)).toEqual([5, 6]);
  });

  it("keeps a row whose only data is in a column the template lacks, and skips rows that are blank", () => {
    const sheet = newEntrantSheet([
      ["张一", "男", "20190305", "居民身份证", ids[0], null],
      [null, "", "  ", null, null, "备注：转学"],
      [null, null, null, null, null, null],
      ["张二", "女", "20190305", "居民身份证", ids[1], null],
    ]);
    sheet.rows[1].push("备注");
    const result = checkSheet(sheet, { profile, today: TODAY, students: true });
    expect(result.students!.map((s) => s.row)).toEqual([3, 4, 6]);
    expect(result.issues.filter((i) => i.code === "cell/required" && i.row === 4).map((i) => i.column)).toContain("A");
    expect(result.rejected.map((r) => r.sourceRow)).toEqual([4]);
  });

  it("reports cells that alternate in a column too varied to memoise on exactly their own rows", () => {
    const rows: RawCell[][] = [];
    const day = new Date(Date.UTC(2010, 0, 1));
    for (let i = 0; i < 400; i++) {
      rows.push([`学生${i}`, "男", day.toISOString().slice(0, 10).replace(/-/g, ""), "其他", ""]);
      day.setUTCDate(day.getUTCDate() + 1);
    }
    const pattern = ["2019-02-30", "2019.3.5", "2019-02-30", "2019.3.5", "2019.3.5", "2018-02-30", "2019-02-30"];
    for (const d of pattern) rows.push(["学生", "男", d, "其他", ""]);
    const result = checkSheet(newEntrantSheet(rows), { profile, today: TODAY, students: true });
    const firstRow = 3 + 400;
    const rowsOf = (value: string) => pattern.flatMap((d, i) => (d === value ? [firstRow + i] : []));
    const at = (code: string) => result.issues.filter((i) => i.code === code && i.column === "C").map((i) => [i.row, i.value]);
    expect(at("cell/date-invalid")).toEqual([
      ...[...rowsOf("2019-02-30"), ...rowsOf("2018-02-30")].sort((a, b) => a - b).map((r) => [r, pattern[r - firstRow]]),
    ]);
    expect(at("fix/date-format")).toEqual(rowsOf("2019.3.5").map((r) => [r, "2019.3.5"]));
    expect(result.students!.slice(400).map((s) => s.birthDate)).toEqual(pattern.map((d) => (d === "2019.3.5" ? "20190305" : d)));
  });

  it("still normalises and checks the odd cell in name and ID columns that take the plain fast path", () => {
    // distinct names and IDs close the columns' memos; then the cells plain() must leave to normalise and check
    const rows: RawCell[][] = [];
    const day = new Date(Date.UTC(2018, 8, 1));
    const han = "赵钱孙李周吴郑王冯陈";
    for (let i = 0; i < 1000; i++) {
      const ymd = day.toISOString().slice(0, 10).replace(/-/g, "");
      rows.push([`${han[i % 10]}${han[(i / 10) % 10 | 0]}${han[(i / 100) % 10 | 0]}`, "男", ymd, "居民身份证", makeResidentId({ birthDate: ymd, sex: "男", seq: 11 })]);
      day.setUTCDate(day.getUTCDate() + 1);
    }
    const good = makeResidentId({ birthDate: "20190305", sex: "男", seq: 501 });
    const badChecksum = good.slice(0, 17) + (good[17] === "0" ? "1" : "0");
    const lowerX = Array.from({ length: 40 }, (_, k) => makeResidentId({ birthDate: "20190306", sex: "男", seq: 501 + 2 * k })).find((id) => id.endsWith("X"))!;
    rows.push(
      ["Anna Li", "男", "20190305", "居民身份证", good],
      ["张 三", "男", "20190305", "居民身份证", badChecksum],
      ["李四", "男", "20190306", "居民身份证", lowerX.toLowerCase()],
    );
    const result = checkSheet(newEntrantSheet(rows), { profile, today: TODAY, students: true });
    const first = 3 + 1000;
    const at = (code: string) => result.issues.filter((i) => i.code === code).map((i) => i.row);
    expect(at("cell/name-latin")).toEqual([first]);
    expect(at("fix/whitespace").filter((r) => r! >= first)).toEqual([first + 1]);
    expect(at("id/checksum")).toEqual([first + 1]);
    expect(at("fix/x-uppercase")).toEqual([first + 2]);
    expect(result.issues.filter((i) => i.row! < first && /^(id|cell|fix)\//.test(i.code))).toEqual([]);
    expect(result.students!.slice(1000).map((s) => [s.name, s.idNumber])).toEqual([
      ["Anna Li", good],
      ["张三", badChecksum],
      ["李四", lowerX.toLowerCase().replace(/x$/, "X")],
    ]);
  });

  it("gives a column the sheet lacks an empty value in every row, never a hole", () => {
    const result = checkSheet(
      {
        sheet: "毕业名单",
        rows: [
          ["学籍号", "姓名", "性别", "身份证件号", "年级", "毕业结论"],
          ["", "张一", "男", ids[0], "六年级", "毕业"],
          [null, null, null, null, null, null],
          ["", "张二", "女", ids[1], "六年级", "毕业"],
        ],
      },
      { profile, today: TODAY },
    );
    expect(result.template?.id).toBe("graduation");
    expect(result.cleaned.sourceRows).toEqual([2, 4]);
    const className = result.cleaned.keys.indexOf("className");
    expect(className).toBeGreaterThanOrEqual(0);
    expect(result.cleaned.cells).toHaveLength(2 * result.cleaned.keys.length);
    expect(result.cleaned.cells.every((v) => typeof v === "string")).toBe(true);
    expect(cleanedRow(result.cleaned, 1)[className]).toBe("");
  });

  it("goes on checking every cell of a column with thousands of distinct values", () => {
    // more distinct birth dates than a column's memo holds, then a bad one and a reformatted one
    const rows: RawCell[][] = [];
    const day = new Date(Date.UTC(2008, 0, 1));
    for (let i = 0; i < 5000; i++) {
      const ymd = day.toISOString().slice(0, 10).replace(/-/g, "");
      rows.push([`学生${i}`, "男", ymd, "其他", ""]);
      day.setUTCDate(day.getUTCDate() + 1);
    }
    rows.push(["学生甲", "男", "2019-02-30", "其他", ""], ["学生乙", "男", "2019.3.5", "其他", ""]);
    const result = checkSheet(newEntrantSheet(rows), { profile, today: TODAY, students: true });
    expect(result.dataRows).toBe(5002);
    const at = (code: string) => result.issues.filter((i) => i.code === code && i.column === "C").map((i) => i.row);
    expect(at("cell/date-invalid")).toEqual([5003]);
    expect(at("fix/date-format")).toEqual([5004]);
    expect(result.students![5001].birthDate).toBe("20190305");
  });
});

describe("a bug in a rule", () => {
  afterEach(() => jest.restoreAllMocks());

  it("costs neither the file nor the row: the cell is kept as found, the row is rejected with the reason", () => {
    jest.spyOn(fieldKinds.date, "normalise").mockImplementation(() => {
      throw new Error("boom");
    });
    const result = checkSheet(
      newEntrantSheet([
        ["张小明", "男", "20190305", "居民身份证", ok1],
        ["李小红", "女", "20190611", "居民身份证", ok2],
      ]),
      { profile, today: TODAY, students: true },
    );
    const internal = result.issues.filter((i) => i.code === "engine/internal-error");
    expect(internal.map((i) => [i.row, i.column, i.value, i.params?.error])).toEqual([
      [3, "C", "20190305", "boom"],
      [4, "C", "20190611", "boom"],
    ]);
    expect(result.rejected.map((r) => r.sourceRow)).toEqual([3, 4]);
    expect(result.students!.map((s) => s.birthDate)).toEqual(["20190305", "20190611"]);
  });
});
