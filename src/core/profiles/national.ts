import { FIRST_COLLECTION, CLASS_BANDS_NATIONAL, CLASS_CAPS_NATIONAL, COMPULSORY_EDUCATION_LAW, DISTRICT_2022, GRADUATION_PROCEDURE, NATIONAL_RULES, NONGAN, REGNO_RULES, cite } from "../messages/documents";
import { NATIONAL_PHOTO } from "./national-photo";
import type { Profile } from "./schema";

/**
 * 全国默认: what applies when no local rule is chosen. The caps 45/50 are the usual standard caps
 * (《县域义务教育优质均衡发展督导评估办法》); the bands are the national 大班额/超大班额 definitions.
 * A complete Profile as written (every field the schema would default is spelled out), so that the
 * shipped profiles need no parsing, and no zod, at load; the other shipped profiles start from it.
 */
export const national: Profile = {
  id: "national",
  name: "全国默认",
  sources: [
    { ref: NATIONAL_RULES },
    { ref: CLASS_CAPS_NATIONAL, note: "小学 45 人、初中 50 人" },
    { ref: CLASS_BANDS_NATIONAL, note: "56–65 人为大班额、66 人及以上为超大班额" },
    { ref: COMPULSORY_EDUCATION_LAW, note: "年满六周岁入学；本配置按 8 月 31 日前满 6 周岁" },
    { ref: REGNO_RULES, note: "学籍号 = G + 居民身份证号；J、L 号由国家系统分配" },
  ],
  schoolSystem: "6-3",
  classCaps: { primary: 45, junior: 50, senior: 50 },
  classBalance: { maxDifference: 5 },
  bands: { large: 56, superLarge: 66 },
  entryAge: { cutoff: "08-31", minAge: 6, maxAge: 7 },
  deadlines: {},
  graduation: { incompleteAllowedBelowSenior: false },
  familyMembers: { firstMissing: "warning" },
  numbering: { scheme: "national" },
  codeListAdditions: {},
  citations: {
    classCaps: { ref: CLASS_CAPS_NATIONAL, note: "小学 45 人、初中 50 人；高中按 50 人计" },
    bands: { ref: CLASS_BANDS_NATIONAL, note: "56–65 人为大班额、66 人及以上为超大班额" },
    classBalance: { ref: `${DISTRICT_2022}（三）3`, note: "落实平均分班，保持年级班额相对均衡；相差 5 人为本工具的提示阈值" },
    entryAge: { ref: `${COMPULSORY_EDUCATION_LAW}第十一条`, note: "年满六周岁入学，条件不具备的地区可推迟到七周岁" },
    graduation: { ref: GRADUATION_PROCEDURE, note: "义务教育阶段只记“毕业”" },
    familyMembers: { ref: FIRST_COLLECTION, note: "标准上需填写两位学生家庭成员或监护人信息" },
    numbering: { ref: cite(REGNO_RULES, `${NONGAN}第十一条`), note: "学籍号以居民身份证号为基础生成，一人一号、终身不变" },
    photo: {
      ref: "《全国中小学生学籍信息管理系统照片采集要求》",
      note: "jpg 格式，小于 60K；26mm×32mm、150dpi 以上即至少 154×189 像素、宽高比 26:32。像素要求各地不同，可在配置的 photo 中修改",
    },
  },
  photo: NATIONAL_PHOTO,
};
