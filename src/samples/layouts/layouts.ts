import type { RawCell } from "../../core/model/table";
import { national2013 } from "../../core/templates/national-2013";
import { nationalContinuation } from "../../core/templates/national-continuation";
import { wrongCheckChar } from "../planted";
import { generateStudents, type Student } from "../students";
import type { FixtureSheet, LayoutFixture } from "./fixture-sheet";

/**
 * The layouts of TEMPLATES.md §8, each with synthetic pupils in the layout's own spellings, with the rows
 * its files carry above the data. `problems` plants two things a checker must handle: a name with stray
 * spaces on the second data row (fixed in place) and an ID number with a wrong check digit on the third
 * (the row is rejected).
 */

/** A column: its header as the layout writes it, and the student field (or, for the layout's own columns, a value maker). */
type Col = [header: string, value: string | ((s: Student, i: number) => RawCell)];

const ROWS = 8;

function students(seed: number, grades = [1]): Student[] {
  return generateStudents({ count: ROWS, seed, schoolYear: 2025, grades, classSize: 4 });
}

function dataRows(cols: readonly Col[], list: readonly Student[]): RawCell[][] {
  return list.map((s, i) => cols.map(([, v]) => (typeof v === "function" ? v(s, i) : (s[v] ?? ""))));
}

export interface Planted {
  sheet: string;
  /** 1-based sheet row whose name cell is fixed */
  fixedRow: number;
  fixedCol: number;
  fixedValue: string;
  /** 1-based sheet row that is rejected */
  rejectedRow: number;
}

/** Plants the two problems into a sheet's rows; returns where they are. */
function plant(sheet: FixtureSheet, dataStart: number, nameHeader: string, idHeader: string, headerRow: number): Planted {
  const headers = sheet.rows[headerRow - 1].map(String);
  const nameCol = headers.indexOf(nameHeader);
  const idCol = headers.indexOf(idHeader);
  const fixedRow = dataStart + 1;
  const name = String(sheet.rows[fixedRow - 1][nameCol]);
  sheet.rows[fixedRow - 1][nameCol] = ` ${name} `;
  const rejectedRow = dataStart + 2;
  sheet.rows[rejectedRow - 1][idCol] = wrongCheckChar(String(sheet.rows[rejectedRow - 1][idCol]));
  return { sheet: sheet.name, fixedRow, fixedCol: nameCol, fixedValue: name, rejectedRow };
}

const textColumnsOf = (cols: readonly Col[], keys: readonly string[]) => cols.flatMap(([, v], j) => (typeof v === "string" && keys.includes(v) ? [j] : []));
const TEXT_KEYS = ["idNumber", "member1.idNumber", "member2.idNumber", "birthDate", "entryYearMonth", "phone", "registerNumber", "schoolCode"];

export interface BuiltFixture {
  fixture: LayoutFixture;
  planted: Planted | null;
}

/** A KD_F importer's template (.xls): the hidden code row above the captions, KD_F00 登录帐号 in front, data from row 3. */
function kdVendor(problems: boolean): BuiltFixture {
  const cols: Col[] = [["登录帐号", (_s, i) => `u${String(i + 1).padStart(4, "0")}`], ...national2013.columns.map((c): Col => [c.header, c.key])];
  const kd = ["KD_F00", ...national2013.columns.map((c) => c.kdCode ?? "")];
  const sheet: FixtureSheet = { name: "Sheet1", rows: [kd, cols.map(([h]) => h), ...dataRows(cols, students(101))], hiddenRows: [1], widths: cols.map(() => 14) };
  const planted = problems ? plant(sheet, 3, "姓名", "身份证件号", 2) : null;
  return {
    fixture: { id: "kd-vendor", title: "平台厂商的 KD_F 导入模板（.xls，代码行在表头上方）", fileName: "学生信息导入.xls", format: "xls", templates: { Sheet1: "national-2013" }, unknownHeaders: ["登录帐号"], sheets: [sheet], dataStart: { Sheet1: 3 } },
    planted,
  };
}

/** §8 spellings of a city's enrolment system, by the 2013 header they stand for. */
const DISTRICT_SPELLINGS: Record<string, string> = {
  出生地: "出生地行政区域",
  "国籍/地区": "国籍、地区",
  户口所在地: "户口所在地行政区域",
  班级: "班号（学号）",
  入学年月: "入学年份(月)",
  现住址: "现住地址",
  学籍辅号: "学习辅号",
  电子信箱: "电子邮箱",
  上下学交通方式: "上下学方式",
  是否烈士或优抚子女: "是否烈士或扶优子女",
  成员1户口所在地: "成员1户口所在地行政区",
  成员1现住址: "成员1现住地址",
  成员1身份证件号: "成员1身份证件号码",
};

/** A district system's export (.xlsx, sheet "Worksheet"): a title, three columns of its own in front, §8 spellings, 年级 added at the end. */
function district(problems: boolean): BuiltFixture {
  const cols: Col[] = [
    ["编号", (_s, i) => i + 1],
    ["区县", () => "示例区"],
    ["就读学校", () => "示例区第一小学"],
    ...national2013.columns.map((c): Col => [DISTRICT_SPELLINGS[c.header] ?? c.header, c.key]),
    ["年级", "grade"],
  ];
  const title = ["示例区第一小学2025级新生学籍信息（导出）"];
  const sheet: FixtureSheet = {
    name: "Worksheet",
    rows: [title, cols.map(([h]) => h), ...dataRows(cols, students(202))],
    merges: ["A1:J1"],
    headerRow: 2,
    textColumns: textColumnsOf(cols, TEXT_KEYS),
    lists: [{ col: cols.findIndex(([h]) => h === "性别"), values: ["男", "女"], fromRow: 3 }],
    widths: cols.map(([h]) => Math.max(8, h.length * 2 + 2)),
  };
  const planted = problems ? plant(sheet, 3, "姓名", "身份证件号", 2) : null;
  return {
    fixture: {
      id: "district",
      title: "区县系统导出的学籍表（.xlsx，Worksheet，标题行 + 自带列）",
      fileName: "学籍信息表.xlsx",
      format: "xlsx",
      templates: { Worksheet: "national-2013" },
      unknownHeaders: ["编号", "区县", "就读学校"],
      sheets: [sheet],
      dataStart: { Worksheet: 3 },
    },
    planted,
  };
}

const LONG_DIGITS = /^\d{10,}$/;
const NULL_WHEN_EMPTY = ["formerName", "idValidity", "specialty", "auxNumber", "email", "homepage", "member1.relationNote", "member2.relationNote", "member1.employer", "member1.position", "member2.employer", "member2.position"];

/** A 2013 collection site's export: GBK tab-separated text named .xls, ' before long numbers, NULL for empty columns. */
function collection2013(problems: boolean): BuiltFixture {
  const cols: Col[] = national2013.columns.map((c): Col => [
    c.header,
    (s) => {
      const v = s[c.key] ?? "";
      if (v === "" && NULL_WHEN_EMPTY.includes(c.key)) return "NULL";
      return LONG_DIGITS.test(v) ? `'${v}` : v;
    },
  ]);
  // a text file has no sheets: its one table is named after the file
  const sheet: FixtureSheet = { name: "学生信息采集", rows: [cols.map(([h]) => h), ...dataRows(cols, students(303))] };
  let planted: Planted | null = null;
  if (problems) {
    planted = plant(sheet, 2, "姓名", "身份证件号", 1);
    // the quoted ID with a wrong check digit: wrongCheckChar saw the apostrophe as part of it; quote again
    const idCol = sheet.rows[0].indexOf("身份证件号");
    const bad = String(sheet.rows[planted.rejectedRow - 1][idCol]);
    sheet.rows[planted.rejectedRow - 1][idCol] = bad.startsWith("'") ? bad : `'${bad}`;
  }
  return {
    fixture: { id: "collection-2013", title: "2013 年采集网站导出的文本（扩展名 .xls，GBK 制表符分隔）", fileName: "学生信息采集.xls", format: "text", templates: { 学生信息采集: "national-2013" }, unknownHeaders: [], sheets: [sheet], dataStart: { 学生信息采集: 2 } },
    planted,
  };
}

/** Class teachers' workbook: one §1.3 sheet per class, a 填表说明 sheet and a hidden 代码表. */
function classSheets(problems: boolean): BuiltFixture {
  const cols: Col[] = nationalContinuation.columns.map((c): Col => [c.header, c.key]);
  const all = generateStudents({ count: 2 * ROWS, seed: 404, schoolYear: 2025, grades: [1], classSize: ROWS });
  const classSheet = (name: string, list: Student[]): FixtureSheet => ({
    name,
    rows: [cols.map(([h]) => h), ...dataRows(cols, list)],
    headerRow: 1,
    textColumns: textColumnsOf(cols, TEXT_KEYS),
    lists: [{ col: cols.findIndex(([h]) => h === "性别"), values: ["男", "女"], fromRow: 2 }],
  });
  const one = classSheet("一(1)班", all.slice(0, ROWS));
  const two = classSheet("一(2)班", all.slice(ROWS));
  const notes: FixtureSheet = { name: "填表说明", rows: [["填表说明"], ["1. 请勿修改表头和列的顺序。"], ["2. 身份证件号请以文本格式填写。"]] };
  const codes: FixtureSheet = { name: "代码表", rows: [["性别"], ["男"], ["女"]], state: "hidden" };
  const planted = problems ? plant(one, 2, "姓名", "身份证件号", 1) : null;
  return {
    fixture: {
      id: "class-sheets",
      title: "班主任按班填写的工作簿（每班一张表，另有填表说明和隐藏的代码表）",
      fileName: "一年级学籍信息.xlsx",
      format: "xlsx",
      templates: { "一(1)班": "national-continuation", "一(2)班": "national-continuation" },
      unknownHeaders: [],
      sheets: [one, two, notes, codes],
      dataStart: { "一(1)班": 2, "一(2)班": 2 },
    },
    planted,
  };
}

/** A city's graduate list (.xlsx): the title the importer checks in A1, 学籍号 / 身份证号 / 毕业学校, no 毕业结论. */
function graduates(problems: boolean): BuiltFixture {
  const cols: Col[] = [
    ["序号", (_s, i) => i + 1],
    ["学籍号", "registerNumber"],
    ["姓名", "name"],
    ["性别", "sex"],
    ["身份证号", "idNumber"],
    ["毕业学校", () => "示例区第一小学"],
    ["班级", "className"],
    ["联系电话", "phone"],
  ];
  const sheet: FixtureSheet = {
    name: "Sheet1",
    rows: [["示例区第一小学六年级毕业生信息采集表（与国网学籍信息一致）"], cols.map(([h]) => h), ...dataRows(cols, students(505, [6]))],
    merges: ["A1:H1"],
    headerRow: 2,
    textColumns: [1, 4, 7],
  };
  const planted = problems ? plant(sheet, 3, "姓名", "身份证号", 2) : null;
  return {
    fixture: { id: "graduates", title: "市里的小学毕业生信息采集表（无毕业结论列）", fileName: "六年级毕业生信息采集表.xlsx", format: "xlsx", templates: { Sheet1: "graduation" }, unknownHeaders: ["序号"], sheets: [sheet], dataStart: { Sheet1: 3 } },
    planted,
  };
}

/** A kindergarten's roster (.xlsx, 全园学生列表): the five entrant fields among thirty. */
function kindergartenRoster(problems: boolean): BuiltFixture {
  const cols: Col[] = [
    ["序号", (_s, i) => i + 1],
    ["姓名", "name"],
    ["性别", "sex"],
    ["出生日期", "birthDate"],
    ["身份证件类型", "idType"],
    ["身份证件号码", "idNumber"],
    ["国籍/地区", "nationality"],
    ["民族", "ethnicity"],
    ["港澳台侨外", "hmtOverseas"],
    ["健康状况", "health"],
    ["血型", "bloodType"],
    ["户口所在地", "householdRegion"],
    ["户口性质", "householdType"],
    ["入园日期", () => "2022-09-01"],
    ["班级", (s) => `大${s.className}`],
    ["是否独生子女", "onlyChild"],
    ["是否留守儿童", "leftBehind"],
    ["是否孤儿", "orphan"],
    ["是否残疾幼儿", () => "否"],
    ["监护人姓名", "member1.name"],
    ["监护人电话", "member1.phone"],
    ["现住址", "currentAddress"],
    ["通信地址", "mailingAddress"],
    ["家庭地址", "homeAddress"],
    ["联系电话", "phone"],
    ["邮政编码", "postcode"],
    ["电子信箱", () => ""],
    ["曾用名", () => ""],
    ["特长", () => "绘画"],
    ["备注", () => ""],
  ];
  const sheet: FixtureSheet = {
    name: "全园学生列表",
    rows: [["示例幼儿园全园学生列表"], cols.map(([h]) => h), ...dataRows(cols, students(606))],
    merges: ["A1:F1"],
    headerRow: 2,
    textColumns: [3, 5, 20, 24],
  };
  const planted = problems ? plant(sheet, 3, "姓名", "身份证件号码", 2) : null;
  return {
    fixture: {
      id: "kindergarten-roster",
      title: "幼儿园的全园学生列表（学前调档的 5 个字段在 30 列之中）",
      fileName: "全园学生列表.xlsx",
      format: "xlsx",
      templates: { 全园学生列表: "new-entrant" },
      unknownHeaders: ["序号", "入园日期", "是否残疾幼儿", "监护人姓名", "监护人电话", "备注"],
      sheets: [sheet],
      dataStart: { 全园学生列表: 3 },
    },
    planted,
  };
}

/** The 6-column 小升初 调档/录取名单 (.xlsx, Worksheet), as its system exports it. */
function juniorAdmission(problems: boolean): BuiltFixture {
  const cols: Col[] = [
    ["个人标识码", "registerNumber"],
    ["学生姓名", "name"],
    ["身份证号", "idNumber"],
    ["毕业学校标识码", () => "2134000001"],
    ["录取学校标识码", () => "2134000002"],
    ["教育阶段", () => "初中"],
  ];
  const sheet: FixtureSheet = { name: "Worksheet", rows: [cols.map(([h]) => h), ...dataRows(cols, students(707, [6]))], textColumns: [0, 2, 3, 4], headerRow: 1 };
  const planted = problems ? plant(sheet, 2, "学生姓名", "身份证号", 1) : null;
  return {
    fixture: { id: "junior-admission", title: "小升初调档/录取名单（6 列）", fileName: "录取名单.xlsx", format: "xlsx", templates: { Worksheet: "junior-admission" }, unknownHeaders: [], sheets: [sheet], dataStart: { Worksheet: 2 } },
    planted,
  };
}

/** Every layout of TEMPLATES.md §8 that has a fixture. */
export const LAYOUTS: ReadonlyArray<(problems: boolean) => BuiltFixture> = [kdVendor, district, collection2013, classSheets, graduates, kindergartenRoster, juniorAdmission];
