import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { photoEntries, planted, rosterRows } from "../core/photos/test-photo-set";
import { declaresHuge } from "../io/photos/test-zip";
import { writeZip } from "../io/zip/write-zip";
import { sampleXlsx } from "../samples/sample-files";
import { memoryIo } from "./io";
import { main } from "./main";

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "xueji-photos-"));
  writeFileSync(join(dir, "名单.xlsx"), sampleXlsx({ sheet: "名单", rows: rosterRows(), planted: [] }));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(argv: string[]) {
  const io = memoryIo(dir);
  const code = await main(argv, io);
  return { code, out: io.out.join(""), err: io.err.join("") };
}

function writeFolder(name: string): void {
  for (const e of photoEntries) {
    const path = join(dir, name, e.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, e.bytes);
  }
}

function listFiles(root: string, prefix = ""): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? listFiles(root, `${prefix}${d.name}/`) : [`${prefix}${d.name}`]))
    .sort();
}

const zipBytes = () => writeZip(photoEntries.map((e) => ({ name: e.path, data: e.bytes })));

describe("xueji photos", () => {
  it("checks a folder against a roster, writes the report and a correctly named copy, and leaves the originals alone", async () => {
    writeFolder("照片");
    const before = listFiles(join(dir, "照片"));
    const r = await run(["photos", "照片", "--roster", "名单.xlsx", "--fix-into", "改名后"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    expect(r.out).toContain("照片：照片 22 张，合格 3，有错误 11，有提醒 5，可自动改名 3；名单 21 人，缺少照片 2 人；不属于上传的文件 3 个");
    expect(r.out).toContain(`  一年级1班/${planted.notJpeg.text}.jpg  [错误] 这不是 JPG 照片：按文件内容，它根本不是图片（只改扩展名不会变成 JPG）。`);
    expect(r.out).toContain(`缺少照片：学生19 ${planted.missing}（名单「名单」第 21 行）`);
    expect(r.out).toContain("已把 11 张照片以规范文件名复制到 改名后（原文件未改动；有错误的照片未复制，见报告）");
    expect(r.out).toMatch(/已写出 out[\\/]照片\.照片检查\.xlsx（照片检查报告）/);

    expect(listFiles(join(dir, "照片"))).toEqual(before);
    for (const e of photoEntries) expect(readFileSync(join(dir, "照片", e.path)).equals(Buffer.from(e.bytes))).toBe(true);
    const copied = listFiles(join(dir, "改名后"));
    expect(copied).toHaveLength(11);
    expect(copied).toContain(`一年级1班/${planted.fixable.lowerX}.jpg`);
    expect(copied).toContain(`一年级1班/${planted.fixable.spaced}.jpg`);
    expect(copied).not.toContain(`一年级1班/${planted.tooLarge}.jpg`);
    expect(readFileSync(join(dir, "改名后", `一年级1班/${planted.fixable.upperExt}.jpg`)).equals(readFileSync(join(dir, "照片", `一年级1班/${planted.fixable.upperExt}.JPG`)))).toBe(true);

    const wb = XLSX.read(readFileSync(join(dir, "out", "照片.照片检查.xlsx")), { type: "buffer" });
    expect(wb.SheetNames).toEqual(["汇总", "照片问题", "缺少照片", "照片清单", "其他文件"]);
  });

  it("with --shrink re-encodes into the copy the photos that are only too big, and says so", async () => {
    writeFolder("照片");
    const r = await run(["photos", "照片", "--roster", "名单.xlsx", "--fix-into", "改名后", "--shrink"]);
    expect(r.out).toContain("已把 12 张照片以规范文件名复制到 改名后，其中 1 张超过大小的已重新压缩（原文件未改动；有错误的照片未复制，见报告）");
    const copy = readFileSync(join(dir, "改名后", `一年级1班/${planted.tooLarge}.jpg`));
    expect(copy.length).toBeLessThan(61440);
    expect(readFileSync(join(dir, "照片", `一年级1班/${planted.tooLarge}.jpg`)).length).toBeGreaterThan(61440);
    const wb = XLSX.read(readFileSync(join(dir, "out", "照片.照片检查.xlsx")), { type: "buffer" });
    const notes = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets["照片问题"]).filter((row) => row["文件"] === `${planted.tooLarge}.jpg`);
    expect(notes.map((n) => n["类别"])).toEqual(["错误", "可自动改名"]);
    expect(notes[1]["问题"]).toMatch(/^原文件 \d+(\.\d)? KB，已重新压缩为 \d+(\.\d)? KB（\d+×\d+ 像素）放入改名后的副本，原文件未改动$/);
    expect((await run(["photos", "照片", "--shrink"])).err).toContain("--shrink 只压缩放入副本的照片，原文件不动：请同时给出 --fix-into 新目录。");
  });

  it("reads the upload zip the same way", async () => {
    writeFileSync(join(dir, "照片.zip"), zipBytes());
    const r = await run(["photos", "照片.zip", "--roster", "名单.xlsx"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("照片.zip：照片 22 张，合格 3，有错误 11");
    expect(r.out).toMatch(new RegExp(`  一年级1班/${planted.tooLarge}\\.jpg  \\[错误\\] 文件大小 \\d+(\\.\\d)? KB，要求小于 60 KB`));
  });

  it("without a roster checks the files alone", async () => {
    writeFileSync(join(dir, "照片.zip"), zipBytes());
    const r = await run(["photos", "照片.zip"]);
    expect(r.out).toContain("未提供名单（--roster），不检查缺少的照片");
  });

  it("refuses a zip bomb, a corrupt zip and a roster with no ID column, in Chinese, with exit code 2", async () => {
    writeFileSync(join(dir, "炸弹.zip"), declaresHuge(zipBytes()));
    const bomb = await run(["photos", "炸弹.zip"]);
    expect(bomb.code).toBe(2);
    expect(bomb.err).toContain("炸弹.zip：压缩包「炸弹.zip」解压后超过 600 MB，已停止读取：它可能是“压缩炸弹”");
    expect(existsSync(join(dir, "out"))).toBe(false);

    const zip = zipBytes();
    writeFileSync(join(dir, "坏.zip"), zip.subarray(0, zip.length - 40));
    const cut = await run(["photos", "坏.zip"]);
    expect(cut).toMatchObject({ code: 2, err: "坏.zip：压缩包「坏.zip」已损坏或不完整，无法读取。请重新打包或重新复制一份完整的压缩包后再检查。\n" });

    writeFileSync(join(dir, "照片.zip"), zip);
    writeFileSync(join(dir, "班级.xlsx"), sampleXlsx({ sheet: "Sheet1", rows: [["姓名", "性别", "班级"], ["张三", "男", "1班"]], planted: [] }));
    const noId = await run(["photos", "照片.zip", "--roster", "班级.xlsx"]);
    expect(noId.code).toBe(2);
    expect(noId.err).toContain("名单「班级.xlsx」中找不到身份证件号列");
  });

  it("will not write the copy into the photos' folder or a folder that has files", async () => {
    writeFolder("照片");
    mkdirSync(join(dir, "旧"));
    writeFileSync(join(dir, "旧", "a.jpg"), "x");
    const inside = await run(["photos", "照片", "--fix-into", "照片/改名"]);
    expect(inside.code).toBe(2);
    expect(inside.err).toContain("--fix-into 的目录不能是照片所在的文件夹");
    const full = await run(["photos", "照片", "--fix-into", "旧"]);
    expect(full.code).toBe(2);
    expect(full.err).toContain("已存在且不是空目录");
    expect(readdirSync(join(dir, "旧"))).toEqual(["a.jpg"]);
  });

  it("says what it wants when given neither a folder nor a zip", async () => {
    writeFileSync(join(dir, "一张.jpg"), photoEntries[0].bytes);
    const r = await run(["photos", "一张.jpg"]);
    expect(r).toMatchObject({ code: 2, err: expect.stringContaining("这不是文件夹，也不是 .zip 压缩包") });
    expect((await run(["photos", "--help"])).out).toContain("xueji photos — 上传前检查学籍照片");
  });
});
