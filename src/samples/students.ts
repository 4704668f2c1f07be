import { gradeLabel, parseGrade } from "../core/grade";
import { makeResidentId } from "../core/validators/test-ids";
import { dayBetween, makeName, makePhone, REGIONS } from "./people";
import { Rng } from "./rng";

/** One synthetic student: template field key → the value a careful registrar would type. */
export type Student = Record<string, string>;

export interface StudentOptions {
  count: number;
  seed?: number;
  /** the autumn the school year starts, e.g. 2025 */
  schoolYear: number;
  /** grades to spread the students over (1–12); default [1] */
  grades?: number[];
  /** students per class before the next class starts */
  classSize?: number;
  schoolCode?: string;
}

const ETHNICITIES = ["汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "回族", "满族", "壮族"];

export function gradeName(grade: number): string {
  return gradeLabel(grade);
}

/**
 * Students whose fields agree with each other: the ID's birth date, region and sex match the columns,
 * the birth date fits the grade under an 08-31 cut-off, 入学年月 is the September the stage began.
 */
export function generateStudents(opts: StudentOptions): Student[] {
  const rng = new Rng(opts.seed ?? 20250901);
  const grades = opts.grades ?? [1];
  const classSize = opts.classSize ?? 40;
  const perGrade = Math.ceil(opts.count / grades.length);
  const out: Student[] = [];
  const ids = new IdMaker();
  for (let i = 0; i < opts.count; i++) {
    const grade = grades[Math.min(grades.length - 1, Math.floor(i / perGrade))];
    const inGrade = i - grades.indexOf(grade) * perGrade;
    out.push(makeStudent(rng, ids, i, grade, 1 + Math.floor(inGrade / classSize), opts));
  }
  return out;
}

/** Unique IDs: the sequence number counts up per region and birth date, its parity carrying sex. */
class IdMaker {
  private readonly used = new Map<string, number>();

  make(region: string, birthDate: string, sex: "男" | "女"): string {
    const key = region + birthDate;
    const n = this.used.get(key) ?? 0;
    this.used.set(key, n + 1);
    return makeResidentId({ region, birthDate, sex, seq: 10 + n * 2 });
  }
}

function makeStudent(rng: Rng, ids: IdMaker, index: number, grade: number, classNo: number, opts: StudentOptions): Student {
  const stage = parseGrade(gradeName(grade), "6-3")!;
  const stageFirst = stage.stage === "primary" ? 1 : stage.stage === "junior" ? 7 : 10;
  // six by 08-31 of the grade-1 year: born between 09-01 seven years earlier and 08-31 six years earlier
  const grade1Year = opts.schoolYear - (grade - 1);
  const birthDate = dayBetween(rng, `${grade1Year - 7}0901`, `${grade1Year - 6}0831`);
  const region = rng.pick(REGIONS);
  const sex = rng.chance(0.5) ? "男" : "女";
  const surname = makeName(rng).slice(0, 1);
  const idNumber = ids.make(region.code, birthDate, sex);
  const fatherBirth = dayBetween(rng, "19800101", "19901231");
  const motherBirth = dayBetween(rng, "19820101", "19921231");
  const address = `${region.place}幸福路${rng.int(1, 300)}号`;
  const phone = makePhone(rng);
  return {
    continuationId: `JX${opts.schoolYear}${String(index + 1).padStart(6, "0")}`,
    schoolCode: opts.schoolCode ?? "3401000123",
    registerNumber: `G${idNumber}`,
    name: surname + makeName(rng, ""),
    sex,
    birthDate,
    idType: "居民身份证",
    idNumber,
    birthPlace: `${region.code}000000`,
    nativePlace: region.place,
    ethnicity: rng.pick(ETHNICITIES),
    nationality: "中国",
    hmtOverseas: "否",
    householdType: rng.chance(0.7) ? "非农业户口" : "农业户口",
    householdRegion: `${region.code}000000`,
    currentAddress: address,
    mailingAddress: address,
    homeAddress: address,
    onlyChild: rng.chance(0.4) ? "是" : "否",
    leftBehind: "非留守儿童",
    migrantChild: "否",
    orphan: "否",
    martyrChild: "否",
    health: "健康或良好",
    politicalStatus: "群众",
    grade: gradeName(grade),
    className: `${classNo}班`,
    entryYearMonth: `${opts.schoolYear - (grade - stageFirst)}09`,
    entryMode: "就近入学",
    studyMode: "走读",
    phone,
    postcode: region.postcode,
    preschool: "是",
    disability: "无残疾",
    govDegree: "否",
    needsAid: "否",
    oneSubsidy: "否",
    distance: String(rng.int(1, 8)),
    transport: "步行",
    schoolBus: "否",
    studentSource: "正常入学",
    classSerial: String(index + 1),
    inclusive: "非随班就读",
    bloodType: "未知血型",
    "member1.name": surname + makeName(rng, ""),
    "member1.relation": "父亲",
    "member1.ethnicity": "汉族",
    "member1.address": address,
    "member1.householdRegion": `${region.code}000000`,
    "member1.phone": phone,
    "member1.guardian": "是",
    "member1.idType": "居民身份证",
    "member1.idNumber": ids.make(region.code, fatherBirth, "男"),
    "member2.name": makeName(rng),
    "member2.relation": "母亲",
    "member2.ethnicity": "汉族",
    "member2.address": address,
    "member2.householdRegion": `${region.code}000000`,
    "member2.phone": makePhone(rng),
    "member2.guardian": "是",
    "member2.idType": "居民身份证",
    "member2.idNumber": ids.make(region.code, motherBirth, "女"),
    graduationResult: "毕业",
    certificateNumber: `BY${opts.schoolYear}${String(index + 1).padStart(6, "0")}`,
    graduationYearMonth: `${opts.schoolYear}07`,
  };
}
