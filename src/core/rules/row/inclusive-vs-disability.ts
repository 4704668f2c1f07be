import type { RowRule } from "../types";

/**
 * 随班就读 must agree with 残疾类型 (TEMPLATES.md §2.13, the mapping used by a form validator: "“随班就读”与
 * “残疾类型”选择不符！"). 非随班就读 with a disability is only a warning: pupils of special schools have a
 * disability and are not 随班就读. 健康状况 残疾 vs 残疾类型 is the [I] cross-check of §2.7, also a warning.
 */
const DISABILITIES_FOR: Record<string, string[]> = {
  视力残疾随班就读: ["视力残疾"],
  听力残疾随班就读: ["听力残疾"],
  智力残疾随班就读: ["智力残疾"],
  其他残疾随班就读: ["言语残疾", "肢体残疾", "精神残疾", "多重残疾", "其他残疾"],
};

const NONE = "无残疾";

export const inclusiveVsDisability: RowRule = {
  id: "inclusive-vs-disability",
  appliesTo: (has) => has("disability"),
  check(row, ctx) {
    const disability = row.get("disability");
    if (!disability) return;
    const inclusive = row.get("inclusive");
    const allowed = DISABILITIES_FOR[inclusive];
    if (allowed && !allowed.includes(disability)) {
      ctx.report({ code: "row/inclusive-vs-disability", row: row.row, key: "disability", value: disability, params: { inclusive, expected: allowed.join("、") } });
    } else if (inclusive === "非随班就读" && disability !== NONE) {
      ctx.report({ code: "row/disability-not-inclusive", row: row.row, key: "inclusive", value: inclusive, params: { disability } });
    }
    const health = row.get("health");
    if ((health === "残疾" && disability === NONE) || (health === "健康或良好" && disability !== NONE)) {
      ctx.report({ code: "row/health-vs-disability", row: row.row, key: "health", value: health, params: { disability } });
    }
  },
};
