import { readFileSync, statSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { maskDeep, type UnreadableFile } from "../core/audit";
import { compareRosters, isUnreadableSide, type CompareReport, type CompareSide, type Side } from "../core/compare";
import type { CheckOptions } from "../core";
import { readCompareFile } from "../io/read-compare-file";
import { MAX_FILE_BYTES } from "../io/read-workbook";
import { writeCompareWorkbook } from "../io/write-compare";
import { EXIT_ERRORS, EXIT_OK, fail, startCommand, type CommandSpec } from "./command-start";
import { compareText } from "./compare-text";
import type { CliIo } from "./io";

const DEFAULT_OUT = "人籍核对结果.xlsx";

export const COMPARE_USAGE = `xueji compare 前表 后表 [选项]
  人籍核对：比较两份学生名单（如上学期和本学期的学籍导出表，或学籍导出表和班主任花名册），找出
  只在前表的学生（转出、休学或辍学：控辍保学跟进）、只在后表的学生（新入学或转入；转入却没有学籍号的）、
  姓名/性别/出生日期/身份证件号/学籍号有变化的学生（需关键数据变更申请）、年级异常和调班，以及各校、各年级、各班人数。
  名单可以是任何导入模板，也可以只有「姓名」「身份证件号」两列，或「姓名」「性别」「出生日期」三列。
  Compare two rosters: who left (follow up drop-outs), who came (transfers without a register number),
  whose key fields changed, whose grade did not move as it should; one workbook.

选项 Options:
  --profile 名称|路径     地区配置（学制 6-3 / 5-4 等），默认 national   Jurisdiction profile; default national
  --out 文件              核对工作簿，默认 ${DEFAULT_OUT}               Comparison workbook
  --json 文件             另存 JSON 报告                                 Also write the report as JSON
  --mask-ids              身份证件号中间 8 位打 *（报告外发时用）          Mask the middle of ID numbers everywhere
  --school-years 0|1      两表相隔的学年数：0 同一学年内，1 跨一个学年；默认按学生年级推断
                          School years between the lists; inferred from the students by default
  --today YYYYMMDD        以该日期为“今天”检查两份名单                     Date used as today for the checks

退出码 Exit codes: 0 没有需要跟进的差异 · 1 有需要跟进的学生或变化 · 2 文件无法读取或参数有误
`;

const COMPARE: CommandSpec = {
  values: ["profile", "out", "json", "today", "school-years"],
  flags: ["mask-ids", "help"],
  helpHint: "xueji compare --help",
  usage: COMPARE_USAGE,
  positionals: (given) =>
    given.length === 2
      ? null
      : `请给出两份名单：先是前表（较早的），再是后表（较新的）。现在给了 ${given.length} 个。例如：xueji compare 2025秋学籍.xlsx 2026春学籍.xlsx`,
};

/** `xueji compare BEFORE AFTER [--profile] [--out] [--json] [--mask-ids] [--school-years] [--today]` */
export async function runCompare(args: string[], rawIo: CliIo): Promise<number> {
  const start = startCommand(args, COMPARE, rawIo);
  if (typeof start === "number") return start;
  const { positionals, values, flags, io, profile } = start;
  const years = values["school-years"];
  if (years !== undefined && years !== "0" && years !== "1") {
    return fail(io, `--school-years 只能是 0（同一学年内）或 1（跨一个学年），现为 ${years}。`);
  }
  const options: CheckOptions = { profile, today: values.today };

  const sides = (["before", "after"] as const).map((side, i) => readSide(positionals[i], side, io.cwd, options));
  const unreadable = sides.filter(isUnreadableSide);
  if (unreadable.length > 0) {
    for (const u of unreadable) io.stderr(`${u.path}：${u.detail}\n`);
    return fail(io, "有名单无法读取，无法核对（Nothing compared）。");
  }
  const [before, after] = sides as CompareSide[];
  const full = compareRosters(before, after, profile, years === undefined ? {} : { schoolYears: Number(years) as 0 | 1 });
  const report: CompareReport = flags.has("mask-ids") ? maskDeep(full) : full;

  const outPath = resolve(io.cwd, values.out ?? DEFAULT_OUT);
  writeFileSync(outPath, writeCompareWorkbook(report));
  io.stdout(compareText(report));
  io.stdout(`核对工作簿已写出 ${displayPath(outPath, io.cwd)}\n`);
  if (values.json) {
    const jsonPath = resolve(io.cwd, values.json);
    writeFileSync(jsonPath, JSON.stringify(report, null, 2) + "\n", "utf8");
    io.stdout(`JSON 报告已写出 ${displayPath(jsonPath, io.cwd)}\n`);
  }
  const t = report.totals;
  const actions = t.followUps + t.transfersWithoutRegister + t.keyFieldChanges + t.gradeAnomalies;
  const unsure = [...report.onlyBefore, ...report.onlyAfter].some((u) => u.note);
  return actions > 0 || unsure ? EXIT_ERRORS : EXIT_OK;
}

/** One list from disk: refused by its size before it is loaded, else read, checked and reduced. */
function readSide(given: string, side: Side, cwd: string, options: CheckOptions): CompareSide | UnreadableFile {
  const full = resolve(cwd, given);
  const path = displayPath(full, cwd);
  let size: number;
  try {
    const st = statSync(full);
    if (st.isDirectory()) return { path, reason: "unreadable", detail: "这是一个文件夹，不是文件。请给出一份名单文件。" };
    size = st.size;
  } catch {
    return { path, reason: "unreadable", detail: "找不到这个文件（File not found）。请检查路径和文件名。" };
  }
  if (size > MAX_FILE_BYTES) {
    return { path, reason: "unreadable", detail: `文件过大（约 ${Math.ceil(size / 1048576)} MB，上限 ${MAX_FILE_BYTES / 1048576} MB）。请按学校或年级拆分后分别核对。` };
  }
  const file = readFileSync(full);
  return readCompareFile(new Uint8Array(file.buffer, file.byteOffset, file.length), path, side, options);
}


function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") ? rel : path;
}
