import { validateResidentId, type ResidentIdResult } from "../validators/resident-id";

/**
 * Who a photo's file name says it is. The national system wants 身份证件号.jpg; a student with no ID
 * number is named 学校标识码_班号_姓名.jpg (《全国中小学生学籍信息管理系统照片采集要求》). A name that is an
 * ID once spaces, full-width digits, a lower-case x or the extension's spelling are put right is fixable.
 */
export type PhotoName =
  | { kind: "id"; id: string; /** the correct file name, when the file's own differs */ fixedName: string | null; fixes: NameFix[] }
  | { kind: "no-id"; schoolCode: string; classCode: string; name: string; fixedName: string | null; fixes: NameFix[] }
  | { kind: "invalid"; base: string; why: NameFailure; /** for "checksum": the check character the 17 digits call for */ expected?: string };

export type NameFix = "spaces" | "full-width" | "lower-x" | "extension";
export type NameFailure = Exclude<ResidentIdResult, { ok: true }>["reason"] | "not-a-number";

/** 10-digit 学校标识码, 7-digit 班号, a name */
const NO_ID = /^(\d{10})_(\d{7})_(.+)$/;
/** every space a name may carry, including the ideographic space and NBSP */
const SPACES = /[\s\u3000\u00a0]/g;
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const LOWER_X_AT_END = /^\d{17}x$/;
const SOME_DIGITS = /\d{6}/;

export function splitName(fileName: string): { base: string; ext: string } {
  const dot = fileName.lastIndexOf(".");
  return dot <= 0 ? { base: fileName, ext: "" } : { base: fileName.slice(0, dot), ext: fileName.slice(dot + 1) };
}

/** An ID number as typed: spaces out, full-width characters half-width, a final lower-case x upper-case. */
export function normaliseIdText(s: string): string {
  const t = s.replace(SPACES, "").replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return LOWER_X_AT_END.test(t) ? t.slice(0, 17) + "X" : t;
}

export function readPhotoName(fileName: string, opts?: { today?: string }): PhotoName {
  const { base, ext } = splitName(fileName);
  const fixes: NameFix[] = [];
  const step = (before: string, after: string, fix: NameFix) => {
    if (after !== before) fixes.push(fix);
    return after;
  };
  let s = step(base, base.replace(SPACES, ""), "spaces");
  s = step(s, s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)), "full-width");
  s = step(s, LOWER_X_AT_END.test(s) ? s.slice(0, 17) + "X" : s, "lower-x");
  if (ext !== "jpg") fixes.push("extension");
  const fixedName = (fixedBase: string) => (fixes.length === 0 ? null : `${fixedBase}.jpg`);

  const r = validateResidentId(s, opts);
  if (r.ok) return { kind: "id", id: s, fixedName: fixedName(s), fixes };
  const noId = NO_ID.exec(base.trim());
  if (noId) {
    const own: NameFix[] = [];
    if (base.trim() !== base) own.push("spaces");
    if (ext !== "jpg") own.push("extension");
    return { kind: "no-id", schoolCode: noId[1], classCode: noId[2], name: noId[3], fixedName: own.length ? `${base.trim()}.jpg` : null, fixes: own };
  }
  if (!SOME_DIGITS.test(s)) return { kind: "invalid", base, why: "not-a-number" };
  return { kind: "invalid", base, why: r.reason, ...(r.expected ? { expected: r.expected } : {}) };
}
