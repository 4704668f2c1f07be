import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { checkWorkbook, getProfile, workbookEdits, type SheetTable } from "../core";
import { national2013 } from "../core/templates/national-2013";
import { readWorkbook } from "../io/read-workbook";
import { sheetToTable } from "../io/sheet-to-table";
import { writeReport } from "../io/write-report";
import { writeUpload } from "../io/write-upload";
import { useZipCodec } from "../io/zip/codec";
import { nodeZipCodec } from "../io/zip/node-codec";
import { openZip } from "../io/zip/zip-archive";
import { generateStudents } from "../samples/students";
import { templateRows } from "../samples/template-rows";
import { dirtyRows } from "./dirty-rows";
import { freshCheck, partsAtSizes, sizesTable } from "./scaling";
import { bestOf, fmt, fmtInt } from "./timing";

/**
 * `npm run bench`: a synthetic 学生信息(导入)模板 workbook of 50,000 rows × all its columns, timed through
 * the engine alone, SheetJS's parse (the reference), our reader, reader + engine, and the whole
 * `xueji check` (read + check + upload-ready copy + report), the engine at growing sizes, and every part at
 * growing sizes, to show each is linear. Prints Markdown tables for the README.
 */
// as the command line does: node:zlib instead of the browser's pure-JS inflater
useZipCodec(nodeZipCodec);
const ROWS = Number(process.argv[2] ?? 50_000);
const SIZES = [5_000, 10_000, 20_000, 50_000].filter((n) => n <= ROWS);
const TODAY = "20250915";
const profile = getProfile("national")!;

function check(tables: readonly SheetTable[]) {
  return checkWorkbook(tables, { profile, today: TODAY });
}

function fastest<T extends { seconds: number; cpuSeconds: number }>(a: T, b: T): T {
  return { ...a, seconds: Math.min(a.seconds, b.seconds), cpuSeconds: Math.min(a.cpuSeconds, b.cpuSeconds) };
}

function progress(what: string, seconds: number): void {
  process.stderr.write(`  ${what}: ${fmt(seconds)} s\n`);
}

function firstRows(table: SheetTable, dataRows: number): SheetTable {
  // header + KD_F code row + data rows
  return { ...table, rows: table.rows.slice(0, 2 + dataRows) };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "xueji-bench-"));
  try {
    const students = generateStudents({ count: ROWS, seed: 50_000, schoolYear: 2025, grades: [1, 2, 3, 4, 5, 6], classSize: 45 });
    // header, KD_F code row, then students, some with mistakes
    const rows = dirtyRows(templateRows(national2013, students, { kdRow: true }), national2013, 3);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), "学生信息");
    const path = join(dir, "bench.xlsx");
    writeFileSync(path, new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx", compression: true, bookSST: true }) as ArrayBuffer));
    const bytes = new Uint8Array(readFileSync(path));
    const columns = national2013.columns.length;
    console.log(`工作簿 ${ROWS} 行 × ${columns} 列，${fmt(bytes.length / 1048576, 1)} MB；${cpus()[0]?.model ?? "CPU"}，Node ${process.version}\n`);

    // one untimed read warms the parser up; then parse-only and parse+check alternate, so machine
    // load and JIT state hit both alike
    const tables = readWorkbook(bytes, "bench.xlsx");
    // the first check of the process is what `xueji check` pays: the engine is compiled as it runs
    const cold = await bestOf(1, () => check(tables));
    progress("engine, first check", cold.seconds);
    // then the best of five, since a shared machine's neighbours slow single runs by a third and more
    const engine = await bestOf(5, () => check(tables));
    progress("engine", engine.seconds);
    const result = engine.value.results[0];
    if (!result?.template || result.dataRows !== ROWS) throw new Error(`engine saw ${result?.dataRows} rows of ${result?.template?.id}`);
    let parse = await bestOf(1, () => readWorkbook(bytes, "bench.xlsx"));
    let parseCheck = await bestOf(1, () => check(readWorkbook(bytes, "bench.xlsx")));
    for (let i = 1; i < 3; i++) {
      parse = fastest(parse, await bestOf(1, () => readWorkbook(bytes, "bench.xlsx")));
      parseCheck = fastest(parseCheck, await bestOf(1, () => check(readWorkbook(bytes, "bench.xlsx"))));
    }
    progress("parse only", parse.seconds);
    progress("parse + check", parseCheck.seconds);
    const sheetjs = await bestOf(3, () => {
      const wb = XLSX.read(bytes, { type: "array", dense: true, cellDates: false, cellFormula: false, cellHTML: false, cellText: false, cellNF: false, cellStyles: false });
      return wb.SheetNames.map((n) => sheetToTable(wb.Sheets[n], n, "bench.xlsx"));
    });
    progress("SheetJS parse (reference)", sheetjs.seconds);
    const edits = workbookEdits(engine.value);
    const upload = await bestOf(3, () => writeUpload(bytes, tables, edits));
    progress("write upload-ready copy", upload.seconds);
    const report = await bestOf(3, () => writeReport(engine.value, { fileName: "bench.xlsx" }));
    progress("write report", report.seconds);
    const full = await bestOf(3, () => {
      const t = readWorkbook(bytes, "bench.xlsx");
      const c = check(t);
      return [writeUpload(bytes, t, workbookEdits(c)), writeReport(c, { fileName: "bench.xlsx" })];
    });
    progress("read + check + write both", full.seconds);
    const unpacked = openZip(bytes).entries.filter((e) => e.name.startsWith("xl/worksheets/") || e.name === "xl/sharedStrings.xml").reduce((n, e) => n + e.size, 0);
    const alone = freshCheck(path, join(dir, "out"));
    progress("xueji check in its own process", alone.seconds);
    const peakMb = alone.maxRssMb;

    // a full collection throws away much of the engine's compiled code (it refers to the last sheet's
    // objects), and a small sheet would spend its run being compiled again: each run at each size comes
    // after a collection and an untimed 2,000-row check, so the sizes compare the engine, not the compiler
    const warm = [firstRows(tables[0], 2000)];
    const scaling: [number, number, number][] = [];
    for (const n of SIZES) {
      const sub = [firstRows(tables[0], n)];
      const t = await bestOf(3, () => check(sub), () => check(warm));
      scaling.push([n, t.seconds, t.cpuSeconds]);
    }

    // every part at each size, the smaller files cut from the same rows; the 50,000-row line is this file again
    process.stderr.write("  every part at 5,000 to 50,000 rows …\n");
    const sizes = await partsAtSizes(rows, SIZES, dir, { profile, today: TODAY });

    const lines = [
      `| 测量 Measure | 秒 s | 行/秒 rows/s | CPU 秒 CPU s |`,
      `|---|---:|---:|---:|`,
      `| 引擎 engine, first check of the process (compiled as it runs) | ${fmt(cold.seconds)} | ${fmtInt(ROWS / cold.seconds)} | ${fmt(cold.cpuSeconds)} |`,
      `| 引擎 engine (checkWorkbook, best of 5) | ${fmt(engine.seconds)} | ${fmtInt(ROWS / engine.seconds)} | ${fmt(engine.cpuSeconds)} |`,
      `| 只读取 parse only (readWorkbook) | ${fmt(parse.seconds)} | ${fmtInt(ROWS / parse.seconds)} | ${fmt(parse.cpuSeconds)} |`,
      `| 读取+检查 parse + check | ${fmt(parseCheck.seconds)} | ${fmtInt(ROWS / parseCheck.seconds)} | ${fmt(parseCheck.cpuSeconds)} |`,
      `| SheetJS 读取（参照） SheetJS parse, the reference | ${fmt(sheetjs.seconds)} | ${fmtInt(ROWS / sheetjs.seconds)} | ${fmt(sheetjs.cpuSeconds)} |`,
      `| 写上传用副本 write the upload-ready copy (source edited: ${fmtInt(edits[0]?.cells.length ?? 0)} cells, ${fmtInt(edits[0]?.removeRows.length ?? 0)} rows out) | ${fmt(upload.seconds)} | ${fmtInt(ROWS / upload.seconds)} | ${fmt(upload.cpuSeconds)} |`,
      `| 写报告 write the report workbook | ${fmt(report.seconds)} | ${fmtInt(ROWS / report.seconds)} | ${fmt(report.cpuSeconds)} |`,
      `| 全程 whole check in-process (read + check + both files, best of 3) | ${fmt(full.seconds)} | ${fmtInt(ROWS / full.seconds)} | ${fmt(full.cpuSeconds)} |`,
      `| \`xueji check\` in a fresh process (what the user waits for) | ${fmt(alone.seconds)} | ${fmtInt(ROWS / alone.seconds)} | |`,
      ``,
      `全程 / SheetJS 读取 whole check ÷ SheetJS parse = **${fmt(full.seconds / sheetjs.seconds)}×** in-process, **${fmt(alone.seconds / sheetjs.seconds)}×** fresh process（目标 target ≤ 1.0×, aim 0.5×）`,
      `\`xueji check\` 峰值内存 peak RSS ${fmtInt(peakMb)} MB；工作表 XML 解压后 unpacked sheet XML ${fmtInt(unpacked / 1048576)} MB（目标 target ≤ 2×: ${fmt(peakMb / (unpacked / 1048576), 1)}×）`,
      `读取+检查 / 只读取 parse+check ÷ parse-only = **${fmt(parseCheck.seconds / parse.seconds)}×**`,
      `引擎 engine: ${fmtInt(ROWS / engine.seconds)} 行/秒, first check ${fmtInt(ROWS / cold.seconds)}（目标 target ≥ 100,000）`,
      ``,
      `| 行数 rows | 引擎秒 engine s | 行/秒 rows/s | 行/CPU秒 rows/CPU-s |`,
      `|---:|---:|---:|---:|`,
      ...scaling.map(([n, s, cpu]) => `| ${fmtInt(n)} | ${fmt(s, 3)} | ${fmtInt(n / s)} | ${fmtInt(n / cpu)} |`),
      ``,
      ...sizesTable(sizes),
      ``,
      `问题数 issues: ${result.issues.length}；清理后 cleaned ${result.cleaned.sourceRows.length} 行，未通过 rejected ${result.rejected.length} 行`,
    ];
    console.log(lines.join("\n"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every 100th data row out, the name of every 25th set again: an editor's typical day on this file. */
main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
