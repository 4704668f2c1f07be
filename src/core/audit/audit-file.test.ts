import { generateCounty } from "../../samples/county";
import { checkWorkbook } from "../engine/check-workbook";
import type { RawCell } from "../model/table";
import { getProfile } from "../profiles";
import { auditCounty } from "./audit-county";
import { auditFileOf, isUnreadable } from "./audit-file";
import type { AuditFile } from "./types";

const profile = getProfile("national")!;
const [one, two] = generateCounty({ schools: 2, rowsPerSchool: 12, schoolYear: 2025 }).schools;
const col = (h: string) => (one.rows[0] as string[]).indexOf(h);

/** Check a school's rows (edited) with the engine and reduce them as the audit does. */
function audited(path: string, rows: RawCell[][], edit: (rows: RawCell[][]) => void = () => undefined): AuditFile {
  const copy = rows.map((r) => [...r]);
  edit(copy);
  const file = auditFileOf(path, checkWorkbook([{ sheet: "学生信息", rows: copy }], { profile, today: "20251015", students: true }));
  if (isUnreadable(file)) throw new Error(file.detail);
  return file;
}

describe("auditFileOf with the engine", () => {
  it("keeps every row, rejected ones included, and names the school by its 学校标识码", () => {
    const file = audited("一小.xlsx", one.rows, (rows) => {
      rows[3][col("性别")] = "未知";
    });
    expect(file.school).toBe(one.code);
    expect(file.sheets[0].rows.map((r) => r.row)).toEqual(Array.from({ length: 12 }, (_, i) => i + 2));
  });

  it("matches an ID typed with spaces and a lower-case x in another school's file", () => {
    const id = one.rows[2][col("身份证件号")] as string;
    const typed = ` ${id.slice(0, 6)} ${id.slice(6).toLowerCase()}`;
    const report = auditCounty(
      [audited("一小.xlsx", one.rows), audited("二小.xlsx", two.rows, (rows) => void (rows[5][col("身份证件号")] = typed))],
      [],
      profile,
    );
    expect(report.duplicates.map((d) => [d.value, d.occurrences.map((o) => `${o.file}:${o.row}`)])).toEqual([
      [id.toUpperCase(), ["一小.xlsx:3", "二小.xlsx:6"]],
    ]);
  });

  it("never matches IDs Excel stored as numbers: what is left of them is the same for different children", () => {
    // an ID ending in X cannot be typed as a number: take the first that ends in a digit
    const digitsOnly = (rows: RawCell[][]) => rows.findIndex((r, i) => i > 0 && /\d$/.test(r[col("身份证件号")] as string));
    const asNumber = (rows: RawCell[][]) => {
      const r = digitsOnly(rows);
      rows[r][col("身份证件号")] = Number(rows[r][col("身份证件号")]);
    };
    const a = audited("一小.xlsx", one.rows, asNumber);
    const b = audited("二小.xlsx", two.rows, asNumber);
    // both are shown as 1.10105E+17 now — different children, same 6 digits
    const shown = (f: AuditFile) => f.sheets[0].rows.find((r) => r.idNumber.includes("E+"))!.idNumber;
    expect(shown(a)).toBe("1.10105E+17");
    expect(shown(b)).toBe("1.10105E+17");
    expect(auditCounty([a, b], [], profile).duplicates).toEqual([]);
  });

  it("finds a 学籍辅号 given to two children in two schools", () => {
    const report = auditCounty(
      [
        audited("一小.xlsx", one.rows, (rows) => void (rows[1][col("学籍辅号")] = "L2025000001")),
        audited("二小.xlsx", two.rows, (rows) => void (rows[4][col("学籍辅号")] = "l2025000001")),
      ],
      [],
      profile,
    );
    expect(report.duplicates.map((d) => [d.kind, d.value, d.occurrences.length])).toEqual([["auxNumber", "L2025000001", 2]]);
    expect(report.issues.filter((i) => i.code === "audit/duplicate-auxno").map((i) => [i.file, i.row])).toEqual([
      ["一小.xlsx", 2],
      ["二小.xlsx", 5],
    ]);
  });

  it("refuses a check made without the rows' identities rather than audit it as having no duplicates", () => {
    const check = checkWorkbook([{ sheet: "学生信息", rows: one.rows }], { profile, today: "20251015" });
    expect(() => auditFileOf("一小.xlsx", check)).toThrow("CheckOptions.students");
  });

  it("returns a workbook with no template sheet as not-a-template, with the engine's reason", () => {
    const file = auditFileOf("通讯录.xlsx", checkWorkbook([{ sheet: "通讯录", rows: [["班级", "电话"], ["1班", "13800000000"]] }], { profile, students: true }));
    expect(isUnreadable(file) && file.reason).toBe("not-a-template");
    expect(isUnreadable(file) && file.detail).toContain("表头");
  });
});
