import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import JSZip from "jszip";
import type { AuditReport } from "../core/audit";
import { generateCounty, type SampleCounty } from "../samples/county";
import { writeCounty, type WrittenCounty } from "../samples/county-files";
import { runAudit } from "./audit";
import { memoryIo } from "./io";

/**
 * A synthetic county of 8 schools in town folders: two IDs registered by two schools each, a pair of
 * different IDs sharing their first 15 digits, three over-cap classes, one school's file as a GBK CSV
 * without a 学校标识码 column, plus a broken, a password-protected and a non-template file.
 */
let dir: string;
let county: SampleCounty;
let written: WrittenCounty;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "xueji-audit-"));
  county = generateCounty({ schools: 8, rowsPerSchool: 420, schoolYear: 2025, plant: true });
  written = await writeCounty(join(dir, "各校上报"), county, { badFiles: true, gbkCsv: 4 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function audit(...extra: string[]) {
  const io = memoryIo(dir);
  const code = await runAudit(["各校上报", "--out", "核查.xlsx", "--json", "核查.json", "--today", "20251015", ...extra], io);
  const report = JSON.parse(readFileSync(join(dir, "核查.json"), "utf8")) as AuditReport;
  return { code, io, report, workbook: readFileSync(join(dir, "核查.xlsx")) };
}

describe("xueji audit on a synthetic county", () => {
  let run: Awaited<ReturnType<typeof audit>>;
  beforeAll(async () => {
    run = await audit();
  });

  it("finds exactly the planted duplicate IDs and 学籍辅号, each with every place it occurs", () => {
    // places in the order the folder is read, which is by path
    const byPath = (x: { path: string }, y: { path: string }) => (x.path < y.path ? -1 : 1);
    const found = run.report.duplicates.map((d) => ({
      value: d.value,
      kind: d.kind,
      places: d.occurrences.map((o) => ({ path: o.file, row: o.row })),
    }));
    const inFolder = (places: { path: string; row: number }[]) =>
      places.map((p) => ({ path: join("各校上报", p.path), row: p.row })).sort(byPath);
    const { duplicateIds, duplicateAuxNumber } = county.planted!;
    const planted = [
      ...duplicateIds.map((d) => ({ value: d.id, kind: "idNumber", places: inFolder(d.places) })),
      { value: duplicateAuxNumber.value, kind: "auxNumber", places: inFolder(duplicateAuxNumber.places) },
    ];
    const byValue = (x: { value: string }, y: { value: string }) => x.value.localeCompare(y.value);
    expect(found.sort(byValue)).toEqual(planted.sort(byValue));
    expect(run.report.duplicates.every((d) => d.scope === "cross-school")).toBe(true);
  });

  it("does not flag two different IDs that share their first 15 digits", () => {
    const [a, b] = county.planted!.prefixTwins;
    expect(a.slice(0, 15)).toBe(b.slice(0, 15));
    const values = run.report.duplicates.map((d) => d.value);
    expect(values).not.toContain(a);
    expect(values).not.toContain(b);
  });

  it("finds exactly the planted over-cap classes", () => {
    const over = run.report.classes
      .filter((c) => c.status === "over-cap")
      .map((c) => ({ school: c.school, grade: c.grade, className: c.className, count: c.count }));
    expect(over).toEqual(county.planted!.overCapClasses);
    expect(run.report.classes.find((c) => c.count === 67)?.band).toBe("super-large");
    expect(run.report.classes.find((c) => c.count === 58)?.band).toBe("large");
  });

  it("lists the broken, the password-protected and the non-template file with their reasons, and goes on", () => {
    const unreadable = run.report.unreadable.map((u) => ({ path: u.path, reason: u.reason }));
    const expected = written.badFiles.map((b) => ({ path: join("各校上报", b.path), reason: b.reason }));
    expect(unreadable.sort((x, y) => x.path.localeCompare(y.path))).toEqual(expected.sort((x, y) => x.path.localeCompare(y.path)));
    expect(run.report.totals.readFiles).toBe(8);
  });

  it("reads the GBK CSV and names its school by the file name", () => {
    const csv = county.schools[4];
    const school = run.report.schools.find((s) => s.school === csv.name)!;
    expect(school.files).toEqual([join("各校上报", csv.path.replace(/\.xlsx$/, ".csv"))]);
    expect(school.schoolFrom).toBe("fileName");
    expect(school.rows).toBe(csv.rows.length - 1);
    // names survived the GBK decoding
    expect(run.report.issues.some((i) => i.file.endsWith(".csv") && /[\uFFFD]/.test(i.value ?? ""))).toBe(false);
  });

  it("says which schools can upload: only those with no planted problem and a complete template", () => {
    const notReady = run.report.schools.filter((s) => !s.ready).map((s) => s.school).sort();
    const schoolId = (i: number) => (county.schools[i].withSchoolCode ? county.schools[i].code : county.schools[i].name);
    // 0–3: planted duplicates and over-cap classes; 4: its CSV lacks the required 学校标识码 column
    expect(notReady).toEqual([0, 1, 2, 3, 4].map(schoolId).sort());
    expect(run.report.schools.slice(0, 5).every((s) => !s.ready)).toBe(true);
  });

  it("exits 1, reports progress on stderr and a summary on stdout", () => {
    expect(run.code).toBe(1);
    const err = run.io.err.join("");
    expect(err).toContain("[11/11]");
    expect(err).toMatch(/行\/秒/);
    const out = run.io.out.join("");
    expect(out).toContain("跨文件重复 3 组");
    expect(out).toContain("超班额班级 3 个");
    expect(out).toContain("核查工作簿已写出 核查.xlsx");
  });

  it("writes the audit workbook with its five sheets and a chart on the class-size sheet", async () => {
    const wb = XLSX.read(run.workbook, { type: "buffer" });
    expect(wb.SheetNames).toEqual(["汇总", "跨校重复", "班额统计", "问题清单", "无法读取"]);
    const dupRows = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets["跨校重复"]);
    expect(dupRows).toHaveLength(6);
    const zip = await JSZip.loadAsync(run.workbook);
    expect(zip.file("xl/charts/chart1.xml")).not.toBeNull();
    expect(zip.file("xl/drawings/drawing1.xml")).not.toBeNull();
  });
});

describe("xueji audit --mask-ids", () => {
  it("masks the middle of every ID in stdout, JSON and the workbook", async () => {
    const run = await audit("--mask-ids");
    const id = county.planted!.duplicateIds[0].id;
    const masked = `${id.slice(0, 6)}********${id.slice(14)}`;
    const json = readFileSync(join(dir, "核查.json"), "utf8");
    const zip = await JSZip.loadAsync(run.workbook);
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    for (const text of [run.io.out.join(""), json, strings]) {
      expect(text).not.toContain(id);
      expect(text).toContain(masked);
      expect(text).not.toMatch(/(?<![0-9])[0-9]{17}[0-9X](?![0-9])/);
    }
  });
});

describe("xueji audit of clean schools", () => {
  it("exits 0 when no file has an error, and audits files named one by one", async () => {
    const io = memoryIo(dir);
    const clean = [6, 7].map((i) => join("各校上报", county.schools[i].path));
    expect(await runAudit([...clean, "--out", "干净.xlsx", "--today", "20251015"], io)).toBe(0);
    expect(io.out.join("")).toContain("可以上报 2 所，需要修改 0 所");
  });
});

describe("xueji audit arguments", () => {
  it("exits 2 when nothing can be read", async () => {
    const io = memoryIo(dir);
    expect(await runAudit([join("各校上报", "城关镇", "损坏的文件.xlsx")], io)).toBe(2);
    expect(io.err.join("")).toContain("无法核查");
  });

  it("exits 2 on a bad option and on a folder with no workbooks", async () => {
    expect(await runAudit(["--bogus"], memoryIo(dir))).toBe(2);
    expect(await runAudit(["各校上报", "--today", "2025-10-15"], memoryIo(dir))).toBe(2);
    expect(await runAudit([], memoryIo(dir))).toBe(2);
  });
});
