import { IMPORT_TEMPLATE } from "../messages/documents";
import type { Template } from "../model/template";
import { column, ID_NUMBER_REQUIRED, memberColumns, type ColumnOptions } from "./column";

/**
 * 新生/学籍导入 with 学籍接续标识 first (TEMPLATES.md §1.3, 71 columns A…BS, [P]). Headers are this layout's
 * spellings (出生地行政区划代码, 残疾人类型, 班级号 …). Required = ★ of §1.1 plus the two keys of this layout;
 * the local importer's stricter demands (both members complete) are not national and stay optional.
 */
const REQ: ColumnOptions = { required: true, confidence: "P" };
const OPT: ColumnOptions = { confidence: "P" };

const STUDENT: Array<[key: string, opts: ColumnOptions]> = [
  ["continuationId", REQ],
  ["schoolCode", REQ],
  ["name", REQ],
  ["sex", REQ],
  ["birthDate", REQ],
  ["idType", REQ],
  ["idNumber", { required: ID_NUMBER_REQUIRED, confidence: "P" }],
  ["birthPlace", { ...REQ, header: "出生地行政区划代码" }],
  ["ethnicity", REQ],
  ["nationality", REQ],
  ["hmtOverseas", REQ],
  ["householdType", REQ],
  ["householdRegion", { ...REQ, header: "户口所在地行政区划" }],
  ["currentAddress", REQ],
  ["onlyChild", REQ],
  ["leftBehind", REQ],
  ["migrantChild", REQ],
  ["orphan", REQ],
  ["nativePlace", REQ],
  ["health", REQ],
  ["politicalStatus", OPT],
  ["grade", REQ],
  ["className", { ...REQ, header: "班级号" }],
  ["entryYearMonth", REQ],
  ["entryMode", REQ],
  ["studyMode", REQ],
  ["mailingAddress", REQ],
  ["homeAddress", REQ],
  ["phone", REQ],
  ["postcode", REQ],
  ["preschool", REQ],
  ["disability", { ...OPT, header: "残疾人类型" }],
  ["govDegree", OPT],
  ["needsAid", OPT],
  ["oneSubsidy", OPT],
  ["martyrChild", REQ],
  ["distance", { ...OPT, header: "上下学距离" }],
  ["transport", OPT],
  ["schoolBus", { ...OPT, header: "是否乘坐校车" }],
  ["formerName", OPT],
  ["idValidity", OPT],
  ["specialty", OPT],
  ["auxNumber", OPT],
  ["classSerial", OPT],
  ["studentSource", OPT],
  ["email", OPT],
  ["homepage", OPT],
];

export const nationalContinuation: Template = {
  id: "national-continuation",
  name: "学籍导入模板（含学籍接续标识）",
  description: "带“学籍接续标识”的新生/学籍导入表（71 列 A–BS，含年级、班级号、残疾人类型）",
  source: `${IMPORT_TEMPLATE}（含学籍接续标识的列序）`,
  columns: [
    ...STUDENT.map(([key, opts]) => column(key, opts)),
    ...memberColumns(1, { headers: { householdRegion: "成员1户口所在地行政区划" } }),
    ...memberColumns(2, { headers: { householdRegion: "成员2户口所在地行政区划" } }),
  ],
  identifyBy: ["continuationId", "name", "idType", "grade"],
};
