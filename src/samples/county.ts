import type { RawCell } from "../core/model/table";
import { makeResidentId } from "../core/validators/test-ids";

/**
 * A synthetic county: every school's import sheet, with cross-school problems planted where the test
 * (or benchmark) knows them. All names are made up (张小明-style), all IDs are computed with a valid check
 * character and a synthetic sequence — no real person's data. Pure: the files are written elsewhere.
 */

export interface CountyOptions {
  schools: number;
  /** data rows per school file */
  rowsPerSchool: number;
  /** the school year the files are for (entry year of this year's grade 1), e.g. 2025 */
  schoolYear: number;
  /** students per class when nothing is planted */
  classSize?: number;
  /** plant cross-school duplicates, a 15-digit-prefix pair and over-cap classes (needs ≥ 4 schools) */
  plant?: boolean;
  seed?: number;
}

export interface SampleSchool {
  code: string;
  name: string;
  /** relative path of its file, under a town folder */
  path: string;
  /** whether the sheet carries the 学校标识码 column (otherwise the file name names the school) */
  withSchoolCode: boolean;
  sheet: string;
  /** header row, then data rows; IDs and dates as text */
  rows: RawCell[][];
}

export interface PlantedPlace {
  path: string;
  row: number;
}

export interface Planted {
  /** IDs registered by two schools, with both places */
  duplicateIds: { id: string; places: PlantedPlace[] }[];
  /** one 学籍辅号 given to two different children in two schools */
  duplicateAuxNumber: { value: string; places: PlantedPlace[] };
  /** two different children in different schools whose IDs share their first 15 digits */
  prefixTwins: [string, string];
  /** classes over the national cap (45 for primary) */
  overCapClasses: { school: string; grade: string; className: string; count: number }[];
}

export interface SampleCounty {
  schools: SampleSchool[];
  planted: Planted | null;
}

/** The newer national layout (TEMPLATES.md §1.3, 71 columns A…BS). */
export const HEADERS: readonly string[] = [
  "学籍接续标识", "学校标识码", "姓名", "性别", "出生日期", "身份证件类型", "身份证件号", "出生地行政区划代码", "民族",
  "国籍/地区", "港澳台侨外", "户口性质", "户口所在地行政区划", "现住址", "是否独生子女", "是否留守儿童",
  "是否进城务工人员随迁子女", "是否孤儿", "籍贯", "健康状况", "政治面貌", "年级", "班级号", "入学年月", "入学方式",
  "就读方式", "通信地址", "家庭地址", "联系电话", "邮政编码", "是否受过学前教育", "残疾人类型", "是否由政府购买学位",
  "是否需要申请资助", "是否享受一补", "是否烈士或优抚子女", "上下学距离", "上下学交通方式", "是否乘坐校车", "曾用名",
  "身份证件有效期", "特长", "学籍辅号", "班内学号", "学生来源", "电子信箱", "主页地址",
  ...memberHeaders(1), ...memberHeaders(2),
];

function memberHeaders(n: number): string[] {
  return ["姓名", "关系", "关系说明", "现住址", "户口所在地行政区划", "联系电话", "是否监护人", "身份证件类型", "身份证件号",
    "民族", "工作单位", "职务"].map((h) => `成员${n}${h}`);
}

const REGION = "110105";
const GRADES = ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级"];
const SURNAMES = "张王李赵刘陈杨黄周吴";
const GIVEN = ["小明", "晓红", "小刚", "子涵", "雨轩", "梓萱", "小琪", "一诺", "浩然", "欣怡"];
const TOWNS = ["城关镇", "河西乡", "东山镇", "南湖乡"];

/** Deterministic PRNG (mulberry32), so a seed gives the same county every time. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Birth date of the n-th child of a grade: spread over the 12 months ending 31 August of the birth year. */
function birthDateFor(entryYear: number, n: number): string {
  const start = Date.UTC(entryYear - 7, 8, 1); // 1 September, 7 years before entry
  const d = new Date(start + (n % 365) * 86400000);
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, "0")}${String(d.getUTCDate()).padStart(2, "0")}`;
}

interface Student {
  id: string;
  name: string;
  sex: "男" | "女";
  birthDate: string;
  grade: number;
  className: string;
  /** 学籍辅号, empty unless planted */
  auxNumber?: string;
}

/**
 * IDs are unique across the whole county by construction: child n of grade g gets birth date n mod 365
 * and sequence floor(n / 365) of that grade's county-wide counter.
 */
class IdSource {
  private next = new Map<number, number>();
  constructor(private readonly schoolYear: number) {}
  student(grade: number, sex: "男" | "女"): { id: string; birthDate: string } {
    const n = this.next.get(grade) ?? 0;
    this.next.set(grade, n + 1);
    const birthDate = birthDateFor(this.schoolYear - grade + 1, n);
    const seq = 2 * Math.floor(n / 365) + (sex === "男" ? 1 : 0);
    return { id: makeResidentId({ region: REGION, birthDate, seq: seq % 1000 }), birthDate };
  }
}

/** Build a county's schools; with `plant`, the problems in `planted` and nothing else across schools. */
export function generateCounty(opts: CountyOptions): SampleCounty {
  const rnd = random(opts.seed ?? 1);
  const ids = new IdSource(opts.schoolYear);
  const classSize = opts.classSize ?? 40;
  const schools: SampleSchool[] = [];
  const students: Student[][] = [];
  for (let s = 0; s < opts.schools; s++) {
    const list: Student[] = [];
    const perGrade = Math.ceil(opts.rowsPerSchool / GRADES.length);
    // classes of about `classSize`, filled in turn so a grade's classes stay balanced (003 (三) 3)
    const classes = Math.max(1, Math.round(perGrade / classSize));
    for (let i = 0; i < opts.rowsPerSchool; i++) {
      const grade = Math.min(GRADES.length, Math.floor(i / perGrade) + 1);
      const inGrade = i - (grade - 1) * perGrade;
      const sex = rnd() < 0.5 ? "男" : "女";
      const { id, birthDate } = ids.student(grade, sex);
      const name = SURNAMES[Math.floor(rnd() * SURNAMES.length)] + GIVEN[Math.floor(rnd() * GIVEN.length)];
      list.push({ id, name, sex, birthDate, grade, className: `${(inGrade % classes) + 1}班` });
    }
    students.push(list);
  }
  const planted = opts.plant ? plant(students) : null;
  for (let s = 0; s < opts.schools; s++) schools.push(schoolFile(s, students[s], opts.schoolYear, rnd));
  return { schools, planted: planted ? placesOf(planted, schools) : null };
}

interface PlantPlan {
  /** IDs given to a second school's child */
  duplicates: string[];
  auxNumber: string;
  prefixTwins: [string, string];
  overCap: { school: number; grade: number; className: string }[];
}

/**
 * Plant, in a county of at least 4 schools: 2 IDs each in two schools (one a transfer with a slightly
 * different name), a pair of different IDs with equal first 15 digits in schools 0 and 3, one 学籍辅号
 * given to two different children in schools 0 and 2, and grade-1 classes over the cap in schools 1
 * (46, over cap but normal band), 2 (58, 大班额) and 3 (67, 超大班额).
 */
function plant(students: Student[][]): PlantPlan {
  if (students.length < 4) throw new Error("planting needs at least 4 schools");
  const duplicates: PlantPlan["duplicates"] = [];
  for (const [from, to, i] of [[0, 1, 5], [2, 3, 7]] as const) {
    const copy = { ...students[from][i], name: students[from][i].name.replace(/小/, "晓"), className: "2班" };
    const at = students[to].findIndex((st) => st.grade === copy.grade);
    students[to].splice(at, 0, copy);
    duplicates.push(copy.id);
  }
  // a fresh pair from the grade-6 counter with the same region, birth date and first sequence digit
  const twin = (sex: "男" | "女", seq: number): Student => {
    const birthDate = "20150101";
    return { id: makeResidentId({ region: REGION, birthDate, seq }), name: "测试学生", sex, birthDate, grade: 5, className: "1班" };
  };
  const a = twin("男", 901);
  const b = twin("女", 902);
  students[0].push(a);
  students[3].push(b);

  const auxNumber = "FN2025000001";
  students[0][20].auxNumber = auxNumber;
  students[2][30].auxNumber = auxNumber;

  const overCap: PlantPlan["overCap"] = [];
  for (const [school, size] of [[1, 46], [2, 58], [3, 67]] as const) {
    const className = "9班";
    const grade1 = students[school].filter((st) => st.grade === 1).slice(0, size);
    if (grade1.length < size) throw new Error(`school ${school} has too few grade-1 rows for a class of ${size}`);
    for (const st of grade1) st.className = className;
    overCap.push({ school, grade: 1, className });
  }
  return { duplicates, auxNumber, prefixTwins: [a.id, b.id], overCap };
}

/** Where the planted things ended up, read back from the finished sheets (sheet rows are 1-based, header on row 1). */
function placesOf(plan: PlantPlan, schools: readonly SampleSchool[]): Planted {
  const column = (school: SampleSchool, header: string) => (school.rows[0] as string[]).indexOf(header);
  const placesOf = (header: string, value: string): PlantedPlace[] =>
    schools.flatMap((school) => {
      const at = column(school, header);
      return school.rows.flatMap((r, i) => (i > 0 && r[at] === value ? [{ path: school.path, row: i + 1 }] : []));
    });
  return {
    duplicateIds: plan.duplicates.map((id) => ({ id, places: placesOf("身份证件号", id) })),
    duplicateAuxNumber: { value: plan.auxNumber, places: placesOf("学籍辅号", plan.auxNumber) },
    prefixTwins: plan.prefixTwins,
    overCapClasses: plan.overCap.map((c) => {
      const school = schools[c.school];
      const [g, k] = [column(school, "年级"), column(school, "班级号")];
      const count = school.rows.filter((r) => r[g] === GRADES[c.grade - 1] && r[k] === c.className).length;
      return { school: school.withSchoolCode ? school.code : school.name, grade: GRADES[c.grade - 1], className: c.className, count };
    }),
  };
}

function schoolFile(s: number, list: readonly Student[], schoolYear: number, rnd: () => number): SampleSchool {
  const code = String(3141000001 + s);
  const town = TOWNS[s % TOWNS.length];
  const name = `${town}第${s + 1}小学`;
  // every fifth school's sheet has no 学校标识码 column: its file name says which school it is
  const withSchoolCode = s % 5 !== 4;
  const rows: RawCell[][] = [HEADERS.slice()];
  list.forEach((st, i) => rows.push(studentRow(st, code, schoolYear, i, rnd)));
  if (!withSchoolCode) for (const r of rows) r.splice(1, 1);
  return { code, name, path: `${town}/${name}.xlsx`, withSchoolCode, sheet: "学生信息", rows };
}

function studentRow(st: Student, schoolCode: string, schoolYear: number, i: number, rnd: () => number): RawCell[] {
  const entry = `${schoolYear - st.grade + 1}09`;
  const address = `测试县${st.className}路${i + 1}号`;
  const phone = `138${String(10000000 + Math.floor(rnd() * 89999999))}`;
  const region12 = `${REGION}000000`;
  const surname = st.name[0];
  // parents' IDs: unique within a sheet (birth day moves on every 450 rows), never equal to a child's
  const parentSeq = (i % 450) * 2;
  const day = String(1 + Math.floor(i / 450) % 28).padStart(2, "0");
  const father = makeResidentId({ region: REGION, birthDate: `198506${day}`, seq: parentSeq + 1 });
  const mother = makeResidentId({ region: REGION, birthDate: `198708${day}`, seq: parentSeq });
  const member = (name: string, relation: string, id: string): RawCell[] => [
    name, relation, "", address, region12, phone, "是", "居民身份证", id, "汉族", "测试单位", "",
  ];
  return [
    `JX${st.id.slice(-8)}`, schoolCode, st.name, st.sex, st.birthDate, "居民身份证", st.id, region12, "汉族",
    "中国", "否", "非农业户口", region12, address, "否", "非留守儿童",
    "否", "否", "北京市朝阳区", "健康或良好", "群众", GRADES[st.grade - 1], st.className, entry, "就近入学",
    "走读", address, address, phone, "100020", "是", "无残疾", "否",
    "否", "否", "否", "1", "步行", "否", "",
    "", "", st.auxNumber ?? "", "", "正常入学", "", "",
    ...member(`${surname}大明`, "父亲", father), ...member("测试妈妈", "母亲", mother),
  ];
}
