import { GRADUATION_PROCEDURE } from "../messages/documents";
import type { Template } from "../model/template";
import { column } from "./column";

/**
 * 毕业生信息 list. No national column list was found (TEMPLATES.md §1.6, [I]): the columns are the ones a
 * provincial file is expected to carry, every common header spelling is an alias, and only 姓名 and 毕业结论
 * are required — the rest is checked when present rather than demanded.
 */
export const graduation: Template = {
  id: "graduation",
  name: "毕业生信息",
  description: "毕业/结业/肄业学生名单：学籍号、姓名、身份证件号、年级、班级、毕业结论、毕业证书编号、毕业年月",
  source: `${GRADUATION_PROCEDURE}（毕业生名单）`,
  columns: [
    column("registerNumber", { confidence: "I" }),
    column("name", { required: true, confidence: "I" }),
    column("idNumber", { confidence: "I" }),
    column("sex", { confidence: "I" }),
    column("birthDate", { confidence: "I" }),
    column("grade", { confidence: "I" }),
    column("className", { confidence: "I" }),
    column("graduationResult", { required: true, confidence: "I" }),
    column("certificateNumber", { confidence: "I" }),
    column("graduationYearMonth", { confidence: "I" }),
    column("graduationSchool", { confidence: "I" }),
  ],
  identifyBy: ["name", "graduationResult"],
  // real graduate lists carry 学籍号 / 身份证号 / 毕业学校 but seldom 毕业结论 (TEMPLATES.md §8): such a list means 毕业
  alsoIdentifiedBy: [["name"], ["registerNumber", "idNumber"], ["graduationSchool", "certificateNumber", "graduationYearMonth"]],
  assumedWhenMissing: [{ key: "graduationResult", value: "毕业" }],
  // graduates already have their 学籍号; a graduation list is never the place to issue one
  assignsNumbers: false,
};
