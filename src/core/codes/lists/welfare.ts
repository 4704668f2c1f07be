import type { CodeList } from "../../model/code-list";

/** 是否… flags, 留守儿童, 随班就读 and 残疾类型 (TEMPLATES.md §2.12, §2.13). */

export const flag: CodeList = {
  id: "flag",
  name: "是/否",
  standard: "学籍指标解释: 1 是, 0 否 (TEMPLATES.md §2.12)",
  // TRUE/FALSE: a checkbox-style Excel boolean read as text
  entries: [
    { code: "1", name: "是", aliases: ["Y", "YES", "TRUE", "有", "√"] },
    { code: "0", name: "否", aliases: ["N", "NO", "FALSE", "无", "不是", "×"] },
  ],
};

export const leftBehind: CodeList = {
  id: "leftBehind",
  name: "是否留守儿童",
  standard: "学籍指标解释: 0 非留守儿童, 1 单亲留守儿童, 2 双亲留守儿童 (TEMPLATES.md §2.12)",
  // "否" is what people type into a column whose header starts with 是否…; it means 非留守儿童
  entries: [
    { code: "0", name: "非留守儿童", aliases: ["否", "不是留守儿童", "非留守"] },
    { code: "1", name: "单亲留守儿童", aliases: ["单亲留守"] },
    { code: "2", name: "双亲留守儿童", aliases: ["双亲留守"] },
  ],
};

/** Codes follow the 2007 spec's 学生类别 (00, 11, 12, 13, 19; TEMPLATES.md §1.7) — [P]. */
export const inclusive: CodeList = {
  id: "inclusive",
  name: "随班就读",
  standard: "TEMPLATES.md §2.13 (names); 教基厅〔2007〕10号 学生类别 (codes, [P])",
  entries: [
    { code: "00", name: "非随班就读", aliases: ["否", "无", "不是随班就读"] },
    { code: "11", name: "视力残疾随班就读" },
    { code: "12", name: "听力残疾随班就读" },
    { code: "13", name: "智力残疾随班就读" },
    { code: "19", name: "其他残疾随班就读" },
  ],
};

/** The 学籍 numeric codes were not found (§2.13), so no bare codes are accepted here. */
export const disability: CodeList = {
  id: "disability",
  name: "残疾类型",
  standard: "TEMPLATES.md §2.13; GB/T 26341-2010 categories",
  entries: [
    { code: "", name: "无残疾", aliases: ["无", "否", "没有"] },
    { code: "", name: "视力残疾" },
    { code: "", name: "听力残疾" },
    { code: "", name: "言语残疾" },
    { code: "", name: "肢体残疾" },
    { code: "", name: "智力残疾" },
    { code: "", name: "精神残疾" },
    { code: "", name: "多重残疾" },
    { code: "", name: "其他残疾" },
  ],
};
