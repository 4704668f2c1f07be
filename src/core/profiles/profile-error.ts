import type { z } from "zod";

/** A profile file that does not validate. The message is Chinese and names each bad field. */
export class ProfileError extends Error {
  /** one line per problem, e.g. `配置文件 my.json 中 classCaps.primary 无效：应为正整数（现为 "四十五"）` */
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join("\n"));
    this.name = "ProfileError";
    this.problems = problems;
  }
}

export function problemLine(sourceName: string | undefined, path: string, expected: string, input: unknown): string {
  const where = sourceName ? `配置文件 ${sourceName} 中 ` : "配置文件中 ";
  const field = path || "（整个文件）";
  return `${where}${field} 无效：${expected}（现为 ${shown(input)}）`;
}

function shown(value: unknown): string {
  if (value === undefined) return "未填写";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const TYPE_NAMES: Record<string, string> = {
  // every number in a profile is a whole count, day or length ≥ 1
  number: "正整数",
  int: "正整数",
  string: "文字",
  boolean: "true 或 false",
  object: "对象 { … }",
  array: "列表 [ … ]",
};

/** What the field expects, in words a registrar editing a JSON file can act on. */
export function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "too_small":
      if (issue.origin === "number") return `应为不小于 ${issue.minimum} 的整数`;
      if (issue.origin === "array") return `至少要有 ${issue.minimum} 项`;
      return "不能为空";
    case "too_big":
      return issue.origin === "number" ? `应为不大于 ${issue.maximum} 的整数` : `不能超过 ${issue.maximum} 个字符`;
    case "invalid_value":
      return `应为 ${issue.values.map((v) => JSON.stringify(v)).join("、")} 之一`;
    case "invalid_format":
      // the schema's own Chinese hint (e.g. "应为 MM-DD，如 08-31") when it has one
      return /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : "格式不对";
    case "invalid_union":
      return '应为 {"scheme":"national"} 或 {"scheme":"pattern", …}';
    case "not_multiple_of":
      return "应为整数";
    case "unrecognized_keys":
      return `不认识的字段 ${issue.keys.join("、")}`;
    default:
      return /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : "不符合要求";
  }
}
