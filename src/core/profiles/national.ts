import { NATIONAL_PHOTO, type ProfileInput } from "./schema";

/**
 * 全国默认: what applies when no local rule is chosen. The caps 45/50 are the usual standard caps
 * (TEMPLATES.md §5.3 marks them [I], not verified); the bands are the national 大班额/超大班额 definitions.
 */
export const national: ProfileInput = {
  id: "national",
  name: "全国默认",
  sources: [
    { ref: "TEMPLATES.md §5.3", note: "班额定义 56–65 大班额、66 以上超大班额；入学年龄 8 月 31 日前满 6 周岁" },
    { ref: "TEMPLATES.md §4.1", note: "学籍号 = G + 居民身份证号；J、L 号由国家系统分配" },
  ],
  schoolSystem: "6-3",
  classCaps: { primary: 45, junior: 50, senior: 50 },
  classBalance: { maxDifference: 5 },
  bands: { large: 56, superLarge: 66 },
  entryAge: { cutoff: "08-31", minAge: 6, maxAge: 7 },
  deadlines: {},
  graduation: { incompleteAllowedBelowSenior: false },
  numbering: { scheme: "national" },
  photo: NATIONAL_PHOTO,
  citations: {
    classCaps: { ref: "TEMPLATES.md §5.3", note: "小学 45 / 初中 50 为常用标准班额 [I]，高中按 50 计" },
    bands: { ref: "TEMPLATES.md §5.3 (教育部班额定义)" },
    classBalance: { ref: "003 (三) 3", note: "落实平均分班，保持年级班额相对均衡；相差 5 人为本工具的提示阈值" },
    entryAge: { ref: "TEMPLATES.md §5.3 (《义务教育法》年满六周岁，可推迟到七周岁)" },
    graduation: { ref: "RULES.md §7", note: "义务教育阶段只记“毕业”" },
    numbering: { ref: "TEMPLATES.md §4.1; 001 第十一条", note: "学籍号以居民身份证号为基础生成，一人一号、终身不变" },
    photo: {
      ref: "《全国中小学生学籍信息管理系统照片采集要求》",
      note: "jpg 格式，小于 60K；26mm×32mm、150dpi 以上即至少 154×189 像素、宽高比 26:32。像素要求各地不同，可在配置的 photo 中修改",
    },
  },
};
