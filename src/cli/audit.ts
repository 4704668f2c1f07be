import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import {
  auditCounty,
  isUnreadable,
  maskDeep,
  type AuditFile,
  type AuditReport,
  type UnreadableFile,
} from "../core/audit";
import { auditThreads, readAuditFiles } from "./audit-pool";
import { auditText } from "./audit-text";
import { EXIT_ERRORS, EXIT_OK, EXIT_UNREADABLE, fail, startCommand, type CommandSpec } from "./command-start";
import { fsMessage } from "./fs-message";
import type { CliIo } from "./io";

/** What a folder of submissions holds that the audit reads; Excel's "~$" lock files and hidden files are not. */
const AUDITED = /\.(xlsx|xlsm|xls|csv)$/i;

export const AUDIT_USAGE = `xueji audit 文件夹或文件... [选项]
  县区核查：读取文件夹中（含子文件夹）所有 .xlsx / .xls / .csv，逐个检查，再查跨校重复学籍、班额，写出核查工作簿。
  County audit: check every school's file, then cross-school duplicates and class sizes; write one audit workbook.

选项 Options:
  --profile 名称|路径   地区配置（班额上限等），默认 national  Jurisdiction profile; default national
  --out 文件            核查工作簿，默认 县区核查结果.xlsx     Audit workbook; default 县区核查结果.xlsx
  --json 文件           另存 JSON 报告                         Also write the report as JSON
  --mask-ids            身份证件号中间 8 位打 *（报告外发时用）  Mask the middle of ID numbers everywhere
  --today YYYYMMDD      以该日期为“今天”                       Date used as today

退出码 Exit codes: 0 没有错误 · 1 发现错误或有文件无法读取 · 2 没有可读的文件或参数有误
`;

const AUDIT: CommandSpec = {
  values: ["profile", "out", "json", "today"],
  flags: ["mask-ids", "help"],
  helpHint: "xueji audit --help",
  usage: AUDIT_USAGE,
  positionals: (given) => (given.length === 0 ? "请给出要核查的文件夹或文件（Nothing to audit）。例如：xueji audit 各校上报/" : null),
};

interface Settings {
  inputs: string[];
  out: string;
  json?: string;
  mask: boolean;
  today?: string;
}

/** `xueji audit DIR_OR_FILES... [--profile] [--out] [--json] [--mask-ids] [--today]` */
export async function runAudit(args: string[], rawIo: CliIo): Promise<number> {
  const start = startCommand(args, AUDIT, rawIo);
  if (typeof start === "number") return start;
  const { positionals, values, flags, io } = start;
  const settings: Settings = {
    inputs: positionals,
    out: values.out ?? "县区核查结果.xlsx",
    json: values.json,
    mask: flags.has("mask-ids"),
    today: values.today,
  };

  const { paths, refused } = collectFiles(settings.inputs, io.cwd);
  if (paths.length === 0 && refused.length === 0) return fail(io, "没有找到 .xlsx、.xls 或 .csv 文件（No workbooks found）。");

  const profile = start.profile;
  const jobs = paths.map((full) => ({ full, shown: displayPath(full, io.cwd) }));
  const files: AuditFile[] = [];
  const unreadable: UnreadableFile[] = refused.map(({ path, detail }) => ({ path: displayPath(path, io.cwd), reason: "unreadable", detail }));
  const started = Date.now();
  let rows = 0;
  let done = 0;
  const results = await readAuditFiles(jobs, { profile, today: settings.today }, auditThreads(jobs.length), (job, result) => {
    rows += result.rows;
    progress(io, ++done, jobs.length, rows, started, job.shown);
  });
  for (const result of results) {
    if (isUnreadable(result.file)) unreadable.push(result.file);
    else files.push(result.file);
  }
  if (io.isTTY) io.stderr("\n");
  if (files.length === 0) for (const u of unreadable) io.stderr(`${u.path}：${u.detail}\n`);

  // the report is written whatever happened: with nothing readable it still lists every file and why
  const full = auditCounty(files, unreadable, profile);
  const report: AuditReport = settings.mask ? maskDeep(full) : full;
  const outPath = resolve(io.cwd, settings.out);
  let written = true;
  const write = (path: string, data: () => Promise<Uint8Array | string> | Uint8Array | string) =>
    Promise.resolve()
      .then(data)
      .then((d) => writeFileSync(path, d))
      .then(
        () => true,
        (e) => {
          io.stderr(fsMessage(e, "write", displayPath(path, io.cwd)) + "\n");
          return (written = false);
        },
      );
  io.stdout(auditText(report));
  // ExcelJS takes ~0.35 s to load: only the audit pays for it, not every command of the CLI
  const { writeAuditWorkbook } = await import("../io/write-audit");
  if (await write(outPath, () => writeAuditWorkbook(report))) io.stdout(`核查工作簿已写出 ${displayPath(outPath, io.cwd)}\n`);
  if (settings.json) {
    const jsonPath = resolve(io.cwd, settings.json);
    if (await write(jsonPath, () => JSON.stringify(report, null, 2) + "\n")) io.stdout(`JSON 报告已写出 ${displayPath(jsonPath, io.cwd)}\n`);
  }
  if (files.length === 0) return fail(io, "没有一个文件能读取或是学籍导入模板，无法核查（Nothing readable）。");
  const t = report.totals;
  return !written ? EXIT_UNREADABLE : t.errors > 0 || report.unreadable.length > 0 ? EXIT_ERRORS : EXIT_OK;
}

/**
 * Every auditable file under the inputs, in a stable order. What cannot be listed (an input that does not
 * exist, a folder we may not open, a link to nothing) is returned with why, never silently left out.
 */
function collectFiles(inputs: readonly string[], cwd: string): { paths: string[]; refused: { path: string; detail: string }[] } {
  const paths: string[] = [];
  const refused: { path: string; detail: string }[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (e) {
      refused.push({ path: dir, detail: `这个文件夹打不开：${fsMessage(e, "read")}` });
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name.startsWith("~$")) continue;
      const p = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(p);
          [isDir, isFile] = [st.isDirectory(), st.isFile()];
        } catch (err) {
          if (AUDITED.test(e.name)) refused.push({ path: p, detail: fsMessage(err, "read") });
          continue;
        }
      }
      if (isDir) walk(p);
      else if (isFile && AUDITED.test(e.name)) paths.push(p);
    }
  };
  for (const input of inputs) {
    const full = resolve(cwd, input);
    let isDir: boolean;
    try {
      isDir = statSync(full).isDirectory();
    } catch (e) {
      refused.push({ path: full, detail: fsMessage(e, "read") });
      continue;
    }
    // a file named on the command line is read whatever its extension: the reader says if it cannot
    if (isDir) walk(full);
    else paths.push(full);
  }
  return { paths: [...new Set(paths)], refused };
}

/** Files done / total and the rows-per-second rate: redrawn in place on a terminal, a line per file otherwise. */
function progress(io: CliIo, done: number, total: number, rows: number, started: number, shown: string): void {
  const seconds = Math.max((Date.now() - started) / 1000, 0.001);
  const line = `[${done}/${total}] ${rows} 行，${Math.round(rows / seconds)} 行/秒 ${shown}`;
  io.stderr(io.isTTY ? `\r\x1b[K${line}` : `${line}\n`);
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") ? rel : path;
}
