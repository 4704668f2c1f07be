import type { CodeList } from "../../model/code-list";

/** Register attributes: 户口性质, 入学方式, 就读方式, 学生来源, 毕业结论 (TEMPLATES.md §2.8–§2.11, §2.16). */

/**
 * Only the two values the 2013 指标解释 lists. After the 2014 户籍制度改革 many places register 居民户口;
 * a profile adds it through codeListAdditions.householdType rather than this list guessing (§2.8).
 */
export const householdType: CodeList = {
  id: "householdType",
  name: "户口性质",
  standard: "学籍指标解释 (TEMPLATES.md §2.8)",
  entries: [
    { code: "1", name: "农业户口", aliases: ["农业", "农村户口", "农业户"] },
    { code: "2", name: "非农业户口", aliases: ["非农业", "非农户口", "城镇户口", "非农业户"] },
  ],
};

export const entryMode: CodeList = {
  id: "entryMode",
  name: "入学方式",
  standard: "学籍指标解释 (TEMPLATES.md §2.9)",
  entries: [
    { code: "11", name: "就近入学", aliases: ["就近"] },
    { code: "12", name: "其他" },
    { code: "21", name: "统一招生考试/普通入学", aliases: ["统一招生考试", "普通入学", "统招"] },
    { code: "22", name: "体育特招" },
    { code: "23", name: "艺术特招" },
    // 99 其他 (senior high) is the same name as 12 其他; one entry serves both stages
  ],
};

export const studyMode: CodeList = {
  id: "studyMode",
  name: "就读方式",
  standard: "学籍指标解释 (TEMPLATES.md §2.10)",
  entries: [
    { code: "1", name: "走读", aliases: ["走读生"] },
    { code: "2", name: "住校", aliases: ["住校生", "寄宿", "住宿"] },
  ],
};

export const studentSource: CodeList = {
  id: "studentSource",
  name: "学生来源",
  standard: "学籍指标解释 (TEMPLATES.md §2.11; code 2 借读 is [I])",
  entries: [
    { code: "1", name: "正常入学", aliases: ["正常"] },
    { code: "2", name: "借读" },
    { code: "9", name: "其他" },
  ],
};

/** Codes are not published; values only (TEMPLATES.md §1.6, §2.16). */
export const graduationResult: CodeList = {
  id: "graduationResult",
  name: "毕业结论",
  standard: "TEMPLATES.md §1.6 / §2.16",
  entries: [
    { code: "", name: "毕业", aliases: ["已毕业", "准予毕业"] },
    { code: "", name: "结业" },
    { code: "", name: "肄业" },
  ],
};

/** 教育阶段 of the 小升初 调档/录取名单 (TEMPLATES.md §1.5: its exporter writes "初中"). */
export const educationStage: CodeList = {
  id: "educationStage",
  name: "教育阶段",
  standard: "TEMPLATES.md §1.5",
  entries: [
    { code: "", name: "学前" },
    { code: "", name: "小学" },
    { code: "", name: "初中" },
    { code: "", name: "高中" },
  ],
};
