import { DISTRICT_2022, FUNAN, NONGAN } from "../messages/documents";
import type { KeyField, MatchMethod, UnmatchedNote } from "./types";

/**
 * The words of the comparison: what each list means, what to do, and the rule behind it, named as a
 * registrar names it (the document and its article). English beside the Chinese for maintainers.
 */

export const KEY_FIELD_WORDS: Record<KeyField, string> = {
  name: "姓名",
  sex: "性别",
  birthDate: "出生日期",
  idNumber: "身份证件号",
  registerNumber: "学籍号",
};

export const MATCH_WORDS: Record<MatchMethod, string> = {
  idNumber: "身份证件号",
  nameSexBirth: "姓名+性别+出生日期",
};

/** Why a row found no partner; {count} is how many rows share its ID or its name and birthday. */
export const NOTE_WORDS: Record<UnmatchedNote, string> = {
  "duplicate-id": "身份证件号在本表出现 {count} 次，只有一行能与另一表对应，请核实是否重复录入",
  "ambiguous-name": "两表共有 {count} 行姓名、性别、出生日期都相同，无法自动对应，请人工核对",
  "no-key": "没有身份证件号，姓名、性别、出生日期也不全，无法与另一表对应，请补全后再核对",
};

export function noteText(note: UnmatchedNote | undefined, count: number | undefined): string {
  return note ? NOTE_WORDS[note].replace("{count}", String(count ?? "")) : "";
}

const CONTROL_DROPOUT = `${DISTRICT_2022}一（三）5、二`;
const REGISTER_FOLLOWS = `${DISTRICT_2022}一（三）1；${NONGAN}第二十条`;

export const compareWords = {
  leaver: {
    zh: "不在后表：可能已转出、休学或辍学。请逐一核实去向，有无转学手续；义务教育阶段未办转学的，按控辍保学要求跟进。",
    en: "Not on the later list: transferred, suspended or dropped out. Find out where each went; follow up compulsory-age children without a transfer.",
    source: CONTROL_DROPOUT,
  },
  graduated: {
    zh: "毕业年级，两表相隔一个学年：可能已毕业，请核实毕业去向。",
    en: "Graduating grade a school year earlier: most likely graduated.",
    source: "",
  },
  arrival: {
    zh: "只在后表：新入学或转入，请核实入学或转学手续。",
    en: "Only on the later list: new or transferred in.",
    source: "",
  },
  transferWithoutRegister: {
    zh: "不是起始年级却没有学籍号：转入学生的学籍应随人转入（籍随人走），请与转出学校办理学籍转接，不得借读。",
    en: "Above the entry grade with no register number: a transfer whose register did not come along.",
    source: REGISTER_FOLLOWS,
  },
  keyField: {
    zh: "关键信息变化：需本人或监护人提出书面申请，提供户口本等证明，由学校上报教育局核实后方可修改（关键数据变更）。",
    en: "A key field changed: it may be changed only on a written request with proof, approved by the bureau.",
    source: `${FUNAN}第二十五条`,
  },
  heldBack: {
    zh: "年级没有按学年升级（留级或降级）。义务教育阶段实行不留级制度，请核实年级是否填错。",
    en: "The grade did not move up as expected (held back). Compulsory education has no repeating.",
    source: `${NONGAN}第二十六条`,
  },
  heldBackSenior: {
    zh: "年级没有按学年升级（留级或降级），请核实是否已按规定办理。",
    en: "The grade did not move up as expected (held back).",
    source: "",
  },
  skipped: {
    zh: "年级变化超过一个年级（跳级）或学年内年级改变：跳级须本人和家长申请、经学校同意并报批，请核实手续或年级是否填错。",
    en: "The grade moved more than expected (skipped): a skip needs an application and approval.",
    source: "《红旗小学学籍管理办法》四、留级与跳级",
  },
  classMove: {
    zh: "班级改变（调班），请核实系统中是否已调整。",
    en: "Moved to another class.",
    source: "",
  },
} as const;

/** The span's words: how the lists' distance in school years was decided. */
export function spanText(years: 0 | 1 | null, from: "given" | "inferred" | "none", sameGrade: number, nextGrade: number): string {
  if (years === null) return "两表没有同时填写年级的学生，未核对年级变化";
  const what = years === 1 ? "跨学年（应升一个年级）" : "同一学年内（年级应不变）";
  if (from === "given") return `${what}，按指定`;
  return `${what}，按学生推断：${nextGrade} 人升一级、${sameGrade} 人年级不变`;
}
