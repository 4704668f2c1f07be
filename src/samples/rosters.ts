import type { RawCell } from "../core/model/table";
import type { Template } from "../core/model/template";
import { catalogueColumn } from "../core/templates/catalogue";
import { getTemplate } from "../core/templates";
import { makeResidentId } from "../core/validators/test-ids";
import { gradeName, generateStudents, type Student } from "./students";
import { templateRows } from "./template-rows";

/**
 * Two registers of one primary school a school year apart (autumn `schoolYear` and the next autumn), for
 * comparing rosters (人籍核对). Everyone moves up a grade, grade 6 leaves (graduated), a new grade 1 comes
 * in — and the differences a registrar must find are planted where the tests know them. All names and IDs
 * are synthetic (computed check characters, sequence numbers 700 and up for the planted ones).
 */
export interface RosterPairOptions {
  /** students on the earlier list, spread over grades 1–6 (at least 240: two classes a grade) */
  count: number;
  schoolYear: number;
  seed?: number;
}

/** Who was planted, by name (names are unique among the planted) and ID. */
export interface PlantedRoster {
  /** removed from the later list, in compulsory grades not graduating: the 控辍保学 follow-ups */
  leavers: Student[];
  /** grade 6 of the earlier list, gone a year later: graduated */
  graduates: number;
  /** new grade-1 students on the later list */
  entrants: number;
  /** transferred into grade 3 with no 学籍号 (flagged), and into grade 4 with one (not flagged) */
  transferNoRegister: Student;
  transferWithRegister: Student;
  /** key-field changes: [student as before, field, before, after] */
  keyChanges: { name: string; field: "name" | "birthDate" | "idNumber" | "registerNumber"; before: string; after: string }[];
  /** the student whose ID changed: found by 姓名+性别+出生日期 */
  idChanged: string;
  /** grade not moved up (held back) and moved up two (skipped) */
  heldBack: string;
  skipped: string;
  /** moved up as expected, into another class */
  classMove: string;
  /** no ID on either list (身份证件类型 其他): matched by 姓名+性别+出生日期 */
  noId: string[];
  /** twins: same birth date, sex and surname, different names; one pair with IDs, one pair without */
  twins: [string, string];
  twinsNoId: [string, string];
  /** two different children, no ID, same 姓名+性别+出生日期, on both lists: never paired by guess */
  namesakes: { name: string; birthDate: string };
  /** the later list repeats one student's ID in another class */
  duplicateIdOf: string;
}

export interface RosterPair {
  before: Student[];
  after: Student[];
  planted: PlantedRoster;
}

const SCHOOL = "3401000123";

/** A planted student's own synthetic ID (sequence 700 + n, far above the generator's), with 学籍号 G + ID. */
function reId(s: Student, n: number): Student {
  const idNumber = makeResidentId({ region: s.idNumber.slice(0, 6), birthDate: s.birthDate, sex: s.sex as "男" | "女", seq: 700 + 2 * n });
  return { ...s, idNumber, registerNumber: `G${idNumber}` };
}

function noId(s: Student): Student {
  return { ...s, idType: "其他", idNumber: "", registerNumber: "" };
}

/** The same student a school year later: one grade up (entry month and class as they were). */
function promoted(s: Student, by = 1): Student {
  const grade = Number(GRADE_OF.get(s.grade)) + by;
  return { ...s, grade: gradeName(grade) };
}

const GRADE_OF = new Map(Array.from({ length: 12 }, (_, i) => [gradeName(i + 1), i + 1] as const));

export function generateRosterPair(opts: RosterPairOptions): RosterPair {
  const base = generateStudents({ count: opts.count, seed: opts.seed, schoolYear: opts.schoolYear, grades: [1, 2, 3, 4, 5, 6], schoolCode: SCHOOL });
  const perGrade = Math.ceil(opts.count / 6);
  if (perGrade < 80) throw new Error("generateRosterPair: needs at least 480 students (two classes a grade)");
  const classSize = 40;
  // the i-th student of grade g, and where the planted ones are taken from (never the last of a class)
  const at = (g: number, i: number) => (g - 1) * perGrade + i;
  let n = 0;
  const plantedId = (s: Student) => reId(s, n++);

  const before = base.slice();
  // twins: the second twin takes the first's surname, birth date and sex, and an ID next to hers
  const twin = (first: number, second: number, withId: boolean) => {
    const a = before[first];
    let b: Student = { ...before[second], name: a.name[0] + (a.name.slice(1) === "思远" ? "思齐" : "思远"), birthDate: a.birthDate, sex: a.sex, className: a.className, grade: a.grade };
    b = plantedId(b);
    if (!withId) {
      before[first] = noId(a);
      b = noId(b);
    }
    before[second] = b;
    return [before[first].name, b.name] as [string, string];
  };
  const twins = twin(at(2, 5), at(2, 6), true);
  const twinsNoId = twin(at(3, 5), at(3, 6), false);
  // namesakes: two children of one name, sex and birthday, neither with an ID
  before[at(4, 10)] = noId({ ...before[at(4, 10)], name: "王小明", sex: "男", birthDate: `${opts.schoolYear - 10}0315` });
  before[at(4, 50)] = noId({ ...before[at(4, 50)], name: "王小明", sex: "男", birthDate: `${opts.schoolYear - 10}0315` });
  const noIds = [at(1, 20), at(5, 20)].map((i) => (before[i] = noId(before[i])).name);

  const after: Student[] = [];
  const leavers = [at(2, 30), at(3, 31), at(4, 32)].map((i) => before[i]);
  const leaving = new Set(leavers);
  const keyChanges: PlantedRoster["keyChanges"] = [];
  const change = new Map<Student, (s: Student) => Student>();
  const rename = before[at(1, 40)];
  change.set(rename, (s) => {
    keyChanges.push({ name: rename.name, field: "name", before: s.name, after: `${s.name[0]}新名` });
    return { ...promoted(s), name: `${s.name[0]}新名` };
  });
  const redate = before[at(2, 41)];
  change.set(redate, (s) => {
    const d = `${s.birthDate.slice(0, 6)}${s.birthDate.slice(6) === "01" ? "02" : "01"}`;
    keyChanges.push({ name: redate.name, field: "birthDate", before: s.birthDate, after: d });
    return { ...promoted(s), birthDate: d };
  });
  const idChanged = before[at(3, 42)];
  change.set(idChanged, (s) => {
    const t = plantedId(s);
    keyChanges.push({ name: s.name, field: "idNumber", before: s.idNumber, after: t.idNumber });
    return { ...promoted(t), registerNumber: s.registerNumber };
  });
  const renumbered = before[at(4, 43)];
  change.set(renumbered, (s) => {
    const other = plantedId(s).idNumber;
    keyChanges.push({ name: s.name, field: "registerNumber", before: s.registerNumber, after: `G${other}` });
    return { ...promoted(s), registerNumber: `G${other}` };
  });
  const heldBack = before[at(3, 44)];
  change.set(heldBack, (s) => promoted(s, 0));
  const skipped = before[at(2, 45)];
  change.set(skipped, (s) => promoted(s, 2));
  const classMove = before[at(4, 46)];
  change.set(classMove, (s) => ({ ...promoted(s), className: s.className === "1班" ? "2班" : "1班" }));
  const duplicated = before[at(5, 47)];

  let graduates = 0;
  for (const s of before) {
    if (s.grade === gradeName(6)) {
      graduates++;
      continue;
    }
    if (leaving.has(s)) continue;
    const changed = change.get(s);
    after.push(changed ? changed(s) : promoted(s));
    if (s === duplicated) after.push({ ...promoted(s), className: s.className === "1班" ? "2班" : "1班" });
  }

  // this autumn's grade 1, and two transfers in (their own IDs, so no earlier child is met again)
  const entrants = generateStudents({ count: perGrade, seed: (opts.seed ?? 1) + 1, schoolYear: opts.schoolYear + 1, grades: [1], schoolCode: SCHOOL, classSize });
  const transferNoRegister = { ...plantedId(generateStudents({ count: 1, seed: 77, schoolYear: opts.schoolYear + 1, grades: [3], schoolCode: SCHOOL })[0]), registerNumber: "", name: "赵转入" };
  const transferWithRegister = { ...plantedId(generateStudents({ count: 1, seed: 78, schoolYear: opts.schoolYear + 1, grades: [4], schoolCode: SCHOOL })[0]), name: "钱转入" };
  after.unshift(...entrants);
  after.push(transferNoRegister, transferWithRegister);

  return {
    before,
    after,
    planted: {
      leavers,
      graduates,
      entrants: entrants.length,
      transferNoRegister,
      transferWithRegister,
      keyChanges,
      idChanged: idChanged.name,
      heldBack: heldBack.name,
      skipped: skipped.name,
      classMove: classMove.name,
      noId: noIds,
      twins,
      twinsNoId,
      namesakes: { name: "王小明", birthDate: `${opts.schoolYear - 10}0315` },
      duplicateIdOf: duplicated.name,
    },
  };
}

/** The register export: the national layout with 学籍接续标识 (TEMPLATES.md §1.3) and the 学籍号 column after it. */
export const REGISTER_EXPORT: Template = (() => {
  const t = getTemplate("national-continuation")!;
  return { ...t, columns: [...t.columns, catalogueColumn("registerNumber")!] };
})();

/** A class teacher's roster: just who the children are and where they sit, no ID numbers. */
export const TEACHER_ROSTER_HEADERS = ["姓名", "性别", "出生日期", "年级", "班级"] as const;

export function registerRows(students: readonly Student[]): RawCell[][] {
  return templateRows(REGISTER_EXPORT, students);
}

export function teacherRosterRows(students: readonly Student[]): RawCell[][] {
  return [[...TEACHER_ROSTER_HEADERS], ...students.map((s) => [s.name, s.sex, s.birthDate, s.grade, s.className])];
}
