import { CLASS_CAPS_NATIONAL, FUNAN, LIAONING, NONGAN, OPERATION_MANUAL, cite } from "../messages/documents";
import type { Issue } from "../model/issue";
import { issuePlace, issueText, type Lang } from "../messages";
import type { Catalogue } from "../messages/types";
import type { DuplicateKind, UnreadableReason } from "./types";

/**
 * What only a county audit finds: things no single school's file shows. Same shape as the engine's
 * catalogue (what is wrong and what to do, with the rule it enforces).
 */
export const auditMessages: Catalogue = {
  "audit/duplicate-id": {
    severity: "error",
    source: cite(`${NONGAN}第十一条、第十四条`, `${FUNAN}第二十六条（严禁重复建籍）`),
    zh: "身份证件号 {value} 共出现 {count} 处（{places}）。同一学生只能有一个学籍，请与相关学校核实，只保留一处。",
    en: "ID number {value} occurs {count} times ({places}). A student may hold one register only: check with the schools and keep one.",
  },
  "audit/duplicate-regno": {
    severity: "error",
    source: cite(`${NONGAN}第十一条`, `${LIAONING}第五条（一人一号、终身不变）`),
    zh: "学籍号 {value} 共出现 {count} 处（{places}）。一个学籍号只属于一名学生，请核实后更正。",
    en: "Register number {value} occurs {count} times ({places}). A register number belongs to one student: check and correct.",
  },
  "audit/duplicate-auxno": {
    severity: "error",
    source: cite(`${LIAONING}第五条（学籍辅号按本省规则编制）`, `${FUNAN}第六条`),
    zh: "学籍辅号 {value} 共出现 {count} 处（{places}）。一个学籍辅号只属于一名学生，请核实后更正。",
    en: "Auxiliary register number {value} occurs {count} times ({places}). It belongs to one student: check and correct.",
  },
  "audit/duplicate-certificate": {
    severity: "error",
    source: cite(`${NONGAN}第三十条（毕业证书由县级教育行政部门统一编号）`),
    zh: "毕业证书编号 {value} 共出现 {count} 处（{places}）。毕业证书由县里统一编号，一个编号只发给一名学生，请与相关学校核实后更正。",
    en: "Certificate number {value} occurs {count} times ({places}). The county numbers certificates, one number per student: check with the schools and correct.",
  },
  "audit/duplicate-continuation": {
    severity: "error",
    source: cite(`${OPERATION_MANUAL}（学籍接续：接续标识不得重复）`),
    zh: "学籍接续标识 {value} 共出现 {count} 处（{places}）。一个接续标识只对应一名学生，请与相关学校核实后更正。",
    en: "Continuation ID {value} occurs {count} times ({places}). It belongs to one student: check with the schools and correct.",
  },
  "audit/class-over-cap": {
    severity: "error",
    source: `${CLASS_CAPS_NATIONAL}（班额上限按所选地区的规定）`,
    zh: "{grade}{className} 分散在 {parts} 个文件/工作表中，合计 {count} 人，超过班额上限 {cap} 人。请核实班级编排。",
    en: "{grade} {className} is split over {parts} files/sheets with {count} students in all, over the cap of {cap}.",
  },
};

export const DUPLICATE_CODES: Record<DuplicateKind, string> = {
  idNumber: "audit/duplicate-id",
  registerNumber: "audit/duplicate-regno",
  auxNumber: "audit/duplicate-auxno",
  certificateNumber: "audit/duplicate-certificate",
  continuationId: "audit/duplicate-continuation",
};

/** What each compared number is called on screen and in the workbook. */
export const DUPLICATE_KIND_WORDS: Record<DuplicateKind, string> = {
  idNumber: "身份证件号",
  registerNumber: "学籍号",
  auxNumber: "学籍辅号",
  certificateNumber: "毕业证书编号",
  continuationId: "学籍接续标识",
};

/** Why a file was left out, in words a county auditor can pass on to the school. */
export const unreadableWords: Record<UnreadableReason, { zh: string; en: string }> = {
  unreadable: { zh: "文件无法读取（可能已损坏或不是 Excel/CSV 文件），请让学校重新导出后提交", en: "The file cannot be read (damaged, or not Excel/CSV)" },
  encrypted: { zh: "文件设有打开密码，请让学校去掉密码后重新提交", en: "The file is password-protected" },
  "not-a-template": { zh: "文件中没有学籍导入模板工作表，请使用系统下载的模板", en: "No sheet of the file is an import template" },
  unsupported: { zh: "不支持的文件类型，请提交 .xlsx、.xls 或 .csv 文件", en: "Unsupported file type: submit .xlsx, .xls or .csv" },
};

const PLACEHOLDER = /\{(\w+)\}/g;

/** An issue's message without its place: audit codes from this catalogue, engine codes from the engine's. */
export function auditIssueText(issue: Issue, lang: Lang = "zh"): string {
  const entry = auditMessages[issue.code];
  if (!entry) return issueText(issue, lang);
  const vars: Record<string, string | number | undefined> = { value: issue.value, ...issue.params };
  return entry[lang].replace(PLACEHOLDER, (m, name: string) => String(vars[name] ?? m));
}

/** Place and message together: "第 7 行：身份证件号 … 共出现 2 处 …". */
export function renderAuditIssue(issue: Issue, lang: Lang = "zh"): string {
  return `${issuePlace(issue, lang)}${lang === "zh" ? "：" : ": "}${auditIssueText(issue, lang)}`;
}
