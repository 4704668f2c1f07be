import type { RowRule } from "../types";

/**
 * 留守儿童 stay at their registered home while the parents work elsewhere; 进城务工人员随迁子女 moved with
 * them to the city (definitions in TEMPLATES.md §2.12). One child cannot be both.
 */
export const leftBehindMigrant: RowRule = {
  id: "left-behind-migrant",
  appliesTo: (has) => has("leftBehind") && has("migrantChild"),
  check(row, ctx) {
    const leftBehind = row.get("leftBehind");
    if ((leftBehind === "单亲留守儿童" || leftBehind === "双亲留守儿童") && row.get("migrantChild") === "是") {
      ctx.report({ code: "row/left-behind-migrant", row: row.row, key: "migrantChild", value: "是", params: { leftBehind } });
    }
  },
};
