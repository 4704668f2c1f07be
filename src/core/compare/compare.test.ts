import { generateRosterPair, registerRows, teacherRosterRows } from "../../samples/rosters";
import { compareRosters } from "./compare";
import { profile, sideOf } from "./test-sides";

const pair = generateRosterPair({ count: 480, schoolYear: 2025 });
const { planted } = pair;
const before = sideOf("before", registerRows(pair.before));
const after = sideOf("after", registerRows(pair.after));
const report = compareRosters(before, after, profile);
const names = (rows: { row: { name: string } }[]) => rows.map((r) => r.row.name);

describe("compareRosters on two register exports a school year apart", () => {
  it("reads both sides through the engine, every row", () => {
    expect(before.rows).toHaveLength(pair.before.length);
    expect(after.rows).toHaveLength(pair.after.length);
    expect(before.columns).toMatchObject({ idNumber: true, registerNumber: true, grade: true, className: true });
  });

  it("infers the span from the students: across one school year", () => {
    expect(report.span).toMatchObject({ years: 1, from: "inferred" });
    expect(report.span.nextGrade).toBeGreaterThan(300);
  });

  it("accounts for every row once: matched, only before or only after", () => {
    const t = report.totals;
    expect(t.matched + t.onlyBefore).toBe(pair.before.length);
    expect(t.matched + t.onlyAfter).toBe(pair.after.length);
  });

  it("lists the leavers, compulsory follow-ups first, then the graduating grade", () => {
    const followUps = report.onlyBefore.filter((l) => l.followUp);
    expect(names(followUps).sort()).toEqual(planted.leavers.map((s) => s.name).sort());
    expect(report.totals.followUps).toBe(planted.leavers.length);
    // grouped by grade and class: 二年级 before 三年级 before 四年级
    expect(followUps.map((l) => l.row.grade)).toEqual(["二年级", "三年级", "四年级"]);
    const graduates = report.onlyBefore.filter((l) => l.finalGrade);
    expect(graduates).toHaveLength(planted.graduates);
    expect(report.onlyBefore.slice(0, followUps.length)).toEqual(followUps);
    // the namesakes are on both lists but could not be told apart: they stay here, said so
    const namesakes = report.onlyBefore.filter((l) => l.note === "ambiguous-name");
    expect(namesakes.map((l) => [l.row.name, l.row.birthDate])).toEqual([
      [planted.namesakes.name, planted.namesakes.birthDate],
      [planted.namesakes.name, planted.namesakes.birthDate],
    ]);
    expect(report.onlyBefore).toHaveLength(planted.leavers.length + planted.graduates + 2);
  });

  it("lists the arrivals, the transfer above the entry grade without 学籍号 first", () => {
    expect(report.onlyAfter[0]).toMatchObject({ transferWithoutRegister: true, row: { name: planted.transferNoRegister.name, grade: "三年级" } });
    expect(report.onlyAfter.filter((a) => a.transferWithoutRegister)).toHaveLength(1);
    expect(names(report.onlyAfter)).toContain(planted.transferWithRegister.name);
    const entrants = report.onlyAfter.filter((a) => a.row.grade === "一年级");
    expect(entrants).toHaveLength(planted.entrants);
    expect(report.onlyAfter.find((a) => a.note === "duplicate-id")?.row.name).toBe(planted.duplicateIdOf);
    expect(report.onlyAfter).toHaveLength(planted.entrants + 2 + 1 + 2);
  });

  it("lists every key-field change with before and after, and how the student was matched", () => {
    const got = report.keyFieldChanges.map((c) => ({ name: c.pair.before.name, field: c.field, before: c.before, after: c.after }));
    expect(got).toEqual(expect.arrayContaining(planted.keyChanges));
    expect(got).toHaveLength(planted.keyChanges.length);
    const idChange = report.keyFieldChanges.find((c) => c.field === "idNumber")!;
    expect(idChange.pair.method).toBe("nameSexBirth");
    expect(report.keyFieldChanges.filter((c) => c.field !== "idNumber").every((c) => c.pair.method === "idNumber")).toBe(true);
  });

  it("matches the students without an ID, and each twin to themselves, by 姓名+性别+出生日期", () => {
    expect(report.totals.matchedByName).toBe(planted.noId.length + 2 + 1);
    expect(report.onlyBefore.map((l) => l.row.name)).not.toEqual(expect.arrayContaining([...planted.noId, ...planted.twins, ...planted.twinsNoId]));
  });

  it("finds the grade that did not move up, the one that moved two, and the class move", () => {
    const anomalies = report.gradeChanges.map((g) => [g.pair.before.name, g.kind, g.step, g.compulsory]);
    expect(anomalies).toEqual(
      expect.arrayContaining([
        [planted.heldBack, "held-back", 0, true],
        [planted.skipped, "skipped", 2, true],
        [planted.classMove, "class-move", 1, true],
      ]),
    );
    expect(report.totals.gradeAnomalies).toBe(2);
    expect(report.totals.classMoves).toBe(1);
  });

  it("counts students per school, grade and class on both lists", () => {
    const { schools, grades, classes } = report.counts;
    expect(schools).toEqual([expect.objectContaining({ school: "3401000123", before: pair.before.length, after: pair.after.length })]);
    const sixth = grades.find((g) => g.grade === "六年级")!;
    expect(sixth.before).toBe(planted.graduates);
    // grade 5 moved up, with the planted repeat of one ID
    expect(sixth.after).toBe(grades.find((g) => g.grade === "五年级")!.before + 1);
    expect(grades.find((g) => g.grade === "一年级")!.after).toBe(planted.entrants);
    expect(classes.reduce((n, c) => n + c.before, 0)).toBe(pair.before.length);
    expect(classes.map((c) => `${c.grade}${c.className}`).slice(0, 3)).toEqual(["一年级1班", "一年级2班", "二年级1班"]);
  });
});

describe("compareRosters within a school year, against a class teacher's roster without IDs", () => {
  // this term's register against the teacher's list of the same term: 姓名, 性别, 出生日期, 年级, 班级 only
  const teacher = sideOf("after", teacherRosterRows(pair.after.filter((s) => s.name !== planted.transferNoRegister.name)));
  const r = compareRosters(after, teacher, profile);

  it("reads the roster without an ID column and matches everyone it can by 姓名+性别+出生日期", () => {
    expect(teacher.columns).toMatchObject({ idNumber: false, sex: true, birthDate: true });
    expect(r.totals.matchedById).toBe(0);
    expect(r.span).toMatchObject({ years: 0, from: "inferred" });
    expect(r.gradeChanges).toEqual([]);
    expect(r.keyFieldChanges).toEqual([]);
  });

  it("shows who is on the register but not in class", () => {
    expect(r.onlyBefore.filter((l) => !l.note).map((l) => l.row.name)).toEqual([planted.transferNoRegister.name]);
  });

  it("does not flag arrivals without 学籍号 when the later list has no 学籍号 column at all", () => {
    expect(r.onlyAfter.some((a) => a.transferWithoutRegister)).toBe(false);
  });

  it("takes a span the user gives over the inferred one", () => {
    expect(compareRosters(before, after, profile, { schoolYears: 0 }).span).toMatchObject({ years: 0, from: "given" });
  });
});
