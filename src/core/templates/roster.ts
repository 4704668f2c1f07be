import type { Template } from "../model/template";
import { column } from "./column";

/**
 * A bare class roster (班级花名册) as a class teacher keeps it: 姓名 with 身份证件号, or 姓名 + 性别 +
 * 出生日期 — enough to tell who a child is when two rosters are compared (人籍核对). Not an import template:
 * it is offered only where a roster is enough (`rosterPool`), so `xueji check` still says a sheet with
 * only these columns is no import template. Its four columns only, so a wider sheet fits the templates
 * it really is better; 年级, 班级, 学籍号 and any other known header still come in through the catalogue.
 */
export const roster: Template = {
  id: "roster",
  name: "学生名单（花名册）",
  description: "只有姓名和身份证件号，或姓名、性别、出生日期的学生名单",
  source: "RULES.md §10",
  columns: [column("name", { required: true }), column("sex"), column("birthDate"), column("idNumber")],
  identifyBy: ["name", "idNumber"],
  alsoIdentifiedBy: [["name"], ["sex"], ["birthDate"]],
  assignsNumbers: false,
};
