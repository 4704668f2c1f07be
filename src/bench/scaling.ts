import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import type { CheckOptions, RawCell, WorkbookCheck } from "../core";
import { checkWorkbook, workbookEdits } from "../core";
import { readWorkbook } from "../io/read-workbook";
import { writeReport } from "../io/write-report";
import { writeUpload } from "../io/write-upload";
import { bestOf, fmt, fmtInt } from "./timing";

export interface SizeRun {
  rows: number;
  read: number;
  check: number;
  upload: number;
  report: number;
  /** `xueji check` in a process of its own */
  cli: number;
  peakMb: number;
}

/**
 * Every part at each size, on files cut from the same generated rows (header + code row + n data rows):
 * whether reading, checking, writing and the whole command grow in proportion to the rows.
 */
export async function partsAtSizes(
  rows: readonly RawCell[][],
  sizes: readonly number[],
  dir: string,
  options: CheckOptions,
): Promise<SizeRun[]> {
  const runs: SizeRun[] = [];
  for (const n of sizes) {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows.slice(0, 2 + n) as RawCell[][]), "学生信息");
    const path = join(dir, `size-${n}.xlsx`);
    const bytes = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx", compression: true, bookSST: true }) as ArrayBuffer);
    writeFileSync(path, bytes);
    const name = `size-${n}.xlsx`;
    const read = await bestOf(3, () => readWorkbook(bytes, name));
    const tables = read.value;
    const check = await bestOf(3, () => checkWorkbook(tables, options));
    const edits = workbookEdits(check.value as WorkbookCheck);
    const upload = await bestOf(3, () => writeUpload(bytes, tables, edits));
    const report = await bestOf(3, () => writeReport(check.value as WorkbookCheck, { fileName: name }));
    const cli = freshCheck(path, join(dir, `out-${n}`));
    runs.push({ rows: n, read: read.seconds, check: check.seconds, upload: upload.seconds, report: report.seconds, cli: cli.seconds, peakMb: cli.maxRssMb });
  }
  return runs;
}

/** `xueji check` of one file in a fresh process: seconds and peak memory of that process alone. */
export function freshCheck(path: string, out: string): { seconds: number; maxRssMb: number } {
  const run = spawnSync(process.execPath, [join(__dirname, "check-process.js"), path, out], { encoding: "utf8" });
  return JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as { seconds: number; maxRssMb: number };
}

/** The sizes table, with each part's milliseconds per 1,000 rows: flat columns mean linear. */
export function sizesTable(runs: readonly SizeRun[]): string[] {
  const per = (s: number, n: number) => fmt((s * 1000) / (n / 1000), 1);
  return [
    `| 行数 rows | 读取 read s | 检查 check s | 写上传副本 upload s | 写报告 report s | \`xueji check\` s | 峰值内存 peak MB | ms / 1,000 rows (read · check · upload · report · xueji check) |`,
    `|---:|---:|---:|---:|---:|---:|---:|---|`,
    ...runs.map(
      (r) =>
        `| ${fmtInt(r.rows)} | ${fmt(r.read)} | ${fmt(r.check)} | ${fmt(r.upload)} | ${fmt(r.report)} | ${fmt(r.cli)} | ${fmtInt(r.peakMb)} | ${[r.read, r.check, r.upload, r.report, r.cli].map((s) => per(s, r.rows)).join(" · ")} |`,
    ),
  ];
}
