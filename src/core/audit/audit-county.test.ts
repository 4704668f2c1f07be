import { getProfile } from "../profiles";
import { makeResidentId } from "../validators/test-ids";
import { auditCounty } from "./audit-county";
import { renderAuditIssue } from "./messages";
import { classOf, counts, fileOf, rowOf, sheetOf } from "./test-fixtures";

const profile = getProfile("national")!;

describe("auditCounty: duplicates across files", () => {
  const shared = makeResidentId({ birthDate: "20150304", seq: 21 });
  // same first 15 digits (region + birth date + first sequence digit), different child
  const a = makeResidentId({ birthDate: "20160101", seq: 10 });
  const b = makeResidentId({ birthDate: "20160101", seq: 11 });

  const files = [
    fileOf("乡镇/一小.xlsx", "3141000001", [
      sheetOf("学生信息", [rowOf(3, { idNumber: shared, name: "张小明" }), rowOf(4, { idNumber: a, name: "李小红" })]),
    ]),
    fileOf("乡镇/二小.xlsx", "3141000002", [
      sheetOf("学生信息", [rowOf(3, { idNumber: b, name: "王小刚" }), rowOf(7, { idNumber: shared, name: "张晓明", className: "3班" })]),
    ]),
  ];

  it("lists an ID found in two schools with every place it occurs", () => {
    const report = auditCounty(files, [], profile);
    expect(report.duplicates).toEqual([
      {
        kind: "idNumber",
        value: shared,
        scope: "cross-school",
        occurrences: [
          { file: "乡镇/一小.xlsx", sheet: "学生信息", row: 3, school: "3141000001", grade: "一年级", className: "1班", name: "张小明" },
          { file: "乡镇/二小.xlsx", sheet: "学生信息", row: 7, school: "3141000002", grade: "一年级", className: "3班", name: "张晓明" },
        ],
      },
    ]);
  });

  it("does not call two IDs sharing their first 15 digits duplicates (the COUNTIF mistake)", () => {
    expect(a.slice(0, 15)).toBe(b.slice(0, 15));
    expect(a).not.toBe(b);
    const report = auditCounty(files, [], profile);
    expect(report.duplicates.map((d) => d.value)).toEqual([shared]);
  });

  it("makes each occurrence an error of its school, so neither school is ready", () => {
    const report = auditCounty(files, [], profile);
    const dup = report.issues.filter((i) => i.code === "audit/duplicate-id");
    expect(dup.map((i) => [i.file, i.row, i.school])).toEqual([
      ["乡镇/一小.xlsx", 3, "3141000001"],
      ["乡镇/二小.xlsx", 7, "3141000002"],
    ]);
    expect(dup[0].related).toEqual([{ file: "乡镇/二小.xlsx", sheet: "学生信息", row: 7 }]);
    expect(report.schools.map((s) => [s.school, s.errors, s.crossDuplicateRows, s.ready])).toEqual([
      ["3141000001", 1, 1, false],
      ["3141000002", 1, 1, false],
    ]);
    expect(renderAuditIssue(dup[0])).toContain("共出现 2 处");
    expect(renderAuditIssue(dup[0])).toContain("乡镇/二小.xlsx 第 7 行");
  });

  it("leaves a duplicate inside one sheet to the sheet's own check", () => {
    const one = fileOf("一小.xlsx", "3141000001", [
      sheetOf("学生信息", [rowOf(3, { idNumber: shared }), rowOf(4, { idNumber: shared })]),
    ]);
    expect(auditCounty([one], [], profile).duplicates).toEqual([]);
  });

  it("reports the same ID on two sheets of one school's file as a same-school duplicate", () => {
    const one = fileOf("一小.xlsx", "3141000001", [
      sheetOf("一年级", [rowOf(3, { idNumber: shared })]),
      sheetOf("二年级", [rowOf(5, { idNumber: shared, grade: "二年级" })]),
    ]);
    const [d] = auditCounty([one], [], profile).duplicates;
    expect(d.scope).toBe("same-school");
    expect(d.occurrences.map((o) => [o.sheet, o.row])).toEqual([
      ["一年级", 3],
      ["二年级", 5],
    ]);
  });

  it("finds register numbers repeated across files, and ignores empty ones", () => {
    const regno = `G${shared}`;
    const report = auditCounty(
      [
        fileOf("一小.xlsx", "S1", [sheetOf("s", [rowOf(3, { registerNumber: regno }), rowOf(4, {})])]),
        fileOf("二小.xlsx", "S2", [sheetOf("s", [rowOf(3, { registerNumber: regno }), rowOf(4, {})])]),
      ],
      [],
      profile,
    );
    expect(report.duplicates.map((d) => [d.kind, d.value, d.occurrences.length])).toEqual([["registerNumber", regno, 2]]);
    expect(report.issues.map((i) => i.code)).toEqual(["audit/duplicate-regno", "audit/duplicate-regno"]);
  });
});

describe("auditCounty: classes and schools", () => {
  it("keeps a class's engine verdict when it is in one sheet, and sums a class split over files", () => {
    const report = auditCounty(
      [
        fileOf("一小-1班.xlsx", "S1", [sheetOf("s", [], { classes: [classOf("1班", 30)] })]),
        fileOf("一小-1班补充.xlsx", "S1", [sheetOf("s", [], { classes: [classOf("1班", 28)] })]),
        fileOf("二小.xlsx", "S2", [sheetOf("s", [], { classes: [classOf("2班", 67)], counts: counts(1) })]),
      ],
      [],
      profile,
    );
    expect(report.classes.map((c) => [c.school, c.className, c.count, c.band, c.status, c.parts.length])).toEqual([
      ["S1", "1班", 58, "large", "over-cap", 2],
      ["S2", "2班", 67, "super-large", "over-cap", 1],
    ]);
    // the split class is news: one audit issue; the single-sheet one was the sheet's own error already
    expect(report.issues.map((i) => [i.code, i.school, i.params?.count])).toEqual([["audit/class-over-cap", "S1", 58]]);
    expect(report.schools.map((s) => [s.school, s.errors, s.classesOverCap, s.largeClasses, s.superLargeClasses])).toEqual([
      ["S1", 1, 1, 1, 0],
      ["S2", 1, 1, 0, 1],
    ]);
    expect(report.totals.classesOverCap).toBe(2);
  });

  it("keeps apart the same class name of two schools found in one merged file", () => {
    const merged = sheetOf("s", [], { classes: [{ ...classOf("1班", 40), school: "S1" }, { ...classOf("1班", 40), school: "S2" }] });
    const report = auditCounty([fileOf("城关镇汇总.xlsx", "S1", [merged])], [], profile);
    expect(report.classes.map((c) => [c.school, c.className, c.count, c.status])).toEqual([
      ["S1", "1班", 40, "ok"],
      ["S2", "1班", 40, "ok"],
    ]);
  });

  it("sorts schools worst first and counts totals", () => {
    const report = auditCounty(
      [
        fileOf("a.xlsx", "甲校", [sheetOf("s", [rowOf(3, {}), rowOf(4, {})], { counts: counts(0, 5) })]),
        fileOf("b.xlsx", "乙校", [sheetOf("s", [rowOf(3, {})], { counts: counts(3, 1) })]),
        fileOf("c.xlsx", "丙校", [sheetOf("s", [rowOf(3, {})], { counts: counts(0, 0) })]),
        fileOf("d.xlsx", "丁校", [sheetOf("s", [rowOf(3, {})], { counts: counts(7, 0) })]),
      ],
      [{ path: "e.xlsx", reason: "encrypted", detail: "有密码" }],
      profile,
    );
    expect(report.schools.map((s) => [s.school, s.ready])).toEqual([
      ["丁校", false],
      ["乙校", false],
      ["甲校", true],
      ["丙校", true],
    ]);
    expect(report.totals).toEqual({
      files: 5,
      readFiles: 4,
      schools: 4,
      rows: 5,
      errors: 10,
      warnings: 6,
      crossDuplicates: 0,
      classesOverCap: 0,
      readySchools: 2,
    });
    expect(report.unreadable).toEqual([{ path: "e.xlsx", reason: "encrypted", detail: "有密码" }]);
  });

  it("lists every engine issue with its file and school", () => {
    const issue = { code: "id/checksum", severity: "error" as const, sheet: "s", row: 9, source: "GB 11643-1999" };
    const report = auditCounty([fileOf("a.xlsx", "甲校", [sheetOf("s", [], { issues: [issue], counts: counts(1) })])], [], profile);
    expect(report.issues).toEqual([{ ...issue, file: "a.xlsx", school: "甲校" }]);
  });
});
