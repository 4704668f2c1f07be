/**
 * County audit benchmark: a synthetic county of 200 schools × 500 rows, audited at 20, 50, 100 and 200
 * files, each size in its own process so its peak memory (maxRSS) is its own. Then the memory the audit's
 * per-row index costs, measured with the garbage collector forced (run node with --expose-gc).
 *
 *   npm run bench:audit            (builds, then: node --expose-gc lib/bench/audit-bench.js)
 */
import { fork } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { auditCounty, isUnreadable, type AuditFile, type UnreadableFile } from "../core/audit";
import { getProfile } from "../core";
import { createCodeLists } from "../core/codes";
import type { StudentRef } from "../core/model/report";
import { readAuditFile } from "../io/read-audit-file";
import { useZipCodec } from "../io/zip/codec";
import { peakRssMb } from "./timing";
import { nodeZipCodec } from "../io/zip/node-codec";
import { auditThreads, readAuditFiles } from "../cli/audit-pool";
import { writeAuditWorkbook } from "../io/write-audit";
import { generateCounty } from "../samples/county";
import { writeCounty } from "../samples/county-files";

const SIZES = [20, 50, 100, 200];
const ROWS_PER_FILE = 500;
const TODAY = "20251015";

interface SizeResult {
  files: number;
  /** reading threads, as `xueji audit` would choose on this machine */
  threads: number;
  rows: number;
  readCheckMs: number;
  auditMs: number;
  writeMs: number;
  maxRssMb: number;
  duplicates: number;
}

/** One audit of the first `n` files, as `xueji audit` runs it; reports its times and this process's peak memory. */
async function auditSize(paths: string[], n: number): Promise<SizeResult> {
  // what main.ts does for the command line (the threads install it for themselves)
  useZipCodec(nodeZipCodec);
  const profile = getProfile("national")!;
  const files: AuditFile[] = [];
  const unreadable: UnreadableFile[] = [];
  let rows = 0;
  // one file read and checked untimed, so auditCounty and the writer do not pay for this thread's JIT warming
  // up; the reading threads start cold inside the timing, as they do in `xueji audit`
  readAuditFile(new Uint8Array(readFileSync(paths[0])), paths[0], { profile, today: TODAY, codeLists: createCodeLists(profile) });
  const jobs = paths.slice(0, n).map((full) => ({ full, shown: full }));
  const threads = auditThreads(jobs.length);
  const t0 = performance.now();
  for (const r of await readAuditFiles(jobs, { profile, today: TODAY }, threads, () => undefined)) {
    rows += r.rows;
    if (isUnreadable(r.file)) unreadable.push(r.file);
    else files.push(r.file);
  }
  const t1 = performance.now();
  const report = auditCounty(files, unreadable, profile);
  const t2 = performance.now();
  await writeAuditWorkbook(report);
  const t3 = performance.now();
  return {
    files: n,
    threads,
    rows,
    readCheckMs: t1 - t0,
    auditMs: t2 - t1,
    writeMs: t3 - t2,
    maxRssMb: peakRssMb(),
    duplicates: report.duplicates.length,
  };
}

function runChild(paths: string[], n: number): Promise<SizeResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ["--child", String(n)], { execArgv: ["--expose-gc"], stdio: ["inherit", "inherit", "inherit", "ipc"] });
    child.send(paths);
    child.on("message", (m) => resolve(m as SizeResult));
    child.on("error", reject);
    child.on("exit", (code) => code !== 0 && reject(new Error(`child for ${n} files exited with ${code}`)));
  });
}

/** Audit inputs for `rows` synthetic rows, every string a fresh copy as a file reader would make. */
function auditFilesOf(rows: number): AuditFile[] {
  const county = generateCounty({ schools: Math.ceil(rows / ROWS_PER_FILE), rowsPerSchool: ROWS_PER_FILE, schoolYear: 2025 });
  const header = county.schools[0].rows[0] as string[];
  const [id, name, birth, aux, grade, cls, code] = ["身份证件号", "姓名", "出生日期", "学籍辅号", "年级", "班级号", "学校标识码"].map((h) =>
    header.indexOf(h),
  );
  return county.schools.map((s, i) => ({
    path: `f${i}.xlsx`,
    school: `S${i}`,
    schoolFrom: "schoolCode",
    sheets: [
      {
        sheet: "学生信息",
        template: { id: "t", name: "t" },
        dataRows: s.rows.length - 1,
        counts: { errors: 0, warnings: 0, fixes: 0, byCode: {}, byColumn: {}, duplicateIds: 0, classesOverCap: 0 },
        issues: [],
        classes: [],
        rows: s.rows.slice(1).map((raw, k): StudentRef => {
          const r = JSON.parse(JSON.stringify(raw)) as string[];
          return {
            row: k + 2,
            idNumber: r[id],
            name: r[name],
            sex: "",
            birthDate: r[birth],
            registerNumber: "",
            auxNumber: r[aux],
            certificateNumber: "",
            continuationId: "",
            grade: r[grade],
            className: r[cls],
            schoolCode: r[code],
          };
        }),
      },
    ],
  }));
}

/**
 * Memory per row, with the garbage collector forced: what the audit keeps per row once a file is reduced
 * (the engine's StudentRef and its strings), and what an ID → places index over those rows adds (the structure
 * crossDuplicates builds: a hash map from the full ID string to the rows holding it).
 */
function indexMemory(rows: number): { entryBytes: number; indexBytes: number; rows: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with node --expose-gc");
  gc();
  const before = process.memoryUsage().heapUsed;
  const files = auditFilesOf(rows);
  gc();
  const afterEntries = process.memoryUsage().heapUsed;
  const index = new Map<string, { file: AuditFile; sheet: number; row: number }[]>();
  for (const file of files) {
    file.sheets[0].rows.forEach((r, row) => {
      const places = index.get(r.idNumber);
      const place = { file, sheet: 0, row };
      if (places) places.push(place);
      else index.set(r.idNumber, [place]);
    });
  }
  gc();
  const afterIndex = process.memoryUsage().heapUsed;
  const total = files.reduce((n, f) => n + f.sheets[0].rows.length, 0);
  if (index.size === 0) throw new Error("nothing indexed");
  return { entryBytes: (afterEntries - before) / total, indexBytes: (afterIndex - afterEntries) / total, rows: total };
}

async function main(): Promise<void> {
  if (process.argv[2] === "--child") {
    const n = Number(process.argv[3]);
    process.once("message", (paths) => {
      void auditSize(paths as string[], n).then((r) => {
        process.send!(r, () => process.exit(0));
      });
    });
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "xueji-audit-bench-"));
  try {
    const max = Math.max(...SIZES);
    process.stderr.write(`生成 ${max} 个学校文件 × ${ROWS_PER_FILE} 行 …\n`);
    const county = generateCounty({ schools: max, rowsPerSchool: ROWS_PER_FILE, schoolYear: 2025, plant: true });
    const written = await writeCounty(dir, county);
    const paths = written.schoolFiles.map((p) => join(dir, p));

    console.log(`county audit benchmark (node ${process.version}, ${ROWS_PER_FILE} rows per file, 71 columns, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`);
    console.log("files   threads  rows     read+check s  audit s  write s  total s  rows/s (total)  rows/s (read+check)  maxRSS MB");
    for (const n of SIZES) {
      const r = await runChild(paths, n);
      const total = (r.readCheckMs + r.auditMs + r.writeMs) / 1000;
      console.log(
        [
          String(r.files).padEnd(7),
          String(r.threads).padEnd(8),
          String(r.rows).padEnd(8),
          (r.readCheckMs / 1000).toFixed(2).padEnd(13),
          (r.auditMs / 1000).toFixed(3).padEnd(8),
          (r.writeMs / 1000).toFixed(2).padEnd(8),
          total.toFixed(2).padEnd(8),
          String(Math.round(r.rows / total)).padEnd(15),
          String(Math.round(r.rows / (r.readCheckMs / 1000))).padEnd(20),
          r.maxRssMb.toFixed(0),
        ].join(" "),
      );
    }
    const m = indexMemory(100_000);
    const mb = (bytesPerRow: number) => ((bytesPerRow * 1e5) / 1048576).toFixed(1);
    console.log(
      `audit memory (${m.rows} rows, gc forced): ${m.entryBytes.toFixed(0)} B per row kept (StudentRef + strings), ` +
        `${m.indexBytes.toFixed(0)} B per row for the ID → places index; ` +
        `per 100,000 rows: ${mb(m.entryBytes)} MB + ${mb(m.indexBytes)} MB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
