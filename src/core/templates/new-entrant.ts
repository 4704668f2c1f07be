import { OPERATION_MANUAL } from "../messages/documents";
import type { Template } from "../model/template";
import { column, ID_NUMBER_REQUIRED } from "./column";

/**
 * 学前调档 / 一年级新生名单 (TEMPLATES.md §1.4): the five fields are [V]; the downloadable file's exact
 * header text and order were not found, so the order is the manual's ([I]).
 */
export const newEntrant: Template = {
  id: "new-entrant",
  name: "新生名单（学前调档）",
  description: "一年级新生入学名单：姓名、性别、出生日期、身份证件类型、身份证件号码 5 列",
  source: `${OPERATION_MANUAL}（新生注册：新生入学名单）`,
  columns: [
    column("name", { required: true, confidence: "V" }),
    column("sex", { required: true, confidence: "V" }),
    column("birthDate", { required: true, confidence: "V" }),
    column("idType", { required: true, confidence: "V" }),
    column("idNumber", { header: "身份证件号码", required: ID_NUMBER_REQUIRED, confidence: "V" }),
  ],
  identifyBy: ["name", "sex", "birthDate", "idType", "idNumber"],
  assignsNumbers: false,
};
