import { IMPORT_TEMPLATE } from "../messages/documents";
import type { Template } from "../model/template";
import { column, ID_NUMBER_REQUIRED, memberColumns, type ColumnOptions } from "./column";

/**
 * 学生信息(导入)模板, 2013/2014 era (TEMPLATES.md §1.2): column order of two independent code bases, with the
 * KD_Fnn field codes of the hidden second row. Required = ★ of the 72-item form (§1.1, [V]); 是否留守儿童 …
 * 是否烈士或优抚子女 carry a weaker ★ (§1.1 note, [P]).
 * The documented layout has 71 columns (KD_F01–F46, F48–F72; F00 and F47 are unused by the importer).
 */
const REQ: ColumnOptions = { required: true, confidence: "V" };
const REQ_P: ColumnOptions = { required: true, confidence: "P" };
const OPT: ColumnOptions = { confidence: "P" };

const STUDENT: Array<[key: string, opts: ColumnOptions]> = [
  // F01 is presumed to be 学校标识码 (§1.2: not read by the importer)
  ["schoolCode", { confidence: "I" }],
  ["name", REQ],
  ["sex", REQ],
  ["birthDate", REQ],
  ["birthPlace", REQ],
  ["nativePlace", REQ],
  ["ethnicity", REQ],
  ["nationality", REQ],
  ["idType", REQ],
  ["hmtOverseas", REQ],
  ["health", REQ],
  ["politicalStatus", OPT],
  ["idNumber", { required: ID_NUMBER_REQUIRED, confidence: "V" }],
  ["householdType", REQ],
  ["householdRegion", REQ],
  ["className", REQ],
  ["entryYearMonth", REQ],
  ["entryMode", REQ],
  ["studyMode", REQ],
  ["currentAddress", REQ],
  ["mailingAddress", REQ],
  ["homeAddress", REQ],
  ["phone", REQ],
  ["postcode", REQ],
  ["onlyChild", REQ],
  ["preschool", REQ],
  ["leftBehind", REQ_P],
  ["needsAid", OPT],
  ["oneSubsidy", OPT],
  ["orphan", REQ_P],
  ["martyrChild", REQ_P],
  ["distance", OPT],
  ["transport", OPT],
  ["schoolBus", OPT],
  ["formerName", OPT],
  ["idValidity", OPT],
  ["bloodType", OPT],
  ["specialty", OPT],
  ["auxNumber", OPT],
  ["classSerial", OPT],
  ["studentSource", OPT],
  ["email", OPT],
  ["homepage", OPT],
  ["disability", OPT],
  ["govDegree", OPT],
  ["inclusive", OPT],
];

const kd = (n: number) => `KD_F${String(n).padStart(2, "0")}`;

export const national2013: Template = {
  id: "national-2013",
  name: "学生信息(导入)模板",
  description: "全国中小学生学籍信息管理系统 学生信息导入模板（2013/2014 版列顺序，可带 KD_Fnn 字段代码行）",
  source: `${IMPORT_TEMPLATE}（2013 年版列序）`,
  columns: [
    ...STUDENT.map(([key, opts], i) => column(key, { ...opts, kdCode: kd(i + 1) })),
    ...memberColumns(1, { kdStart: 48 }),
    ...memberColumns(2, { kdStart: 60 }),
    column("migrantChild", { ...REQ_P, kdCode: kd(72) }),
  ],
  identifyBy: ["name", "idType", "householdType", "entryYearMonth", "studyMode"],
};
