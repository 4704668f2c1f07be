import type { CodeList } from "../../model/code-list";

/** Person attributes of the 学生基本信息表 (TEMPLATES.md §2.1, §2.2, §2.4–§2.7). */

export const sex: CodeList = {
  id: "sex",
  name: "性别",
  standard: "GB/T 2261.1 (TEMPLATES.md §2.1)",
  // the template takes 男/女 only; 0/9 of GB/T 2261.1 are deliberately absent
  entries: [
    { code: "1", name: "男", aliases: ["男性", "男生", "M"] },
    { code: "2", name: "女", aliases: ["女性", "女生", "F"] },
  ],
};

const ETHNIC_NAMES =
  "汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 " +
  "佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 " +
  "阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 门巴族 " +
  "珞巴族 基诺族";

/** Renamed groups still found in old tables (§2.2). */
const ETHNIC_OLD: Record<string, string[]> = { 毛南族: ["毛难族"], 德昂族: ["崩龙族"] };

export const ethnicity: CodeList = {
  id: "ethnicity",
  name: "民族",
  standard: "GB/T 3304-1991 (TEMPLATES.md §2.2)",
  entries: [
    ...ETHNIC_NAMES.split(" ").map((name, i) => ({
      code: String(i + 1).padStart(2, "0"),
      name,
      // "汉" for "汉族": the 族 may not be left out (§2.2), so the short form is fixed, not accepted as is
      aliases: [name.slice(0, -1), ...(ETHNIC_OLD[name] ?? [])],
    })),
    { code: "97", name: "其他" },
    { code: "98", name: "外国血统中国籍人士", aliases: ["外国血统"] },
  ],
};

export const idType: CodeList = {
  id: "idType",
  name: "身份证件类型",
  standard: "学籍指标解释 / JY/T 1001 身份证件类型代码 (TEMPLATES.md §2.4)",
  entries: [
    { code: "1", name: "居民身份证", aliases: ["身份证", "二代身份证", "居民身份证号", "身份证号"] },
    { code: "6", name: "香港特区护照/身份证明", aliases: ["香港特区护照", "香港身份证"] },
    { code: "7", name: "澳门特区护照/身份证明", aliases: ["澳门特区护照", "澳门身份证"] },
    { code: "8", name: "台湾居民来往大陆通行证", aliases: ["台胞证"] },
    { code: "9", name: "境外永久居住证", aliases: ["外国人永久居留证"] },
    { code: "A", name: "护照" },
    { code: "Z", name: "其他", aliases: ["无"] },
  ],
};

export const hmtOverseas: CodeList = {
  id: "hmtOverseas",
  name: "港澳台侨外",
  standard: "学籍指标解释 (TEMPLATES.md §2.5)",
  entries: [
    { code: "00", name: "否", aliases: ["无", "不是"] },
    { code: "01", name: "香港同胞" },
    { code: "02", name: "香港同胞亲属" },
    { code: "03", name: "澳门同胞" },
    // "澳同胞亲属" is a misspelling in one local document (§2.5)
    { code: "04", name: "澳门同胞亲属", aliases: ["澳同胞亲属"] },
    { code: "05", name: "台湾同胞" },
    { code: "06", name: "台湾同胞亲属" },
    { code: "11", name: "华侨" },
    { code: "12", name: "侨眷" },
    { code: "13", name: "归侨" },
    { code: "14", name: "归侨子女" },
    { code: "21", name: "归国留学人员" },
    { code: "31", name: "非华裔中国人" },
    { code: "41", name: "外籍华裔人" },
    { code: "51", name: "外国人" },
    { code: "99", name: "其他" },
  ],
};

export const politicalStatus: CodeList = {
  id: "politicalStatus",
  name: "政治面貌",
  standard: "GB/T 4762 (TEMPLATES.md §2.6; only the codes a student or parent plausibly has)",
  entries: [
    { code: "01", name: "中共党员", aliases: ["中国共产党党员", "党员"] },
    { code: "02", name: "中共预备党员", aliases: ["预备党员"] },
    { code: "03", name: "共青团员", aliases: ["团员"] },
    { code: "12", name: "无党派人士", aliases: ["无党派民主人士"] },
    // the template has no 少先队员; students are recorded as 群众 (§2.6), so 少先队员 is fixed to it
    { code: "13", name: "群众", aliases: ["少先队员"] },
  ],
};

export const health: CodeList = {
  id: "health",
  name: "健康状况",
  standard: "学籍指标解释 (TEMPLATES.md §2.7)",
  entries: [
    { code: "10", name: "健康或良好", aliases: ["健康", "良好"] },
    { code: "20", name: "一般或较弱", aliases: ["一般", "较弱"] },
    { code: "30", name: "有慢性病", aliases: ["慢性病"] },
    { code: "40", name: "有生理缺陷", aliases: ["生理缺陷"] },
    { code: "50", name: "残疾" },
  ],
};

/**
 * Blood type. The national template's exact value list was not found (TEMPLATES.md §1.7 gives the 2007
 * spec's 0 未知 … 9 未定); names here follow the education-standard 血型代码 and are [I].
 */
export const bloodType: CodeList = {
  id: "bloodType",
  name: "血型",
  standard: "教基厅〔2007〕10号 血型代码 (TEMPLATES.md §1.7) [I]",
  entries: [
    { code: "0", name: "未知血型", aliases: ["未知"] },
    { code: "1", name: "A血型", aliases: ["A", "A型"] },
    { code: "2", name: "B血型", aliases: ["B", "B型"] },
    { code: "3", name: "AB血型", aliases: ["AB", "AB型"] },
    { code: "4", name: "O血型", aliases: ["O", "O型"] },
    { code: "5", name: "其他血型" },
    { code: "9", name: "未定血型", aliases: ["未定", "未测"] },
  ],
};
