import { missingPhotoText, PHOTO_SOURCE, photoProblemText, SEVERITY_WORDS, type CheckedPhoto, type PhotoCheck } from "../../core/photos";
import type { PhotoSettings } from "../../core/profiles/schema";
import { writeZip } from "../zip/write-zip";
import type { SimpleSheet } from "../xlsx/simple-sheet";
import { writeSimpleXlsx } from "../xlsx/write-simple-xlsx";

export interface PhotoReportOptions {
  /** what was checked: the folder or zip, and the roster file */
  source: string;
  rosterFile?: string;
  profileName: string;
  settings: PhotoSettings;
  /** the corrected copy was written (the summary says where) */
  copiedTo?: string;
}

const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

function folder(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}

/** 照片检查报告: 汇总, 照片问题, 缺少照片, 照片清单, 其他文件 — the same workbook from the command line and the page. */
export function photoReportSheets(check: PhotoCheck, o: PhotoReportOptions): SimpleSheet[] {
  const c = check.counts;
  const s = o.settings;
  const rule = `JPG 格式，小于 ${kb(s.maxBytes)} KB，至少 ${s.minWidth}×${s.minHeight} 像素（宽×高）` + (s.aspect ? `，宽高比 ${s.aspect.width}:${s.aspect.height}` : "") + "，以身份证件号命名";
  const summary: SimpleSheet = {
    name: "汇总",
    header: true,
    widths: [24, 80],
    rows: [
      ["项目", "内容"],
      ["检查的照片", o.source],
      ["名单", o.rosterFile ?? "（未提供名单：不检查缺少的照片和名单外的照片）"],
      ["要求", rule],
      ["依据", `${PHOTO_SOURCE}；像素要求按地区配置「${o.profileName}」`],
      ["照片文件", c.photos],
      ["完全合格", c.ok],
      ["有错误（上传会失败或照片不对）", c.errors],
      ["有提醒（建议处理）", c.warnings],
      ["文件名可自动改正", c.fixable],
      ...(check.roster ? ([["名单学生", check.roster.students], ["缺少照片的学生", c.missing]] as [string, number][]) : []),
      ["不属于上传的文件", check.others.length],
      ["同一图片用于多名学生（组）", check.sameImage.length],
      ...(o.copiedTo ? ([["改名后的副本", `${c.copied} 张照片已复制到 ${o.copiedTo}（原文件未改动；有错误的照片未复制）`]] as [string, string][]) : []),
    ],
  };
  const problems: SimpleSheet = {
    name: "照片问题",
    header: true,
    widths: [40, 16, 10, 60, 44, 26, 10, 14, 40],
    textColumns: [0, 1, 5],
    rows: [
      ["文件", "文件夹", "类别", "问题", "怎么改", "规范文件名", "名单姓名", "名单位置", "依据"],
      ...check.photos.flatMap((p) =>
        p.problems.map((x) => {
          const t = photoProblemText(x);
          return [p.fileName, folder(p.path), SEVERITY_WORDS[x.severity], t.text, t.todo, fixedName(p), p.student?.name ?? "", where(p), t.source];
        }),
      ),
    ],
  };
  const missing: SimpleSheet = {
    name: "缺少照片",
    header: true,
    widths: [10, 22, 10, 10, 14, 6, 60, 40],
    textColumns: [1],
    rows: [
      ["姓名", "身份证件号", "年级", "班级", "名单工作表", "行", "说明", "依据"],
      ...check.missing.map((m) => {
        const t = missingPhotoText(m.id !== "");
        return [m.name, m.id, m.grade, m.className, m.sheet, m.row, `${t.text}；${t.todo}`, t.source];
      }),
    ],
  };
  const list: SimpleSheet = {
    name: "照片清单",
    header: true,
    widths: [40, 16, 10, 8, 8, 10, 8, 8, 8, 22, 10, 8, 40],
    textColumns: [0, 1, 9, 12],
    rows: [
      ["文件", "文件夹", "大小(KB)", "宽", "高", "EXIF方向", "显示宽", "显示高", "横竖", "身份证件号", "姓名", "问题数", "副本中的文件"],
      ...check.photos.map((p) => {
        const img = p.image.ok ? p.image : null;
        const id = p.name.kind === "id" ? p.name.id : "";
        return [
          p.fileName,
          folder(p.path),
          kb(p.size),
          img?.width ?? null,
          img?.height ?? null,
          img?.orientation ?? null,
          img?.shownWidth ?? null,
          img?.shownHeight ?? null,
          img ? (img.shownHeight > img.shownWidth ? "竖" : "横") : "不是 JPG",
          id,
          p.student?.name ?? "",
          p.problems.length,
          p.copyAs ?? "（未复制）",
        ];
      }),
    ],
  };
  const others: SimpleSheet = {
    name: "其他文件",
    header: true,
    widths: [50, 10, 60],
    textColumns: [0],
    rows: [
      ["文件", "大小(KB)", "说明"],
      ...check.others.map((f) => [f.path, kb(f.size), f.system ? "系统自动生成的文件，上传前从压缩包中删去" : "不是照片，上传前从压缩包中删去"]),
    ],
  };
  return [summary, problems, ...(check.roster ? [missing] : []), list, others];
}

function fixedName(p: CheckedPhoto): string {
  return p.name.kind === "invalid" ? "" : (p.name.fixedName ?? "");
}

function where(p: CheckedPhoto): string {
  return p.student ? `${p.student.sheet} 第 ${p.student.row} 行` : "";
}

export function writePhotoReport(check: PhotoCheck, o: PhotoReportOptions): Uint8Array {
  return writeSimpleXlsx(photoReportSheets(check, o));
}

/** The corrected copy as one zip (the browser page's download; the command line writes a folder): stored, JPEG does not deflate. */
export function writePhotoCopyZip(check: PhotoCheck, bytesOf: (path: string) => Uint8Array): Uint8Array {
  const entries = check.photos.filter((p) => p.copyAs !== null).map((p) => ({ name: p.copyAs!, data: bytesOf(p.path) }));
  return writeZip(entries, { level: 0 });
}
