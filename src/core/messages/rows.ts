import { COLLECTION_FORM, COMPULSORY_EDUCATION_LAW, FIRST_COLLECTION, GRADUATION_PROCEDURE, HAISHU, NONGAN, cite } from "./documents";
import type { Catalogue } from "./types";

/** Messages of the cross-field row rules (core/rules/row). */
export const rowMessages: Catalogue = {
  "row/member-id-required": {
    severity: "error",
    source: `${FIRST_COLLECTION}（学生未填写身份证信息时，家庭成员或监护人身份证信息必填）`,
    zh: "学生没有身份证件号，成员1、成员2也都没有身份证件号。学生无证件号时，至少要填写一位家庭成员或监护人的身份证件类型和号码。",
    en: "Neither the student nor member 1 or 2 has an ID number. When the student has no ID number, at least one family member's or guardian's ID type and number must be filled in.",
  },
  "row/first-member-missing": {
    severity: "warning",
    source: `${FIRST_COLLECTION}（标准上需填写两位学生家庭成员或监护人信息）`,
    zh: "成员1（第一位家庭成员或监护人）的姓名、关系、联系电话、是否监护人等都没有填写。请至少填写一位家庭成员或监护人的信息。",
    en: "Member 1 (the first family member or guardian) is entirely empty: no name, relation, phone or guardian flag. Fill in at least one family member or guardian.",
  },
  "row/inclusive-vs-disability": {
    severity: "error",
    source: `${COLLECTION_FORM}（随班就读、残疾类型）`,
    zh: "“随班就读”为「{inclusive}」，残疾类型却是「{value}」，两者不符。残疾类型应为：{expected}；请核对后改正其中一项。",
    en: "随班就读 is “{inclusive}” but the disability type is “{value}”. The disability type should be one of: {expected}. Check and correct one of them.",
  },
  "row/disability-not-inclusive": {
    severity: "warning",
    source: `${COLLECTION_FORM}（随班就读、残疾类型）`,
    zh: "残疾类型为「{disability}」，随班就读却填了「{value}」。普通学校的残疾学生应填写相应的随班就读类型；特殊教育学校的学生可忽略此提示。",
    en: "The disability type is “{disability}” but 随班就读 is “{value}”. A disabled pupil in a regular school should have the matching 随班就读 value; pupils of special schools can ignore this.",
  },
  "row/health-vs-disability": {
    severity: "warning",
    source: `${COLLECTION_FORM}（健康状况、残疾类型）`,
    zh: "健康状况为「{value}」，残疾类型为「{disability}」，两者似乎矛盾。请核对：有残疾的学生健康状况一般填“残疾”，无残疾的填“无残疾”。",
    en: "Health “{value}” and disability type “{disability}” seem to contradict each other. Please check: a disabled pupil's health is usually “残疾”, otherwise the disability type is “无残疾”.",
  },
  "row/entry-age-young": {
    severity: "error",
    source: `${COMPULSORY_EDUCATION_LAW}第十一条（年满六周岁入学，截止日期按所选地区的规定）`,
    zh: "按出生日期 {value}，到 {cutoff} 只有 {age} 周岁，未满 {minAge} 周岁，不符合一年级入学年龄。请核对出生日期；确属未到龄儿童的不能注册学籍。",
    en: "Born {value}, the child is only {age} on {cutoff}, younger than {minAge}: too young for grade 1. Check the birth date; an under-age child cannot be registered.",
  },
  "row/entry-age-old": {
    severity: "warning",
    source: `${COMPULSORY_EDUCATION_LAW}第十一条（年满六周岁入学，条件不具备的地区可推迟到七周岁）`,
    zh: "按出生日期 {value}，到 {cutoff} 已 {age} 周岁，超过 {maxAge} 周岁才入一年级。请核对出生日期和年级；确属延迟入学的可忽略。",
    en: "Born {value}, the child is {age} on {cutoff}, older than {maxAge} for grade 1. Check the birth date and grade; ignore this for a genuine late entry.",
  },
  "row/entry-year-grade": {
    severity: "error",
    source: cite(`${COLLECTION_FORM}（入学年月为进入当前学段起始年级的时间）`, `${NONGAN}第二十六条（义务教育不得留级）`),
    zh: "入学年月 {value} 与年级「{grade}」相差两年以上：在读「{grade}」的学生应在 {expectedYear} 年 9 月入学。入学年月应填进入本学段一年级（小学一年级、初一、高一）的时间，请改正入学年月或年级。",
    en: "Entry {value} is two or more years off grade “{grade}”: a pupil now in “{grade}” entered in September {expectedYear}. 入学年月 is when the pupil entered the first grade of the current stage; correct it or the grade.",
  },
  "row/entry-year-grade-near": {
    severity: "warning",
    source: cite(`${COLLECTION_FORM}（入学年月）`, `${NONGAN}第二十六条`),
    zh: "入学年月 {value} 与年级「{grade}」差一年：在读「{grade}」的学生通常在 {expectedYear} 年 9 月入学。请核对入学年月（应为进入本学段起始年级的时间）和年级。",
    en: "Entry {value} is one year off grade “{grade}”: a pupil in “{grade}” usually entered in September {expectedYear}. Check the entry date (first grade of the current stage) and the grade.",
  },
  "row/entry-month": {
    severity: "warning",
    source: `${COLLECTION_FORM}（入学年月，秋季入学为 9 月）`,
    zh: "入学年月 {value} 的月份不是 09。秋季入学应填 9 月（如 202509）；插班、转学也填进入本学段起始年级的时间。请核对。",
    en: "The entry month in {value} is not September. Autumn entry is written as month 09 (e.g. 202509); transfers also give the date they entered the stage's first grade. Please check.",
  },
  "row/graduation-incomplete": {
    severity: "error",
    source: `${GRADUATION_PROCEDURE}（结业、肄业特指高中阶段）`,
    zh: "「{grade}」的学生毕业结论填了「{value}」。结业、肄业只用于高中阶段，小学、初中只能填“毕业”。请改为“毕业”，或按当地规定处理。",
    en: "A pupil in “{grade}” has the result “{value}”. 结业 and 肄业 apply to senior high only; primary and junior high record 毕业. Change it to 毕业 or follow the local rule.",
  },
  "row/graduation-grade": {
    severity: "warning",
    source: `${HAISHU}第四条（“六三制”与“五四制”：小学六年级或五年级毕业）`,
    zh: "毕业名单中的学生在「{value}」，不是本学段的毕业年级。请核对年级，或确认学校学制（六三制/五四制）设置正确。",
    en: "A pupil on the graduation list is in “{value}”, not the final grade of the stage. Check the grade, or that the school system (6-3 / 5-4) is set correctly.",
  },
  "row/left-behind-migrant": {
    severity: "warning",
    source: `${COLLECTION_FORM}（留守儿童、随迁子女定义）`,
    zh: "同一学生既是「{leftBehind}」又是进城务工人员随迁子女。留守儿童留在户籍地，随迁子女随父母到务工地就学，两者不能同时成立；请改正其中一项。",
    en: "The pupil is both “{leftBehind}” and a migrant worker's accompanying child. A left-behind child stays at the registered home while a migrant child moved with the parents; correct one of them.",
  },
};
