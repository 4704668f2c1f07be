import { checkWorkbook } from "../engine/check-workbook";
import type { RawCell } from "../model/table";
import { getProfile } from "../profiles";
import { UNIQUE_FIELDS } from "../rules/table/unique-fields";
import { makeResidentId } from "../validators/test-ids";
import { auditCounty, DUPLICATE_KINDS } from "./audit-county";
import { auditFileOf, isUnreadable } from "./audit-file";
import { renderAuditIssue } from "./messages";
import type { AuditFile } from "./types";

/** One school's file, checked by the engine and reduced as the county audit does. */
function audited(path: string, rows: RawCell[][], profileId = "national", today = "20260715"): AuditFile {
  const file = auditFileOf(path, checkWorkbook([{ sheet: "Sheet1", rows }], { profile: getProfile(profileId)!, today, students: true }));
  if (isUnreadable(file)) throw new Error(file.detail);
  return file;
}

const GRADUATES = ["学校标识码", "学籍号", "姓名", "身份证件号", "毕业证书编号", "毕业年月", "毕业结论"];
const pupil = (seq: number, birthDate = "20110305") => makeResidentId({ birthDate, sex: seq % 2 ? "男" : "女", seq });

describe("the county audit applies the unique fields across files", () => {
  it("compares every field the catalogue marks unique in a file", () => {
    expect([...DUPLICATE_KINDS].sort()).toEqual(UNIQUE_FIELDS.filter((f) => f.within === "file").map((f) => f.key).sort());
  });

  it("flags one 毕业证书编号 issued in two schools, each occurrence pointing at the other", () => {
    const [a, b, c] = [pupil(11), pupil(12), pupil(13)];
    const report = auditCounty(
      [
        audited("一中.xlsx", [GRADUATES, ["3141000001", `G${a}`, "张小明", a, "NA2026000123", "202607", "毕业"]]),
        audited("二中.xlsx", [GRADUATES, ["3141000002", `G${b}`, "李小红", b, "NA2026000123", "202607", "毕业"], ["3141000002", `G${c}`, "王小刚", c, "NA2026000124", "202607", "毕业"]]),
      ],
      [],
      getProfile("national")!,
    );
    expect(report.duplicates.map((d) => [d.kind, d.value, d.scope, d.occurrences.map((o) => `${o.file}:${o.row}`)])).toEqual([
      ["certificateNumber", "NA2026000123", "cross-school", ["一中.xlsx:2", "二中.xlsx:2"]],
    ]);
    const issues = report.issues.filter((i) => i.code === "audit/duplicate-certificate");
    expect(issues.map((i) => [i.file, i.row])).toEqual([
      ["一中.xlsx", 2],
      ["二中.xlsx", 2],
    ]);
    expect(renderAuditIssue(issues[0])).toContain("毕业证书编号 NA2026000123 共出现 2 处");
  });

  it("flags one 学籍号 in two schools", () => {
    const [a, b] = [pupil(21), pupil(22)];
    const report = auditCounty(
      [
        audited("一中.xlsx", [GRADUATES, ["3141000001", `G${a}`, "张小明", a, "", "202607", "毕业"]]),
        audited("二中.xlsx", [GRADUATES, ["3141000002", `G${a}`, "李小红", b, "", "202607", "毕业"]]),
      ],
      [],
      getProfile("national")!,
    );
    expect(report.duplicates.map((d) => [d.kind, d.scope])).toEqual([["registerNumber", "cross-school"]]);
  });

  it("says one child registered in two schools once, by its ID, not again for the 学籍号 made from it", () => {
    const a = pupil(23);
    const report = auditCounty(
      [
        audited("一中.xlsx", [GRADUATES, ["3141000001", `G${a}`, "张小明", a, "", "202607", "毕业"]]),
        audited("二中.xlsx", [GRADUATES, ["3141000002", `G${a}`, "张小明", a, "", "202607", "毕业"]]),
      ],
      [],
      getProfile("national")!,
    );
    expect(report.duplicates.map((d) => d.kind)).toEqual(["idNumber"]);
    expect(report.totals.crossDuplicates).toBe(1);
  });

  it("trap: a 大同 class code reused in another school of the audit is allowed", () => {
    const header = ["学校标识码", "姓名", "性别", "出生日期", "身份证件类型", "身份证件号", "年级", "班级", "入学年月"];
    const school = (code: string, seq: number): RawCell[][] => [
      header,
      [code, "张小明", "男", "20190305", "居民身份证", makeResidentId({ birthDate: "20190305", sex: "男", seq }), "一年级", "1班", "202509"],
    ];
    const files = [audited("一小.xlsx", school("1140200001", 31), "datong", "20251015"), audited("二小.xlsx", school("1140200002", 33), "datong", "20251015")];
    const codes = files.flatMap((f) => f.sheets.flatMap((s) => s.issues.map((i) => i.code)));
    expect(codes).not.toContain("class/duplicate-code");
    expect(auditCounty(files, [], getProfile("datong")!).issues.map((i) => i.code)).not.toContain("class/duplicate-code");
  });
});

describe("trap: 结业 in 高中 is allowed", () => {
  it("reports 结业 for a 初三 pupil but not for a 高三 one", () => {
    const header = ["学籍号", "姓名", "身份证件号", "年级", "毕业结论"];
    const [a, b] = [pupil(41, "20080305"), pupil(42, "20100305")];
    const check = checkWorkbook(
      [{ sheet: "毕业生", rows: [header, [`G${a}`, "张小明", a, "高三", "结业"], [`G${b}`, "李小红", b, "初三", "结业"]] }],
      { profile: getProfile("national")!, today: "20260715" },
    );
    const incomplete = check.results[0].issues.filter((i) => i.code === "row/graduation-incomplete");
    expect(incomplete.map((i) => i.row)).toEqual([3]);
  });
});
