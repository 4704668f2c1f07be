import { OPERATION_MANUAL } from "../messages/documents";
import type { Template } from "../model/template";
import { column } from "./column";

/**
 * 小升初 调档/录取名单 (TEMPLATES.md §1.5, [P]): six columns, as one system's importer reads and its exporter
 * writes them. 个人标识码 is the 19-character 学籍号; all but 教育阶段 must be filled; a child is on the list
 * once, by 个人标识码 and by 身份证号.
 */
export const juniorAdmission: Template = {
  id: "junior-admission",
  name: "小升初调档/录取名单",
  description: "小学毕业升入初中的调档、录取名单：个人标识码、学生姓名、身份证号、毕业学校标识码、录取学校标识码、教育阶段 6 列",
  source: `${OPERATION_MANUAL}（小升初调档、录取名单）`,
  columns: [
    column("registerNumber", { header: "个人标识码", required: true, confidence: "P" }),
    column("name", { header: "学生姓名", required: true, confidence: "P" }),
    column("idNumber", { header: "身份证号", required: true, confidence: "P" }),
    column("graduationSchoolCode", { required: true, confidence: "P" }),
    column("admissionSchoolCode", { required: true, confidence: "P" }),
    column("educationStage", { confidence: "P" }),
  ],
  identifyBy: ["registerNumber", "name", "graduationSchoolCode", "admissionSchoolCode"],
  // the children already have their 学籍号: the list moves them, it never issues one
  assignsNumbers: false,
};
