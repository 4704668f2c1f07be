/**
 * The documents our rules come from, named as a registrar would look them up (RULES.md "Sources, as a
 * registrar would name them"). Every 依据 a user reads — messages, profiles, the report — is built from
 * these, never from a seed number or a file of ours; documents.test.ts walks them all.
 */

/** 教育部 national rules. */
export const NATIONAL_RULES = "《中小学生学籍管理办法》（教基一〔2013〕7号）";
/** the 72-item collection form and its 指标解释 / 填报说明, which the import template mirrors */
export const COLLECTION_FORM = "《全国中小学生学籍信息管理系统学生基本信息表》指标解释";
/** the national system's student import template (学生信息导入模板) */
export const IMPORT_TEMPLATE = "《全国中小学生学籍信息管理系统学生信息导入模板》";
/** 首次数据采集指标: two family members; a member's ID when the student has none */
export const FIRST_COLLECTION = "《全国中小学生学籍信息管理系统首次数据采集指标》";
/** the national system's operation manuals (import, 查重, 问题学籍, 跨省就学) */
export const OPERATION_MANUAL = "《全国中小学生学籍信息管理系统操作手册》";
/** the national system's graduation and promotion procedure */
export const GRADUATION_PROCEDURE = "《全国中小学生学籍信息管理系统毕业升级操作流程》";
/** how the 19-character 个人标识码 (学籍号) is built */
export const REGNO_RULES = "《学校（机构）人员基础信息代码编制规则》";
export const INFO_SPEC_2007 = "《中小学生学籍信息化管理基本信息规范》（教基厅〔2007〕10号）";
export const COMPULSORY_EDUCATION_LAW = "《中华人民共和国义务教育法》";
export const CLASS_CAPS_NATIONAL = "《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）";
export const CLASS_BANDS_NATIONAL = "《国务院关于统筹推进县域内城乡义务教育一体化改革发展的若干意见》（国发〔2016〕40号）";

export const GB11643 = "GB 11643-1999《公民身份号码》";
export const GB2260 = "GB/T 2260《中华人民共和国行政区划代码》";

/** Local rules, by the name each document gives itself. */
export const DATONG = "《大同市中小学学籍管理办法实施细则》";
export const FUNAN = "《阜南县中小学学籍管理办法（试行）》";
export const HAISHU = "《海曙区中小学学籍管理办法》";
export const NONGAN = "《农安县义务教育学校学籍管理办法（试行）》";
export const LIAONING = "《辽宁省中小学生学籍管理办法》";
export const DISTRICT_2022 = "《关于当前学籍管理和控辍保学工作的要求》（2022年）";

/** Several citations in one 依据. */
export function cite(...parts: string[]): string {
  return parts.join("；");
}

/**
 * Whether a 依据 names documents only: each part (split at ；) opens with a 《document》 or a GB
 * standard, and nothing anywhere is a seed number ("001", "000 阜南") or one of our files.
 */
export function isDocumentCitation(source: string): boolean {
  if (/RULES\.md|TEMPLATES\.md|§|\.md\b/.test(source)) return false;
  if (/(^|[^\d〔])0\d\d(?!\d)/.test(source)) return false;
  return source.split("；").every((part) => /^(《[^》]+》|GB(\/T)? \d)/.test(part.trim()));
}
