import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { checkWorkbook, templates, workbookEdits, type Profile, type SheetTable, type WorkbookCheck } from "../core";
import { MAX_FILE_BYTES, readWorkbook } from "../io/read-workbook";
import { ReadError } from "../io/read-error";
import { textEncodingNote } from "../io/text-encoding-note";
import { writeReport } from "../io/write-report";
import type { OnWorkProgress } from "../io/progress";
import { uploadKind, writeUploadTo, type UploadFile } from "../io/write-upload";
import { EXIT_ERRORS, EXIT_OK, EXIT_UNREADABLE, fail, startCommand, type CommandSpec } from "./command-start";
import type { CliIo } from "./io";
import { jsonFileReport, type JsonFileReport, type JsonReadFailure } from "./json-report";
import { startProgress } from "./progress";
import { FileBytes, FileChangedError } from "./file-bytes";
import { FileSink, FileWriteError } from "./file-sink";
import { fsMessage } from "./fs-message";
import { internalErrorMessage } from "./internal-error";
import { outputNames } from "./output-names";
import { summarise, summariseNoTemplate, summariseOutputs, summariseSkipped } from "./summary";
import { USAGE } from "./usage";

const CHECK: CommandSpec = {
  values: ["profile", "template", "out", "json", "today"],
  flags: ["help"],
  helpHint: "xueji --help",
  usage: USAGE,
  positionals: (given) => (given.length === 0 ? "请给出要检查的文件（No files given）。例如：xueji check 学生信息.xlsx" : null),
};

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
    const outcome = checkOneFile(file, settings, io, usedNames);
    reports.push(...outcome.reports);
    anyErrors ||= outcome.errors;
    anyUnreadable ||= outcome.unreadable;
  }
  if (settings.jsonPath) {
    const jsonPath = resolve(io.cwd, settings.jsonPath);
    try {
      writeFileSync(jsonPath, JSON.stringify(reports, null, 2) + "\n", "utf8");
      io.stdout(`JSON 报告已写出 ${displayPath(jsonPath, io.cwd)}\n`);
    } catch (e) {
      io.stderr(fsMessage(e, "write", displayPath(jsonPath, io.cwd)) + "\n");
      anyUnreadable = true;
    }
  }
  return anyUnreadable ? EXIT_UNREADABLE : anyErrors ? EXIT_ERRORS : EXIT_OK;
}

interface FileOutcome {
  reports: (JsonFileReport | JsonReadFailure)[];
  /** the check found errors */
  errors: boolean;
  /** the file could not be read, written or checked as a template */
  unreadable: boolean;
}

/** Read, check and write one file, saying what happened; a failure is this file's alone. */
function checkOneFile(file: string, settings: CheckSettings, io: CliIo, usedNames: Set<string>): FileOutcome {
  const shown = displayPath(file, io.cwd);
  const failed = (message: string): FileOutcome => {
    io.stderr(`${shown}：${message}\n`);
    return { reports: [{ path: shown, error: message }], errors: false, unreadable: true };
  };
  const reading = startProgress(io, shown, "read");
  const read = readInput(resolve(io.cwd, file), shown, reading.update);
  reading.end();
  if (!read.ok) return failed(read.message);
  try {
    const note = textEncodingNote(read.tables[0]);
    if (note) io.stdout(`${shown}：${note}\n`);
    const progress = startProgress(io, shown);
    let check: WorkbookCheck;
    let outputs: WrittenOutputs | null;
    try {
      check = checkWorkbook(read.tables, {
        profile: settings.profile,
        // the engine detects the template when no id is given
        templateId: settings.templateId === "auto" ? undefined : settings.templateId,
        today: settings.today,
        onProgress: progress.update,
      });
      progress.end();
      // a workbook is written by editing its own bytes: its tables' rows (a third of the heap) can go first
      if (read.kind !== "tables") read.tables = read.tables.map((t) => ({ ...t, rows: [] }));
      const writing = startProgress(io, shown, "write");
      outputs = check.results.some((r) => r.template) ? writeOutputs(file, read, check, settings, usedNames, writing.update) : null;
      writing.end();
    } catch (e) {
      // a full disk, a bug: said for this file, and the others are still checked
      progress.end();
      return failed(e instanceof OutputError ? e.message : internalErrorMessage(e));
    }
    const outcome: FileOutcome = { reports: [], errors: false, unreadable: false };
    const shownOutputs = outputs && { ...outputs, upload: displayPath(outputs.upload, io.cwd), report: displayPath(outputs.report, io.cwd) };
    for (const result of check.results) {
      io.stdout(summarise(shown, result, shownOutputs?.report ?? null));
      outcome.reports.push(jsonFileReport(shown, result, shownOutputs));
      if (result.counts.errors > 0) outcome.errors = true;
    }
    io.stdout(summariseSkipped(check.skipped));
    if (shownOutputs) io.stdout(summariseOutputs(check, shownOutputs));
    if (check.noTemplate) {
      io.stdout(summariseNoTemplate(check.noTemplate));
      outcome.unreadable = true;
    }
    io.stdout("\n");
    return outcome;
  } finally {
    read.file.close();
  }
}

function settingsFrom(argv: string[], rawIo: CliIo): CheckSettings | number {
  const start = startCommand(argv, CHECK, rawIo);
  if (typeof start === "number") return start;
  const { positionals, values, io } = start;
  const templateId = values.template ?? "auto";
  if (templateId !== "auto" && !templates.some((t) => t.id === templateId)) {
    const valid = templates.map((t) => `  ${t.id}  ${t.name}`).join("\n");
    return fail(io, `没有名为「${templateId}」的模板（Unknown template）。可用的模板：\n  auto  按表头自动识别\n${valid}`);
  }
  return {
    files: positionals,
    profile: start.profile,
    templateId,
    outDir: resolve(io.cwd, values.out ?? "out"),
    jsonPath: values.json,
    today: values.today,
  };
}

/** A file read: kept open (an .xlsx is read from it as needed, and its upload copy edited from it). */
interface ReadFile {
  ok: true;
  file: FileBytes;
  kind: ReturnType<typeof uploadKind>;
  tables: SheetTable[];
}

type Input = ReadFile | { ok: false; message: string };

function readInput(path: string, shown: string, onProgress: OnWorkProgress): Input {
  try {
    if (statSync(path).isDirectory()) return { ok: false, message: fsMessage({ code: "EISDIR" }, "read") };
  } catch (e) {
    return { ok: false, message: fsMessage(e, "read") };
  }
  let file: FileBytes;
  try {
    file = new FileBytes(path);
  } catch (e) {
    return { ok: false, message: fsMessage(e, "read") };
  }
  if (file.length > MAX_FILE_BYTES) {
    file.close();
    return { ok: false, message: `文件过大（约 ${Math.ceil(file.length / 1048576)} MB，上限 ${MAX_FILE_BYTES / 1048576} MB）。请按年级或班级拆分后分别检查。` };
  }
  try {
    // read first: the reader says what is wrong with a damaged file
    const tables = readWorkbook(file, shown, onProgress);
    return { ok: true, file, kind: uploadKind(file), tables };
  } catch (e) {
    file.close();
    if (e instanceof ReadError) return { ok: false, message: e.message };
    return { ok: false, message: internalErrorMessage(e) };
  }
}

export interface WrittenOutputs {
  upload: string;
  report: string;
  /** the source was text (or HTML) named like a workbook: the upload file is a new .xlsx of its cells */
  converted: boolean;
  /** control characters left out of the upload file (Excel refuses XML holding them) */
  strippedControlChars?: number;
}

/**
 * The upload-ready file (the source, edited) and the report beside it. The upload copy is written to its
 * file as it is made; a copy left half written (a full disk) is removed.
 */
function writeOutputs(
  file: string,
  read: ReadFile,
  check: WorkbookCheck,
  settings: CheckSettings,
  used: Set<string>,
  onProgress: OnWorkProgress,
): WrittenOutputs {
  const names = outputNames(file, read.kind === "xls" ? "xls" : "xlsx", used);
  const uploadPath = join(settings.outDir, names.upload);
  const reportPath = join(settings.outDir, names.report);
  writeOut(settings.outDir, () => mkdirSync(settings.outDir, { recursive: true }));
  let upload: Omit<UploadFile, "bytes">;
  try {
    read.file.assertUnchanged();
    upload = streamOut(uploadPath, (sink) => writeUploadTo(sink, read.file, read.tables, workbookEdits(check), onProgress));
  } catch (e) {
    throw e instanceof FileChangedError ? new OutputError(CHANGED) : e;
  }
  // the report holds the rows taken out: an upload copy without it is not left behind
  let report: Uint8Array;
  try {
    report = writeReport(check, { fileName: basename(file) });
    writeOut(reportPath, () => writeFileSync(reportPath, report));
  } catch (e) {
    rmSync(uploadPath, { force: true });
    throw e;
  }
  return { upload: uploadPath, report: reportPath, converted: upload.converted, strippedControlChars: upload.strippedControlChars };
}

// a change in place (another program writing into the file): saving a new file over it does not come here
const CHANGED = "文件在检查期间被其他程序改动过，未写出改正后的副本。请关闭正在编辑它的程序后重新检查。";

/** A write that failed, in the user's words. */
class OutputError extends Error {}

function writeOut(path: string, write: () => void): void {
  try {
    write();
  } catch (e) {
    throw new OutputError(fsMessage(e, "write", path));
  }
}

function streamOut<T>(path: string, write: (sink: FileSink) => T): T {
  let sink: FileSink;
  try {
    sink = new FileSink(path);
  } catch (e) {
    throw new OutputError(fsMessage(e instanceof FileWriteError ? e.cause : e, "write", path));
  }
  try {
    const result = write(sink);
    sink.close();
    return result;
  } catch (e) {
    sink.discard();
    throw e instanceof FileWriteError ? new OutputError(fsMessage(e.cause, "write", path)) : e;
  }
}

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, path));
  return rel && !rel.startsWith("..") ? rel : resolve(cwd, path);
}
