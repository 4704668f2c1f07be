import type { CodeList } from "../../model/code-list";

/**
 * 家庭成员关系. Collection forms offer five names (父亲, 母亲, 祖父母或外祖父母, 兄弟姐妹, 其他); GB/T 4761-2008
 * gives finer ones. Which granularity the national template accepts is unverified (TEMPLATES.md §2.15), so
 * both are accepted as names; only kin a pupil's guardian plausibly is are listed (no in-laws).
 */
export const relation: CodeList = {
  id: "relation",
  name: "关系",
  standard: "GB/T 4761-2008 家庭关系代码 (TEMPLATES.md §2.15, [I])",
  entries: [
    { code: "51", name: "父亲", aliases: ["父", "爸爸", "爸"] },
    { code: "52", name: "母亲", aliases: ["母", "妈妈", "妈"] },
    { code: "57", name: "继父或养父", aliases: ["继父", "养父"] },
    { code: "58", name: "继母或养母", aliases: ["继母", "养母"] },
    { code: "59", name: "其他父母关系" },
    { code: "60", name: "祖父母或外祖父母" },
    { code: "61", name: "祖父", aliases: ["爷爷"] },
    { code: "62", name: "祖母", aliases: ["奶奶"] },
    { code: "63", name: "外祖父", aliases: ["外公", "姥爷"] },
    { code: "64", name: "外祖母", aliases: ["外婆", "姥姥"] },
    { code: "70", name: "兄弟姐妹" },
    { code: "71", name: "兄", aliases: ["哥哥"] },
    { code: "73", name: "弟", aliases: ["弟弟"] },
    { code: "75", name: "姐姐" },
    { code: "77", name: "妹妹" },
    { code: "80", name: "其他" },
    { code: "81", name: "伯父" },
    { code: "82", name: "伯母" },
    { code: "83", name: "叔父", aliases: ["叔叔"] },
    { code: "84", name: "婶母", aliases: ["婶婶"] },
    { code: "85", name: "舅父", aliases: ["舅舅"] },
    { code: "86", name: "舅母", aliases: ["舅妈"] },
    { code: "87", name: "姨父" },
    { code: "88", name: "姨母", aliases: ["姨妈", "阿姨"] },
    { code: "89", name: "姑父" },
    { code: "90", name: "姑母", aliases: ["姑姑"] },
    { code: "97", name: "其他亲属" },
    { code: "99", name: "非亲属" },
  ],
};
