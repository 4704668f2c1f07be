/**
 * Roster comparison benchmark: two county-wide register exports a school year apart (default 100,000 rows
 * each, `node lib/bench/compare-bench.js 10000` for fewer), with the planted differences of the roster
 * fixture. Times, in this process: reading and checking each list, the comparison (the hash join and the
 * lists), writing the workbook; then `xueji compare` in a fresh process of its own — what the user waits
 * for — with that process's peak memory.
 *
 *   npm run bench:compare          (builds, then: node --expose-gc lib/bench/compare-bench.js)
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { getProfile } from "../core";
import { compareRosters, isUnreadableSide, type CompareSide, type Side } from "../core/compare";
import { createCodeLists } from "../core/codes";
import type { RawCell } from "../core/model/table";
import { readCompareFile } from "../io/read-compare-file";
import { writeCompareWorkbook } from "../io/write-compare";
import { useZipCodec } from "../io/zip/codec";
import { nodeZipCodec } from "../io/zip/node-codec";
import { generateRosterPair } from "../samples/rosters";
import type { Student } from "../samples/students";
import { fmt, fmtInt } from "./timing";

const TODAY = "20261015";
/** A county export's columns: who the student is and where; what the national system's student list gives. */
const COLUMNS: [header: string, key: string][] = [
  ["学校标识码", "schoolCode"], ["学籍号", "registerNumber"], ["姓名", "name"], ["性别", "sex"], ["出生日期", "birthDate"],
  ["身份证件类型", "idType"], ["身份证件号", "idNumber"], ["民族", "ethnicity"], ["年级", "grade"], ["班级", "className"],
  ["入学年月", "entryYearMonth"], ["户口所在地", "householdRegion"],
];
/** classes of one grade per school: the fixture's one school becomes a county of schools of this many classes a grade */
const CLASSES_PER_SCHOOL = 4;

/** Spread the fixture's classes over schools, the same way on both lists, so a student stays in their school. */
function asCounty(students: readonly Student[]): Student[] {
  return students.map((s) => {
    const n = Number(s.className.replace(/\D/g, "")) || 1;
    const school = String(3401000000 + Math.ceil(n / CLASSES_PER_SCHOOL));
    return { ...s, schoolCode: school, className: `${((n - 1) % CLASSES_PER_SCHOOL) + 1}班` };
  });
}

function xlsxOf(students: readonly Student[]): Uint8Array {
  const rows: RawCell[][] = [COLUMNS.map(([h]) => h), ...students.map((s) => COLUMNS.map(([, k]) => s[k] ?? ""))];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), "学生信息");
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx", bookSST: true, compression: true }) as ArrayBuffer);
}

function seconds(t0: number): number {
  return (performance.now() - t0) / 1000;
}

function main(): void {
  useZipCodec(nodeZipCodec);
  const rows = Number(process.argv[2] ?? 100_000);
  const profile = getProfile("national")!;
  const dir = mkdtempSync(join(tmpdir(), "xueji-compare-bench-"));
  try {
    process.stderr.write(`生成两份 ${fmtInt(rows)} 行的名单 …\n`);
    const pair = generateRosterPair({ count: rows, schoolYear: 2025 });
    const paths = { before: join(dir, "前表.xlsx"), after: join(dir, "后表.xlsx") };
    writeFileSync(paths.before, xlsxOf(asCounty(pair.before)));
    writeFileSync(paths.after, xlsxOf(asCounty(pair.after)));

    const options = { profile, today: TODAY, codeLists: createCodeLists(profile) };
    const read = (side: Side): { side: CompareSide; s: number } => {
      const t0 = performance.now();
      const s = readCompareFile(new Uint8Array(readFileSync(paths[side])), paths[side], side, options);
      if (isUnreadableSide(s)) throw new Error(`${side}: ${s.detail}`);
      return { side: s, s: seconds(t0) };
    };
    const before = read("before");
    const after = read("after");
    (globalThis as { gc?: () => void }).gc?.();
    let t0 = performance.now();
    const report = compareRosters(before.side, after.side, profile);
    const compareS = seconds(t0);
    t0 = performance.now();
    const workbook = writeCompareWorkbook(report);
    const writeS = seconds(t0);

    t0 = performance.now();
    const child = execFileSync(process.execPath, [join(__dirname, "compare-process.js"), paths.before, paths.after, join(dir, "核对.xlsx"), TODAY], { encoding: "utf8" });
    const cliWallS = seconds(t0);
    const cli = JSON.parse(child.trim()) as { code: number; seconds: number; maxRssMb: number };
    // exit 1: differences were found, as the planted ones are
    if (cli.code !== 1) throw new Error(`xueji compare exited ${cli.code}`);
    const t = report.totals;
    console.log(`roster comparison benchmark (node ${process.version}, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`);
    console.log(`lists: ${fmtInt(t.beforeRows)} and ${fmtInt(t.afterRows)} rows × ${COLUMNS.length} columns, ${(statSync(paths.before).size / 1048576).toFixed(1)} MB and ${(statSync(paths.after).size / 1048576).toFixed(1)} MB .xlsx, ${report.counts.schools.length} schools`);
    console.log(`found: ${fmtInt(t.matched)} matched (${fmtInt(t.matchedByName)} by 姓名+性别+出生日期), ${fmtInt(t.onlyBefore)} only before (${t.followUps} follow-ups), ${fmtInt(t.onlyAfter)} only after, ${t.keyFieldChanges} key-field changes, ${t.gradeAnomalies} grade anomalies`);
    console.log("step                                   seconds   rows/s");
    const line = (label: string, s: number, n: number) => console.log(`${label.padEnd(38)} ${fmt(s).padStart(7)}   ${fmtInt(n / s).padStart(9)}`);
    line("read + check 前表", before.s, t.beforeRows);
    line("read + check 后表", after.s, t.afterRows);
    line("compare (hash join, lists, counts)", compareS, t.beforeRows + t.afterRows);
    line(`write the workbook (${(workbook.length / 1048576).toFixed(1)} MB)`, writeS, t.onlyBefore + t.onlyAfter);
    line("xueji compare, fresh process (in it)", cli.seconds, t.beforeRows + t.afterRows);
    line("  … with node's start-up", cliWallS, t.beforeRows + t.afterRows);
    console.log(`peak memory of the xueji compare process: ${cli.maxRssMb.toFixed(0)} MB`);
    console.log(`peak memory of this bench process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
