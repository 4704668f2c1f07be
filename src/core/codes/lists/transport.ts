import type { CodeList, CodeEntry } from "../../model/code-list";

/**
 * 上下学(交通)方式 (TEMPLATES.md §2.14). Names are written with full-width brackets and 、; copies differ in
 * "、" vs "和" vs "，" between the last items — every such spelling is an alias. Numeric codes were not found.
 */
function entry(name: string, short: string[]): CodeEntry {
  const aliases = new Set(short);
  const open = name.indexOf("（");
  if (open > 0) {
    const head = name.slice(0, open);
    const inner = name.slice(open + 1, -1);
    const lastSep = inner.lastIndexOf("、");
    const variants = [inner, inner.replace(/、/g, "，"), inner.replace(/、/g, "和")];
    if (lastSep > 0) variants.push(inner.slice(0, lastSep) + "和" + inner.slice(lastSep + 1));
    for (const v of variants) aliases.add(`${head}（${v}）`);
    aliases.add(head);
  }
  aliases.delete(name);
  return { code: "", name, aliases: [...aliases] };
}

export const transport: CodeList = {
  id: "transport",
  name: "上下学交通方式",
  standard: "TEMPLATES.md §2.14",
  entries: [
    entry("步行", ["走路"]),
    entry("自行车（含摩托车、电动自行车）", ["电动车", "电动自行车", "摩托车"]),
    entry("公共交通（含城市公交、农村客运、地铁）", ["公交", "公交车", "地铁"]),
    entry("家长自行接送", ["家长接送", "接送"]),
    entry("校车", ["乘坐校车"]),
    entry("其他", []),
  ],
};
