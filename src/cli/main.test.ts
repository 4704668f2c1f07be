import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkWorkbook, getProfile, workbookEdits } from "../core";
import { national2013 } from "../core/templates/national-2013";
import { readWorkbook } from "../io/read-workbook";
import { writeUpload } from "../io/write-upload";
import { nationalContinuation } from "../core/templates/national-continuation";
import { entrantsSample, SAMPLE_TODAY } from "../samples/entrants-sample";
import { sampleXlsx } from "../samples/sample-files";
import { generateStudents } from "../samples/students";
import { templateRows } from "../samples/template-rows";
import { memoryIo } from "./io";
import type { JsonFileReport, JsonReadFailure } from "./json-report";
import { main } from "./main";

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "xueji-cli-"));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(argv: string[], isTTY = false) {
  const io = memoryIo(dir, isTTY);
  const code = await main(argv, io);
  return { code, out: io.out.join(""), err: io.err.join("") };
}

function writeSample(): string {
  writeFileSync(join(dir, "新生.xlsx"), sampleXlsx(entrantsSample()));
  return "新生.xlsx";
}

function writeCleanFile(): string {
  const students = generateStudents({ count: 12, seed: 9, schoolYear: 2025 });
  writeFileSync(join(dir, "clean.xlsx"), sampleXlsx({ sheet: "学生", rows: templateRows(nationalContinuation, students), planted: [] }));
  return "clean.xlsx";
}

describe("xueji check", () => {
  it("summarises a file with problems, writes the cleaned workbook and exits 1", async () => {
    const file = writeSample();
    const r = await run(["check", file, "--today", SAMPLE_TODAY]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("新生.xlsx — 工作表「学生信息」");
    expect(r.out).toMatch(/数据行 120，错误 \d+，警告 \d+，已修正 \d+，重复身份证件号 [1-9]\d*，超上限班级 1/);
    expect(r.out).toContain("前 10 个问题：");
    expect(r.out).toMatch(/第 5 行 G 列\s*「身份证件号」：身份证件号校验位/);
    expect(existsSync(join(dir, "out", "新生.cleaned.xlsx"))).toBe(true);
    expect(existsSync(join(dir, "out", "新生.report.xlsx"))).toBe(true);
    expect(r.out).toMatch(/已写出 out[\\/]新生\.cleaned\.xlsx（上传用：原文件改正后的副本，通过 \d+ 行，去掉未通过的 \d+ 行）/);
    expect(r.out).toMatch(/已写出 out[\\/]新生\.report\.xlsx（报告：/);
  });

  it("writes to disk the same upload copy the page builds in memory (edited from the file as it is read)", async () => {
    const file = writeSample();
    expect((await run(["check", file, "--today", SAMPLE_TODAY])).code).toBe(1);
    const bytes = new Uint8Array(readFileSync(join(dir, file)));
    const tables = readWorkbook(bytes, file);
    const check = checkWorkbook(tables, { profile: getProfile("national")!, today: SAMPLE_TODAY });
    expect(workbookEdits(check).some((e) => e.cells.length > 0 && e.removeRows.length > 0)).toBe(true);
    const inMemory = writeUpload(bytes, tables, workbookEdits(check)).bytes;
    expect(readFileSync(join(dir, "out", "新生.cleaned.xlsx")).equals(inMemory)).toBe(true);
  });

  it("says it cannot write the upload copy where something is in its way, and leaves no report without it", async () => {
    const file = writeSample();
    mkdirSync(join(dir, "out", "新生.cleaned.xlsx"), { recursive: true });
    const r = await run(["check", file, "--today", SAMPLE_TODAY]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/新生\.xlsx：无法写出「.*新生\.cleaned\.xlsx」/);
    expect(existsSync(join(dir, "out", "新生.report.xlsx"))).toBe(false);
  });

  it("refuses to write a copy of a file another program changed while it was checked, and writes nothing", async () => {
    const file = writeSample();
    const io = memoryIo(dir);
    const stderr = io.stderr;
    // the check's start is said on stderr: the file is written into just then
    io.stderr = (t) => {
      if (t.startsWith("正在检查")) appendFileSync(join(dir, file), "changed");
      stderr(t);
    };
    const code = await main(["check", file, "--today", SAMPLE_TODAY], io);
    expect(code).toBe(2);
    expect(io.err.join("")).toContain("新生.xlsx：文件在检查期间被其他程序改动过，未写出改正后的副本。");
    expect(existsSync(join(dir, "out", "新生.cleaned.xlsx"))).toBe(false);
    expect(existsSync(join(dir, "out", "新生.report.xlsx"))).toBe(false);
  });

  it("says once per sheet which checks its layout does not allow (the 2013 order has no 年级)", async () => {
    const students = generateStudents({ count: 6, seed: 4, schoolYear: 2025 });
    writeFileSync(join(dir, "2013.xlsx"), sampleXlsx({ sheet: "学生", rows: templateRows(national2013, students), planted: [] }));
    const r = await run(["check", "2013.xlsx", "--today", "20251015"]);
    const said = r.out.split("\n").filter((l) => l.includes("本表格式无法检查"));
    expect(said).toEqual(["  本表格式无法检查：一年级入学年龄（缺少「年级」列）；入学年月与年级是否相符（缺少「年级」列）"]);
    await run(["check", "2013.xlsx", "--today", "20251015", "--json", "2013.json"]);
    const [report] = JSON.parse(readFileSync(join(dir, "2013.json"), "utf8")) as JsonFileReport[];
    expect(report.unchecked).toEqual([
      { check: "一年级入学年龄", missing: ["年级"] },
      { check: "入学年月与年级是否相符", missing: ["年级"] },
    ]);
    const clean = await run(["check", writeCleanFile(), "--today", "20251015"]);
    expect(clean.out).not.toContain("本表格式无法检查");
  });

  it("writes the JSON report as issue #2 describes it", async () => {
    const file = writeSample();
    const r = await run(["check", file, "--today", SAMPLE_TODAY, "--out", "cleaned", "--json", "report.json"]);
    expect(r.code).toBe(1);
    const [report] = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as JsonFileReport[];
    expect(report).toMatchObject({
      path: "新生.xlsx",
      sheet: "学生信息",
      template: "national-continuation",
      profile: "national",
      headerRow: 1,
      dataRows: 120,
    });
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: "id/checksum", severity: "error", row: 5, column: "身份证件号", cell: "G5" }),
    );
    const checksum = report.issues.find((i) => i.code === "id/checksum")!;
    expect(checksum.message).not.toContain("{");
    expect(report.classes).toContainEqual({ grade: "一年级", class: "1班", count: 58, cap: expect.any(Number), status: "over-cap" });
    expect(report.cleaned).toEqual({
      path: join("cleaned", "新生.cleaned.xlsx"),
      report: join("cleaned", "新生.report.xlsx"),
      rows: expect.any(Number),
      rejected: expect.any(Number),
    });
    expect(report.cleaned!.rows + report.cleaned!.rejected).toBe(120);
  });

  it("exits 2 for a file that is no template, naming the closest one and what it lacks, and writes nothing", async () => {
    writeFileSync(join(dir, "名单.csv"), "姓名,性别,出生日期,身份证件类型\n测试甲,男,20190304,居民身份证\n");
    const r = await run(["check", "名单.csv", "--today", SAMPLE_TODAY]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/没有一个工作表是可识别的导入模板，未写出文件。最接近的是「[^」]+」，缺少列：「身份证件号码」/);
    expect(existsSync(join(dir, "out", "名单.cleaned.xlsx"))).toBe(false);
  });

  it("keeps the source's format: an .xls comes back as an .xls, with its report beside it", async () => {
    const XLSX = await import("@e965/xlsx");
    const wb = XLSX.read(readFileSync(join(dir, writeSample())), { type: "buffer" });
    writeFileSync(join(dir, "旧表.xls"), XLSX.write(wb, { type: "buffer", bookType: "biff8" }) as Buffer);
    const r = await run(["check", "旧表.xls", "--today", SAMPLE_TODAY]);
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, "out", "旧表.cleaned.xls")).subarray(0, 4)).toEqual(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    expect(existsSync(join(dir, "out", "旧表.report.xlsx"))).toBe(true);
  });

  it("exits 0 for a clean file", async () => {
    const r = await run(["check", writeCleanFile(), "--today", SAMPLE_TODAY]);
    expect(r.err).toBe("正在检查 clean.xlsx …\n");
    expect(r.out).toContain("错误 0");
    expect(r.code).toBe(0);
  });

  it("exits 2 and says why when a file cannot be read, and still checks the others", async () => {
    writeFileSync(join(dir, "broken.xlsx"), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    const r = await run(["check", "missing.xlsx", "broken.xlsx", writeCleanFile(), "--today", SAMPLE_TODAY, "--json", "r.json"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("missing.xlsx：找不到这个文件");
    expect(r.err).toContain("broken.xlsx：文件「broken.xlsx」已损坏或不完整");
    expect(r.out).toContain("clean.xlsx — 工作表「学生」");
    const reports = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as (JsonFileReport | JsonReadFailure)[];
    expect(reports.map((x) => x.path)).toEqual(["missing.xlsx", "broken.xlsx", "clean.xlsx"]);
    expect((reports[1] as JsonReadFailure).error).toContain("已损坏");
  });

  it("draws a progress bar on a terminal for reading, checking and writing, and clears it", async () => {
    const r = await run(["check", writeCleanFile(), "--today", SAMPLE_TODAY], true);
    expect(r.err).toContain("\rclean.xlsx 读取 [");
    expect(r.err).toContain("\rclean.xlsx 检查 [");
    expect(r.err).toContain("100% 12/12 行");
    expect(r.err).toContain("\rclean.xlsx 写出 [########################] 100%");
    expect(r.err.endsWith("\r\x1b[K")).toBe(true);
  });

  it("uses a profile given as a JSON file", async () => {
    writeFileSync(join(dir, "county.json"), JSON.stringify({ extends: "national", id: "my-county", name: "测试县", classCaps: { primary: 40, junior: 45 } }));
    const r = await run(["check", writeCleanFile(), "--profile", "county.json", "--today", SAMPLE_TODAY]);
    expect(r.out).toContain("配置：测试县");
  });

  it("shows a profile file's validation problems as they are", async () => {
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ extends: "national", classCaps: { primary: "四十五", junior: 50 } }));
    const r = await run(["check", writeCleanFile(), "--profile", "bad.json"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("配置文件 bad.json 中 classCaps.primary 无效");
    writeFileSync(join(dir, "broken.json"), "{ not json");
    expect((await run(["check", "x.xlsx", "--profile", "broken.json"])).err).toContain("不是有效的 JSON");
  });

  it.each([
    [["check", "a.xlsx", "--profile", "nowhere"], "没有名为「nowhere」的内置配置", "national"],
    [["check", "a.xlsx", "--template", "nope"], "没有名为「nope」的模板", "national-continuation"],
    [["check", "a.xlsx", "--today", "20250231"], "--today 应为 YYYYMMDD", "20250231"],
    // every command takes --today the same way: a date that does not exist is refused, not only a wrong length
    [["audit", "各校/", "--today", "20250231"], "--today 应为 YYYYMMDD", "20250231"],
    [["compare", "a.xlsx", "b.xlsx", "--today", "20251340"], "--today 应为 YYYYMMDD", "20251340"],
    [["photos", "照片/", "--today", "2025091"], "--today 应为 YYYYMMDD", "2025091"],
    [["check", "a.xlsx", "--outdir", "x"], "不认识的选项 --outdir", "xueji --help"],
    [["check"], "请给出要检查的文件", "xueji check"],
    [["frobnicate"], "不认识的命令「frobnicate」", "check、audit、compare、photos、profiles"],
  ])("%j exits 2 with a clear message", async (argv, message, hint) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).toContain(hint);
  });
});

describe("xueji profiles / --help", () => {
  it("lists the shipped profiles with caps and sources", async () => {
    const r = await run(["profiles"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^national {2}/m);
    expect(r.out).toMatch(/班额上限 小学 \d+ \/ 初中 \d+/);
    expect(r.out).toContain("依据：");
    expect(r.out).toContain("学籍照片 JPG 小于 60 KB，至少 154×189 像素，宽高比 26:32");
  });

  it("prints the usage for --help and exits 0, and for no command exits 2", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("xueji check 文件... [选项]");
    expect(help.out).toContain("xueji photos 文件夹|压缩包 ...");
    expect((await run(["check", "--help"])).out).toContain("--profile");
    expect((await run([])).code).toBe(2);
  });
});
