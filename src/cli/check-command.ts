import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, extname, join, relative, resolve } from "node:path";
import { checkWorkbook, templates, type CheckResult, type Profile } from "../core";
import { MAX_FILE_BYTES, readWorkbook } from "../io/read-workbook";
import { ReadError } from "../io/read-error";
import { writeCleanedWorkbook } from "../io/write-cleaned";
import { parseArgs } from "./args";
import type { CliIo } from "./io";
import { jsonFileReport, type JsonFileReport, type JsonReadFailure } from "./json-report";
import { chooseProfile } from "./profile-option";
import { startProgress } from "./progress";
import { summarise, summariseSkipped } from "./summary";
import { USAGE } from "./usage";

const SPEC = { values: ["profile", "template", "out", "json", "today"], flags: ["help"] };

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNREADABLE = 2;

interface CheckSettings {
  files: string[];
  profile: Profile;
  templateId: string;
  outDir: string;
  jsonPath?: string;
  today?: string;
}

/** `xueji check FILE... [--profile] [--template] [--out] [--json] [--today]` */
export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const settings = settingsFrom(argv, io);
  if (typeof settings === "number") return settings;

  const reports: (JsonFileReport | JsonReadFailure)[] = [];
  const usedNames = new Set<string>();
  let anyErrors = false;
  let anyUnreadable = false;
  for (const file of settings.files) {
    const shown = displayPath(file, io.cwd);
    const read = readInput(resolve(io.cwd, file), shown);
    if (!read.ok) {
      io.stderr(`${shown}：${read.message}\n`);
      reports.push({ path: shown, error: read.message });
      anyUnreadable = true;
      continue;
    }
    const progress = startProgress(io, shown);
    const check = checkWorkbook(read.tables, {
      profile: settings.profile,
      // the engine detects the template when no id is given
      templateId: settings.templateId === "auto" ? undefined : settings.templateId,
      today: settings.today,
      onProgress: progress.update,
    });
    progress.end();
    for (const result of check.results) {
      const cleanedPath = result.template
        ? await writeCleaned(result, settings, cleanedName(file, result, check.results.length, usedNames))
        : null;
      const cleanedShown = cleanedPath ? displayPath(cleanedPath, io.cwd) : null;
      io.stdout(summarise(shown, result, cleanedShown));
      reports.push(jsonFileReport(shown, result, cleanedShown));
      if (result.counts.errors > 0) anyErrors = true;
    }
    io.stdout(summariseSkipped(check.skipped) + "\n");
  }
  if (settings.jsonPath) {
    const jsonPath = resolve(io.cwd, settings.jsonPath);
    writeFileSync(jsonPath, JSON.stringify(reports, null, 2) + "\n", "utf8");
    io.stdout(`JSON 报告已写出 ${displayPath(jsonPath, io.cwd)}\n`);
  }
  return anyUnreadable ? EXIT_UNREADABLE : anyErrors ? EXIT_ERRORS : EXIT_OK;
}

function settingsFrom(argv: string[], io: CliIo): CheckSettings | number {
  const parsed = parseArgs(argv, SPEC);
  if (!parsed.ok) return fail(io, `${parsed.message}\n运行 xueji --help 查看用法。`);
  const { positionals, values, flags } = parsed.args;
  if (flags.has("help")) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (positionals.length === 0) return fail(io, "请给出要检查的文件（No files given）。例如：xueji check 学生信息.xlsx");
  const choice = chooseProfile(values.profile, io.cwd);
  if (!choice.ok) return fail(io, choice.message);
  const templateId = values.template ?? "auto";
  if (templateId !== "auto" && !templates.some((t) => t.id === templateId)) {
    const valid = templates.map((t) => `  ${t.id}  ${t.name}`).join("\n");
    return fail(io, `没有名为「${templateId}」的模板（Unknown template）。可用的模板：\n  auto  按表头自动识别\n${valid}`);
  }
  if (values.today !== undefined && !isValidYmd(values.today)) {
    return fail(io, `--today 应为 YYYYMMDD 格式的日期，如 20250901（现为 ${values.today}）。`);
  }
  return {
    files: positionals,
    profile: choice.profile,
    templateId,
    outDir: resolve(io.cwd, values.out ?? "out"),
    jsonPath: values.json,
    today: values.today,
  };
}

function fail(io: CliIo, message: string): number {
  io.stderr(message + "\n");
  return EXIT_UNREADABLE;
}

function isValidYmd(s: string): boolean {
  if (!/^\d{8}$/.test(s)) return false;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(4, 6));
  const d = Number(s.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

type Input = { ok: true; tables: ReturnType<typeof readWorkbook> } | { ok: false; message: string };

function readInput(path: string, shown: string): Input {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, message: "这是一个文件夹，不是文件。请给出表格文件；检查整个文件夹请用 xueji audit。" };
    size = st.size;
  } catch {
    return { ok: false, message: "找不到这个文件（File not found）。请检查路径和文件名。" };
  }
  if (size > MAX_FILE_BYTES) {
    return { ok: false, message: `文件过大（约 ${Math.ceil(size / 1048576)} MB，上限 ${MAX_FILE_BYTES / 1048576} MB）。请按年级或班级拆分后分别检查。` };
  }
  try {
    return { ok: true, tables: readWorkbook(new Uint8Array(readFileSync(path)), shown) };
  } catch (e) {
    if (e instanceof ReadError) return { ok: false, message: e.message };
    return { ok: false, message: `无法读取（${e instanceof Error ? e.message : String(e)}）。` };
  }
}

/** `<name>.cleaned.xlsx`, with the sheet name when a workbook holds several templates, never overwriting a sibling's. */
function cleanedName(file: string, result: CheckResult, sheetsInFile: number, used: Set<string>): string {
  const stem = basename(file, extname(file));
  const base = sheetsInFile > 1 ? `${stem}.${result.sheet.replace(/[\\/:*?"<>|]/g, "_")}` : stem;
  let name = `${base}.cleaned.xlsx`;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}.cleaned.xlsx`;
  used.add(name);
  return name;
}

async function writeCleaned(result: CheckResult, settings: CheckSettings, name: string): Promise<string> {
  mkdirSync(settings.outDir, { recursive: true });
  const path = join(settings.outDir, name);
  writeFileSync(path, await writeCleanedWorkbook(result, { profile: settings.profile }));
  return path;
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, path));
  return rel && !rel.startsWith("..") ? rel : resolve(cwd, path);
}
