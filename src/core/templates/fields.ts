import type { TemplateColumn } from "../model/template";

/**
 * Every field any template uses, once: key, the usual header, the other spellings seen in the wild
 * (TEMPLATES.md §0.1, §1.2, §1.3, and §8: what other systems' exports and importers write), kind and code list. Templates pick fields, set their own header when
 * their layout writes it differently, and say what is required.
 */
export type FieldDef = Omit<TemplateColumn, "kdCode" | "required" | "confidence">;

const STUDENT: FieldDef[] = [
  { key: "schoolCode", header: "学校标识码", kind: "schoolCode", maxLength: 10 },
  { key: "continuationId", header: "学籍接续标识", kind: "text", maxLength: 40, unique: "file" },
  { key: "registerNumber", header: "学籍号", aliases: ["个人标识码", "全国学籍号", "学籍编号"], kind: "registerNumber", maxLength: 19, unique: "file" },
  { key: "name", header: "姓名", aliases: ["学生姓名"], kind: "name", maxLength: 50 },
  { key: "sex", header: "性别", kind: "code", codeList: "sex" },
  { key: "birthDate", header: "出生日期", kind: "date" },
  { key: "birthPlace", header: "出生地", aliases: ["出生地行政区划代码", "出生地行政区划", "出生地行政区域"], kind: "region" },
  { key: "nativePlace", header: "籍贯", kind: "text", maxLength: 50 },
  { key: "ethnicity", header: "民族", kind: "code", codeList: "ethnicity" },
  { key: "nationality", header: "国籍/地区", aliases: ["国籍", "国籍地区", "国籍、地区", "国籍或地区"], kind: "code", codeList: "nationality" },
  { key: "idType", header: "身份证件类型", aliases: ["证件类型"], kind: "code", codeList: "idType" },
  { key: "idNumber", header: "身份证件号", aliases: ["身份证号", "身份证件号码", "身份证号码", "证件号码", "学生身份证", "学生身份证号"], kind: "idNumber", maxLength: 20, unique: "file" },
  { key: "hmtOverseas", header: "港澳台侨外", kind: "code", codeList: "hmtOverseas" },
  { key: "politicalStatus", header: "政治面貌", kind: "code", codeList: "politicalStatus" },
  { key: "health", header: "健康状况", kind: "code", codeList: "health" },
  { key: "namePinyin", header: "姓名拼音", kind: "text", maxLength: 100 },
  { key: "formerName", header: "曾用名", kind: "text", maxLength: 50 },
  { key: "idValidity", header: "身份证件有效期", kind: "text", maxLength: 30 },
  { key: "householdRegion", header: "户口所在地", aliases: ["户口所在地行政区划", "户口所在地行政区域", "户口所在地行政区划代码", "户口所在地行政区"], kind: "region" },
  { key: "householdType", header: "户口性质", kind: "code", codeList: "householdType" },
  { key: "specialty", header: "特长", kind: "text", maxLength: 100 },
  { key: "bloodType", header: "血型", kind: "code", codeList: "bloodType" },
  { key: "auxNumber", header: "学籍辅号", aliases: ["学习辅号"], kind: "text", maxLength: 30, unique: "file" },
  { key: "classSerial", header: "班内学号", kind: "text", maxLength: 20, unique: "class" },
  { key: "grade", header: "年级", kind: "text", maxLength: 20 },
  { key: "className", header: "班级", aliases: ["班级号", "班号", "班级名称", "班号（学号）"], kind: "text", maxLength: 30 },
  { key: "entryYearMonth", header: "入学年月", aliases: ["入学年份", "入学时间", "入学年份(月)"], kind: "yearMonth" },
  { key: "entryMode", header: "入学方式", kind: "code", codeList: "entryMode" },
  { key: "studyMode", header: "就读方式", kind: "code", codeList: "studyMode" },
  { key: "studentSource", header: "学生来源", kind: "code", codeList: "studentSource" },
  { key: "currentAddress", header: "现住址", aliases: ["现住地址"], kind: "text", maxLength: 100 },
  { key: "mailingAddress", header: "通信地址", aliases: ["通讯地址"], kind: "text", maxLength: 100 },
  { key: "homeAddress", header: "家庭地址", aliases: ["家庭住址"], kind: "text", maxLength: 100 },
  { key: "phone", header: "联系电话", kind: "phone", maxLength: 30 },
  { key: "postcode", header: "邮政编码", aliases: ["邮编"], kind: "postcode" },
  { key: "email", header: "电子信箱", aliases: ["电子邮箱"], kind: "email", maxLength: 100 },
  { key: "homepage", header: "主页地址", kind: "url", maxLength: 200 },
  { key: "onlyChild", header: "是否独生子女", kind: "flag", codeList: "flag" },
  { key: "preschool", header: "是否受过学前教育", kind: "flag", codeList: "flag" },
  { key: "leftBehind", header: "是否留守儿童", kind: "code", codeList: "leftBehind" },
  { key: "migrantChild", header: "是否进城务工人员随迁子女", aliases: ["是否随迁子女"], kind: "flag", codeList: "flag" },
  { key: "orphan", header: "是否孤儿", kind: "flag", codeList: "flag" },
  { key: "martyrChild", header: "是否烈士或优抚子女", aliases: ["是否烈士或扶优子女"], kind: "flag", codeList: "flag" },
  { key: "inclusive", header: "随班就读", aliases: ["是否随班就读"], kind: "code", codeList: "inclusive" },
  { key: "disability", header: "残疾类型", aliases: ["残疾人类型"], kind: "code", codeList: "disability" },
  { key: "govDegree", header: "是否由政府购买学位", kind: "flag", codeList: "flag" },
  { key: "needsAid", header: "是否需要申请资助", kind: "flag", codeList: "flag" },
  { key: "oneSubsidy", header: "是否享受一补", kind: "flag", codeList: "flag" },
  { key: "distance", header: "上下学距离（公里）", aliases: ["上下学距离", "上下学距离(km)"], kind: "number" },
  { key: "transport", header: "上下学交通方式", aliases: ["上下学方式"], kind: "code", codeList: "transport" },
  { key: "schoolBus", header: "是否需要乘坐校车", aliases: ["是否乘坐校车"], kind: "flag", codeList: "flag" },
];

const GRADUATION: FieldDef[] = [
  { key: "graduationResult", header: "毕业结论", aliases: ["毕业状态", "毕(结)业结论", "毕结业结论", "毕业类型"], kind: "code", codeList: "graduationResult" },
  { key: "certificateNumber", header: "毕业证书编号", aliases: ["毕业证书号", "毕业证号", "证书编号"], kind: "text", maxLength: 40, unique: "file" },
  { key: "graduationYearMonth", header: "毕业年月", aliases: ["毕业时间", "毕业日期"], kind: "yearMonth" },
  { key: "graduationSchool", header: "毕业学校", aliases: ["毕业学校名称"], kind: "text", maxLength: 100 },
  { key: "graduationSchoolCode", header: "毕业学校标识码", kind: "schoolCode", maxLength: 10 },
  { key: "admissionSchoolCode", header: "录取学校标识码", kind: "schoolCode", maxLength: 10 },
  { key: "admissionSchool", header: "录取学校", aliases: ["录取学校名称"], kind: "text", maxLength: 100 },
  { key: "educationStage", header: "教育阶段", aliases: ["学段"], kind: "code", codeList: "educationStage" },
];

function member(n: 1 | 2): FieldDef[] {
  const p = `member${n}.`;
  const h = `成员${n}`;
  return [
    { key: `${p}name`, header: `${h}姓名`, kind: "name", maxLength: 50 },
    { key: `${p}relation`, header: `${h}关系`, kind: "code", codeList: "relation" },
    { key: `${p}relationNote`, header: `${h}关系说明`, kind: "text", maxLength: 50 },
    { key: `${p}address`, header: `${h}现住址`, aliases: [`${h}现住地址`], kind: "text", maxLength: 100 },
    {
      key: `${p}householdRegion`,
      header: `${h}户口所在地`,
      aliases: [`${h}户口所在地行政区划`, `${h}户口所在地行政区`, `${h}户口所在地行政区域`],
      kind: "region",
    },
    { key: `${p}phone`, header: `${h}联系电话`, kind: "phone", maxLength: 30 },
    { key: `${p}guardian`, header: `${h}是否监护人`, kind: "flag", codeList: "flag" },
    { key: `${p}idType`, header: `${h}身份证件类型`, aliases: [`${h}证件类型`], kind: "code", codeList: "idType" },
    { key: `${p}idNumber`, header: `${h}身份证件号`, aliases: [`${h}身份证件号码`, `${h}身份证号`, `${h}身份证号码`], kind: "idNumber", maxLength: 20 },
    { key: `${p}ethnicity`, header: `${h}民族`, kind: "code", codeList: "ethnicity" },
    { key: `${p}employer`, header: `${h}工作单位`, kind: "text", maxLength: 100 },
    { key: `${p}position`, header: `${h}职务`, kind: "text", maxLength: 50 },
  ];
}

const ALL = new Map<string, FieldDef>([...STUDENT, ...GRADUATION, ...member(1), ...member(2)].map((f) => [f.key, f]));

/** The field definition for a key; throws on a typo so a template cannot name a field that does not exist. */
export function field(key: string): FieldDef {
  const f = ALL.get(key);
  if (!f) throw new Error(`unknown field key ${key}`);
  return f;
}

/** Every field key, in catalogue order. */
export function allFieldKeys(): string[] {
  return [...ALL.keys()];
}

/** ID types other than 其他: a member's ID number is required once one of these is chosen. */
export const ID_TYPES_WITH_NUMBER = ["居民身份证", "香港特区护照/身份证明", "澳门特区护照/身份证明", "台湾居民来往大陆通行证", "境外永久居住证", "护照"];
