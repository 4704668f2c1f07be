import { FUNAN } from "../messages/documents";
import type { PhotoProblem, PhotoProblemCode } from "./types";

/** The document a registrar knows the photo rules by (a national system's published requirements). */
export const PHOTO_SOURCE = "《全国中小学生学籍信息管理系统照片采集要求》";
// a county may ask more (Funan: every starting grade must have photos); the note stays after the document
const MISSING_SOURCE = `${PHOTO_SOURCE}（有身份证号的学生，照片以身份证号命名）；${FUNAN}第六条（起始年级必须采集照片）`;

const FORMAT_WORDS: Record<string, string> = {
  png: "是 PNG 图片",
  gif: "是 GIF 图片",
  bmp: "是 BMP 图片",
  webp: "是 WebP 图片",
  heic: "是 HEIC 图片（苹果手机的照片格式）",
  tiff: "是 TIFF 图片",
  pdf: "是 PDF 文档",
  zip: "是压缩包",
  empty: "是空文件（0 字节）",
  unknown: "根本不是图片",
};

const FIX_WORDS: Record<string, string> = {
  spaces: "去掉空格",
  "full-width": "全角字符改为半角",
  "lower-x": "末位小写 x 改为大写 X",
  extension: "扩展名改为小写 .jpg",
};

const WHY_WORDS: Record<string, string> = {
  length: "位数不是 18 位",
  format: "前 17 位中有数字以外的字符",
  checksum: "最后一位校验码不对",
  birthdate: "其中的出生日期不存在",
  future: "其中的出生日期晚于今天",
  region: "前 6 位地址码不存在",
  "fifteen-digit": "是 15 位的旧号码",
  "not-a-number": "不是身份证件号",
};

const kb = (bytes: number | string) => `${Math.round((Number(bytes) / 1024) * 10) / 10} KB`;

type Text = (p: PhotoProblem["params"]) => { text: string; todo: string };

const TEXTS: Record<PhotoProblemCode, Text> = {
  "photo/not-jpeg": (p) => ({
    text: `这不是 JPG 照片：按文件内容，它${FORMAT_WORDS[String(p.actual)] ?? FORMAT_WORDS.unknown}（只改扩展名不会变成 JPG）`,
    todo: "用画图、美图秀秀等软件打开后“另存为 JPG”，再以身份证件号命名",
  }),
  "photo/corrupt": () => ({ text: "文件以 JPG 开头但内部结构已损坏，系统无法读取", todo: "从原始照片重新导出或重新拍摄" }),
  "photo/truncated": () => ({ text: "JPG 文件不完整（缺少结束标记），照片下半部分可能显示不出来", todo: "从原始照片重新复制或重新导出" }),
  "photo/too-large": (p) => ({
    text: `文件大小 ${kb(p.size)}，要求小于 ${kb(p.maxBytes)}`,
    todo: "用图片软件压缩（降低质量或缩小尺寸）后另存为 JPG",
  }),
  "photo/name-fixable": (p) => ({
    text: `文件名不规范：需要${String(p.fixes).split(",").map((f) => FIX_WORDS[f] ?? f).join("、")}`,
    todo: `改名为 ${p.fixedName}`,
  }),
  "photo/name-invalid": (p) => ({
    text:
      `文件名${WHY_WORDS[String(p.why)] ?? "不是身份证件号"}` +
      (p.expected ? `（按前 17 位，最后一位应为 ${p.expected}，请核对号码）` : "") +
      "；照片应以学生的身份证件号命名（无身份证件号的学生：学校标识码_班号_姓名.jpg）",
    todo: p.suggestedName ? `名单中只有一名学生叫这个名字，若是本人照片，改名为 ${p.suggestedName}` : "核对学生的身份证件号后改名",
  }),
  "photo/not-on-roster": (p) => ({
    text: p.id ? `名单中没有身份证件号为 ${p.id} 的学生` : `名单中没有无身份证件号、姓名为「${p.name}」的学生`,
    todo: "核对号码是否输错；若该生已转出或不在本次名单中，从上传的压缩包中删去这张照片",
  }),
  "photo/same-image": (p) => ({
    text: `与 ${p.others} 是完全相同的同一张图片`,
    todo: "一名学生一张本人照片：找出谁的照片放错了，换成本人照片",
  }),
  "photo/same-student": (p) => ({
    text: `与 ${p.others} 是同一名学生的照片，系统只会保留其中一张`,
    todo: "只保留一张本人照片，删去其余的",
  }),
  "photo/too-small": (p) => ({
    text: `照片 ${p.width}×${p.height} 像素，要求至少 ${p.minWidth}×${p.minHeight} 像素（宽×高）`,
    todo: "用原始照片重新导出更大的尺寸，或重新拍摄",
  }),
  "photo/aspect": (p) => ({
    text: `照片 ${p.width}×${p.height} 像素，宽高比与要求的 ${p.aspectWidth}:${p.aspectHeight}（宽:高）不符，上传后可能被拉伸或裁切`,
    todo: `按 ${p.aspectWidth}:${p.aspectHeight} 的比例裁切后另存`,
  }),
  "photo/landscape": (p) => ({
    text: `照片是横向的（${p.width}×${p.height} 像素），学籍照片应为竖向`,
    todo: "旋转或裁切为竖向的证件照后另存",
  }),
  "photo/exif-rotated": (p) => ({
    text: `照片实际存储为 ${p.width}×${p.height} 像素，靠拍摄时的方向标记（EXIF 方向 ${p.orientation}）才显示为正；学籍系统可能不认这个标记，显示为横向或倒置`,
    todo: "在图片软件中旋转一次再转回并另存，使图片本身就是正的",
  }),
  "photo/not-colour": () => ({ text: "照片是黑白（灰度）的，要求彩色照片", todo: "换用彩色的原始照片" }),
  "photo/shrunk": (p) => ({
    text: `原文件 ${kb(p.size)}，已重新压缩为 ${kb(p.newSize)}（${p.width}×${p.height} 像素）放入改名后的副本，原文件未改动`,
    todo: "上传副本中的这张照片前，看一眼压缩后是否仍清晰",
  }),
};

export interface PhotoProblemText {
  text: string;
  todo: string;
  source: string;
}

export function photoProblemText(p: PhotoProblem): PhotoProblemText {
  return { ...TEXTS[p.code](p.params), source: PHOTO_SOURCE };
}

export function missingPhotoText(hasId: boolean): PhotoProblemText {
  return {
    text: hasId ? "没有这名学生的照片（没有以其身份证件号命名的 JPG 文件）" : "没有这名学生的照片（该生无身份证件号，照片应命名为 学校标识码_班号_姓名.jpg）",
    todo: "补拍或找到照片，以身份证件号命名后放入",
    source: MISSING_SOURCE,
  };
}

export const SEVERITY_WORDS: Record<PhotoProblem["severity"], string> = { error: "错误", warning: "提醒", fix: "可自动改名" };
