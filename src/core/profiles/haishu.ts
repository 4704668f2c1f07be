import { HAISHU } from "../messages/documents";
import { national } from "./national";
import type { Profile } from "./schema";

/** 海曙区 (宁波, 浙江): 000 第五篇 海曙区中小学学籍管理办法. */
export const haishu: Profile = {
  ...national,
  id: "haishu",
  name: "海曙区（浙江宁波）",
  region: "浙江省宁波市海曙区",
  sources: [{ ref: HAISHU }],
  classCaps: { primary: 45, junior: 50, smallClass: 30 },
  // "6周岁(至当年9月1日以前)": six full years on 31 August at the latest.
  entryAge: { cutoff: "08-31", minAge: 6, maxAge: 7 },
  // 结业 exists for 初中 (第三十五条).
  graduation: { incompleteAllowedBelowSenior: true },
  citations: {
    ...national.citations,
    schoolSystem: { ref: `${HAISHU}第四条`, note: "“六三制”与“五四制”共存，按学校实际选择" },
    classCaps: { ref: `${HAISHU}第十三条`, note: "小学 45 人以内，初中 50 人以内，小班化教育 30 人以内" },
    entryAge: { ref: `${HAISHU}第五条`, note: "入学年龄为 6 周岁（至当年 9 月 1 日以前）" },
    graduation: { ref: `${HAISHU}第三十五条`, note: "初中必修科目补考仍有三科不及格者按结业处理" },
    numbering: { ref: `${HAISHU}第九条`, note: "主号一律采用学生的身份证号，副号全省统一编号" },
  },
};
