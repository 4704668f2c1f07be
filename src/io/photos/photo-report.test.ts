import * as XLSX from "@e965/xlsx";
import { checkPhotos, readRoster } from "../../core/photos";
import { photoEntries, planted, rosterRows } from "../../core/photos/test-photo-set";
import { getProfile } from "../../core/profiles";
import { openZip } from "../zip/zip-archive";
import { writePhotoCopyZip, writePhotoReport } from "./photo-report";

const settings = getProfile("national")!.photo;
const roster = readRoster([{ sheet: "名单", rows: rosterRows() }], "名单.xlsx");
if (!roster.ok) throw new Error(roster.message);
const check = checkPhotos(photoEntries, { settings, roster: roster.students });

function sheet(wb: XLSX.WorkBook, name: string): Record<string, string | number>[] {
  return XLSX.utils.sheet_to_json(wb.Sheets[name]);
}

describe("photo report workbook", () => {
  const wb = XLSX.read(writePhotoReport(check, { source: "照片.zip", rosterFile: "名单.xlsx", profileName: "全国默认", settings }), { type: "array" });

  it("has the summary, every problem, the missing students, every photo and the other files", () => {
    expect(wb.SheetNames).toEqual(["汇总", "照片问题", "缺少照片", "照片清单", "其他文件"]);
    const summary = Object.fromEntries(sheet(wb, "汇总").map((r) => [r["项目"], r["内容"]]));
    expect(summary).toMatchObject({ 照片文件: 22, 完全合格: 3, 缺少照片的学生: 2, 不属于上传的文件: 3 });
    expect(summary["依据"]).toBe("《全国中小学生学籍信息管理系统照片采集要求》；像素要求按地区配置「全国默认」");
    expect(summary["要求"]).toBe("JPG 格式，小于 60 KB，至少 154×189 像素（宽×高），宽高比 26:32，以身份证件号命名");
    expect(sheet(wb, "照片清单")).toHaveLength(22);
    expect(sheet(wb, "其他文件")).toHaveLength(3);
  });

  it("says per problem what, where, what to do and the document", () => {
    const rows = sheet(wb, "照片问题");
    expect(rows).toHaveLength(check.photos.reduce((n, p) => n + p.problems.length, 0));
    const lowerX = rows.find((r) => String(r["文件"]).startsWith(planted.fixable.lowerX.slice(0, 17)))!;
    expect(lowerX).toMatchObject({
      文件夹: "一年级1班",
      类别: "可自动改名",
      问题: "文件名不规范：需要末位小写 x 改为大写 X",
      怎么改: `改名为 ${planted.fixable.lowerX}.jpg`,
      规范文件名: `${planted.fixable.lowerX}.jpg`,
      依据: "《全国中小学生学籍信息管理系统照片采集要求》",
    });
    expect(lowerX["名单位置"]).toMatch(/^名单 第 \d+ 行$/);
    const png = rows.find((r) => String(r["文件"]).startsWith(planted.notJpeg.png))!;
    expect(png["问题"]).toBe("这不是 JPG 照片：按文件内容，它是 PNG 图片（只改扩展名不会变成 JPG）");
    const missing = sheet(wb, "缺少照片");
    expect(missing.map((r) => r["身份证件号"])).toEqual([planted.invalidName.student, planted.missing]);
    expect(missing[0]["行"]).toBe(19);
  });

  it("the corrected copy zip holds the copied photos under their correct names", () => {
    const bytes = new Map(photoEntries.map((e) => [e.path, e.bytes]));
    const zip = openZip(writePhotoCopyZip(check, (p) => bytes.get(p)!));
    const names = zip.entries.map((e) => e.name);
    expect(names).toHaveLength(check.counts.copied);
    expect(names).toContain(`一年级1班/${planted.fixable.lowerX}.jpg`);
    expect(names).toContain(`一年级1班/${planted.fixable.spaced}.jpg`);
    expect(names).not.toContain(`一年级1班/${planted.tooLarge}.jpg`);
  });
});
